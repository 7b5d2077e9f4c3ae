package org.vigie.nlp.signals;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Section;

/**
 * Where things are in an article: the title, the standfirst, the body, and the stretches of body
 * that report someone else's words (the quote layer when there is one, quotation marks and
 * sentences with a reporting cue otherwise), so that stages can tell an outlet's own voice
 * from what it attributes.
 */
public final class Parts {

    /** A range of the canonical text; {@code speaker} names who is reported, when known. */
    public record Range(int start, int end, String speaker) {
        public boolean contains(int s, int e) {
            return start <= s && e <= end;
        }
    }

    private static final Lexicon CUES = Lexicon.load("reporting-cues.txt");
    // «...», “...”, "..." on one paragraph; French quotes may nest one level of “...”.
    private static final Pattern QUOTED = Pattern.compile("«[^»\\n]{2,}»|“[^”\\n]{2,}”|\"[^\"\\n]{2,}\"");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[»”\"]?(?=\\s+[«“\"\\p{Lu}\\d])|\\n");

    private Parts() {
    }

    public static Range title(Article a) {
        for (Section s : a.sections()) {
            if (s.kind() == Section.Kind.TITLE) return new Range(s.start(), s.end(), null);
        }
        return new Range(0, a.title().length(), null);
    }

    /** The standfirst, or null when the article has none. */
    public static Range standfirst(Article a) {
        for (Section s : a.sections()) {
            if (s.kind() == Section.Kind.STANDFIRST) return new Range(s.start(), s.end(), null);
        }
        return null;
    }

    public static Range body(Article a) {
        return new Range(a.bodyStart(), a.text().length(), null);
    }

    /** Sentences of the range, split on final punctuation before a capital and on newlines. */
    public static List<Range> sentences(String text, Range r) {
        List<Range> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text).region(r.start(), r.end());
        int s = r.start();
        while (m.find()) {
            if (m.end() > s) out.add(trim(text, s, m.end()));
            s = m.end();
        }
        if (s < r.end()) out.add(trim(text, s, r.end()));
        out.removeIf(x -> x.end() <= x.start());
        return out;
    }

    private static Range trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Range(s, e, null);
    }

    /**
     * Stretches of {@code r} that are someone else's words: quote layer spans, text between
     * quotation marks, and whole sentences carrying a reporting cue ("a annoncé", "selon").
     * The list is unmodifiable.
     */
    public static List<Range> reported(Article a, Range r) {
        List<Range> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (q.text().start() >= r.start() && q.text().end() <= r.end()) {
                out.add(new Range(q.text().start(), q.text().end(),
                        q.speaker() != null ? q.speaker().canonical() : null));
            }
        }
        String text = a.text();
        Matcher m = QUOTED.matcher(text).region(r.start(), r.end());
        while (m.find()) out.add(new Range(m.start(), m.end(), null));
        for (Range s : sentences(text, r)) {
            List<Lexicon.Hit> hits = CUES.find(Words.of(text, s.start(), s.end()));
            if (!hits.isEmpty()) out.add(new Range(s.start(), s.end(), speakerNear(a, s)));
        }
        return new Ranges(out);
    }

    /** The last {@link #quoted} answer on this thread: its article text, quote layer, range and result. */
    private record Quoted(String text, List<Quote> quotes, int start, int end, List<Range> ranges) {
    }

    /**
     * Several stages ask for the quoted stretches of the whole article, one after the other on the
     * same thread; the answer depends only on the text and the quote layer, which later stages do
     * not change, so the next call for the same range reuses it (same objects, not equal ones).
     */
    private static final ThreadLocal<Quoted> LAST_QUOTED = new ThreadLocal<>();

    /**
     * Quoted stretches only (quote layer and quotation marks): words that are not the outlet's.
     * The list is unmodifiable.
     */
    public static List<Range> quoted(Article a, Range r) {
        Quoted last = LAST_QUOTED.get();
        if (last != null && last.text() == a.text() && last.quotes() == a.quotes()
                && last.start() == r.start() && last.end() == r.end()) {
            return last.ranges();
        }
        List<Range> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (q.text().start() >= r.start() && q.text().end() <= r.end()) {
                out.add(new Range(q.text().start(), q.text().end(), null));
            }
        }
        Matcher m = QUOTED.matcher(a.text()).region(r.start(), r.end());
        while (m.find()) out.add(new Range(m.start(), m.end(), null));
        List<Range> ranges = new Ranges(out);
        LAST_QUOTED.set(new Quoted(a.text(), a.quotes(), r.start(), r.end(), ranges));
        return ranges;
    }

    /** The first person entity mentioned in a range, as a speaker guess for attributed sentences. */
    private static String speakerNear(Article a, Range s) {
        for (var e : a.entities()) {
            if (e.type() != org.vigie.core.model.EntityType.PER) continue;
            for (var m : e.mentions()) {
                if (s.contains(m.start(), m.end())) return e.canonical();
            }
        }
        return null;
    }

    /**
     * The reported range covering {@code [s, e)}, or null when those words are the outlet's own:
     * the first in list order that names a speaker, else the first.
     */
    public static Range covering(List<Range> reported, int s, int e) {
        if (reported instanceof Ranges indexed) return indexed.covering(s, e);
        Range best = null;
        for (Range r : reported) {
            if (r.contains(s, e) && (best == null || r.speaker() != null && best.speaker() == null)) best = r;
        }
        return best;
    }

    /**
     * The lists {@link #quoted} and {@link #reported} return, indexed by start so that
     * {@link #covering} does not scan them: stages ask once per word, and a long page has
     * thousands of quotations (a linear scan made a 1 MB page spend a fifth of its time here).
     */
    static final class Ranges extends AbstractList<Range> implements RandomAccess {
        private final Range[] ranges;     // list order
        private final int[] byStart;      // positions in list order, sorted by start
        private final int[] maxEnd;       // maxEnd[k]: largest end among byStart[0..k]

        Ranges(List<Range> list) {
            ranges = list.toArray(new Range[0]);
            Integer[] order = new Integer[ranges.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingInt(i -> ranges[i].start()));
            byStart = new int[order.length];
            maxEnd = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                byStart[k] = order[k];
                maxEnd[k] = Math.max(k > 0 ? maxEnd[k - 1] : Integer.MIN_VALUE, ranges[order[k]].end());
            }
        }

        @Override
        public Range get(int index) {
            return ranges[index];
        }

        @Override
        public int size() {
            return ranges.length;
        }

        Range covering(int s, int e) {
            int lo = 0, hi = byStart.length; // first position whose range starts after s
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ranges[byStart[mid]].start() <= s) lo = mid + 1; else hi = mid;
            }
            int first = -1, firstWithSpeaker = -1; // smallest list positions, as the plain scan chooses
            for (int k = lo - 1; k >= 0 && maxEnd[k] >= e; k--) {
                int i = byStart[k];
                if (ranges[i].end() < e) continue;
                if (first < 0 || i < first) first = i;
                if (ranges[i].speaker() != null && (firstWithSpeaker < 0 || i < firstWithSpeaker)) firstWithSpeaker = i;
            }
            return firstWithSpeaker >= 0 ? ranges[firstWithSpeaker] : first >= 0 ? ranges[first] : null;
        }
    }
}
