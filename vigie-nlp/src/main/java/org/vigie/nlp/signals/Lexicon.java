package org.vigie.nlp.signals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.nlp.signals.Words.Word;

/**
 * A phrase list matched on word keys ({@link Fold#key}). Data file lines are
 * {@code phrase | category | weight | note}; only the phrase is required. A phrase word ending in
 * {@code *} matches any word whose folded form starts with what precedes it ("scandaleu*" covers
 * scandaleux, scandaleuse, scandaleuses).
 */
public final class Lexicon {

    public record Entry(String phrase, List<String> tokens, String category, double weight, String note) {
    }

    /** A match: the entry and the words it covers ({@code from} inclusive, {@code to} exclusive). */
    public record Hit(Entry entry, int from, int to, int start, int end) {
    }

    private final Map<String, List<Entry>> byFirstKey = new HashMap<>();
    private final Map<String, List<Entry>> byFirstPrefix = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private static final int PREFIX_INDEX = 3;

    private Lexicon(List<Resources.Line> lines) {
        for (Resources.Line line : lines) {
            String[] f = line.fields();
            if (f[0].isEmpty()) throw line.error("empty phrase");
            List<String> tokens = new ArrayList<>();
            List<Word> ws = Words.of(f[0]);
            if (ws.isEmpty()) throw line.error("no word in phrase");
            for (Word w : ws) tokens.add(w.key());
            if (f[0].endsWith("*")) tokens.set(ws.size() - 1, Fold.fold(ws.get(ws.size() - 1).text()) + "*");
            double weight = 1;
            if (f.length > 2 && !f[2].isEmpty()) {
                try {
                    weight = Double.parseDouble(f[2]);
                } catch (NumberFormatException e) {
                    throw line.error("weight is not a number");
                }
            }
            Entry e = new Entry(f[0], List.copyOf(tokens), f.length > 1 ? f[1] : "", weight,
                    f.length > 3 ? f[3] : "");
            entries.add(e);
            String first = tokens.get(0);
            if (first.endsWith("*")) {
                String p = first.substring(0, first.length() - 1);
                if (p.length() < PREFIX_INDEX) throw line.error("prefix shorter than " + PREFIX_INDEX + " letters");
                byFirstPrefix.computeIfAbsent(p.substring(0, PREFIX_INDEX), k -> new ArrayList<>()).add(e);
            } else {
                byFirstKey.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            }
        }
    }

    public static Lexicon load(String resource) {
        return new Lexicon(Resources.lines(resource));
    }

    public static Lexicon of(List<Resources.Line> lines) {
        return new Lexicon(lines);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Longest non-overlapping matches, left to right. */
    public List<Hit> find(List<Word> words) {
        List<Hit> out = new ArrayList<>();
        find(words, 0, words.size(), out);
        return out;
    }

    /**
     * The matches {@link #find(List)} gives from word {@code from} on, up to the first word at or
     * after {@code until} that no match covers; returns the index of that word. A scan that stops
     * exactly at {@code until} continues as a scan of {@code words} from {@code until} would
     * (the scan never looks behind), which lets a caller reuse the matches of a tail.
     */
    public int find(List<Word> words, int from, int until, List<Hit> out) {
        int i = from;
        while (i < until && i < words.size()) {
            Word w = words.get(i);
            // whole-word entries first, then prefix entries: the first of equally long matches wins
            Hit best = longest(byFirstKey.get(w.key()), words, i, null);
            if (!byFirstPrefix.isEmpty() && w.folded().length() >= PREFIX_INDEX) {
                best = longest(byFirstPrefix.get(w.folded().substring(0, PREFIX_INDEX)), words, i, best);
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return i;
    }

    /** The longest of {@code candidates} matching at word {@code i}, if longer than {@code best}. */
    private static Hit longest(List<Entry> candidates, List<Word> words, int i, Hit best) {
        if (candidates == null) return best;
        for (Entry e : candidates) {
            int n = e.tokens().size();
            if (i + n > words.size()) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) ok = matches(e.tokens().get(k), words.get(i + k));
            if (ok && (best == null || n > best.to() - best.from())) {
                best = new Hit(e, i, i + n, words.get(i).start(), words.get(i + n - 1).end());
            }
        }
        return best;
    }

    private static boolean matches(String token, Word w) {
        int last = token.length() - 1;
        if (last >= 0 && token.charAt(last) == '*') return w.folded().regionMatches(0, token, 0, last);
        return token.equals(w.key());
    }
}
