package org.vigie.nlp.signals.wire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.Messages;
import org.vigie.nlp.signals.Parts;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Resources;

/**
 * {@code copied-wire-marker}: credits, datelines, bylines and editor's notes of another newsroom
 * ({@code wire-markers.txt}). One signal per article, its evidence every marker found; the score
 * is the strongest marker's weight, raised a little by each further one.
 */
public final class WireMarkerStage implements Stage {

    public static final String KIND = "copied-wire-marker";

    /**
     * One pattern of the data file; {@code needs}: names one of which must be in a text for the
     * pattern to match there (empty: no such name, the pattern always runs), case folded when the
     * pattern may match them in another case ({@code ignoreCase}).
     */
    record Marker(String name, String kind, double weight, Pattern pattern, List<String> needs, boolean ignoreCase) {
    }

    /** A marker found in an article. */
    record Found(Marker marker, Span span) {
    }

    /**
     * An inline flag group switching case-insensitive matching on for the rest of its group
     * ("(?i)", "(?iu)"); a scoped group "(?i:...)" cannot hold a top-level placeholder group.
     */
    private static final Pattern INLINE_CASE_FLAG = Pattern.compile("\\(\\?[a-zA-Z]*i[a-zA-Z]*(?:-[a-zA-Z]*)?\\)");

    private static final List<Marker> MARKERS = load();

    @Override
    public String name() {
        return "signals-wire";
    }

    @Override
    public Article process(Article a) {
        List<Found> found = find(a);
        if (found.isEmpty()) return a;
        String lang = Messages.language(a.language());
        double best = found.stream().mapToDouble(f -> f.marker().weight()).max().orElse(0);
        double score = Math.min(1, best + 0.1 * (found.size() - 1));
        Set<String> words = new LinkedHashSet<>();
        found.forEach(f -> words.add(f.span().text()));
        boolean credit = found.stream().anyMatch(f -> f.marker().kind().equals("credit"));
        String explanation = Messages.format(credit ? "copied-wire-marker.credit" : "copied-wire-marker.ndlr",
                lang, "words", Messages.quoteAll(lang, words));
        List<Span> evidence = found.stream().map(Found::span).sorted().toList();
        List<Signal> out = new ArrayList<>(a.signals());
        out.add(new Signal(KIND, score, evidence, explanation));
        return a.withSignals(out);
    }

    static List<Found> find(Article a) {
        String text = a.text();
        Range whole = new Range(0, text.length(), null);
        List<Range> quoted = Parts.quoted(a, whole);
        List<Found> all = new ArrayList<>();
        String folded = null;
        for (Marker m : MARKERS) {
            if (!m.needs().isEmpty()) {
                // a look-up of the names costs a fraction of a regex scan, and most texts name no agency
                if (m.ignoreCase() && folded == null) folded = caseFold(text);
                if (!containsAny(m.ignoreCase() ? folded : text, m.needs())) continue;
            }
            Matcher x = m.pattern().matcher(text);
            while (x.find()) {
                if (m.kind().equals("ndlr") && Parts.covering(quoted, x.start(), x.end()) == null) continue;
                Span s = trimmed(a, x.start(), x.end());
                if (s.length() > 0) all.add(new Found(m, s));
            }
        }
        // the longest marker wins where two overlap ("MOSCOU (Reuters) -" over "(Reuters)")
        all.sort(Comparator.comparingInt((Found f) -> f.span().length()).reversed());
        List<Found> out = new ArrayList<>();
        for (Found f : all) {
            if (out.stream().noneMatch(o -> o.span().overlaps(f.span()))) out.add(f);
        }
        out.sort(Comparator.comparing(Found::span));
        return out;
    }

    private static Span trimmed(Article a, int s, int e) {
        String t = a.text();
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || "-–—".indexOf(t.charAt(e - 1)) >= 0)) e--;
        return a.span(s, e);
    }

    private static List<Marker> load() {
        List<String> wire = new ArrayList<>();
        List<String> state = new ArrayList<>();
        List<Resources.Line> patterns = new ArrayList<>();
        for (Resources.Line line : Resources.lines("wire-markers.txt")) {
            String[] f = line.fields();
            if (f.length == 2 && f[0].equals("wire")) wire.add(f[1]);
            else if (f.length == 2 && f[0].equals("state")) state.add(f[1]);
            else if (f.length >= 4) patterns.add(line);
            else throw line.error("expected 'wire | name', 'state | name' or 'name | kind | weight | regex'");
        }
        String w = alternation(wire);
        String s = alternation(state);
        List<String> outlets = new ArrayList<>(wire);
        outlets.addAll(state);
        List<Marker> out = new ArrayList<>();
        for (Resources.Line line : patterns) {
            // the regex may itself contain "|": everything after the third separator is the regex
            String[] f = line.text().split("\\|", 4);
            String raw = f[3].strip();
            String regex = raw.replace("{outlet}", w + "|" + s).replace("{wire}", w).replace("{state}", s);
            List<String> needs = mandatory(raw, "{wire}") ? wire : mandatory(raw, "{state}") ? state
                    : mandatory(raw, "{outlet}") ? outlets : List.of();
            boolean ignoreCase = INLINE_CASE_FLAG.matcher(raw).find();
            try {
                out.add(new Marker(f[0].strip(), f[1].strip(), Double.parseDouble(f[2].strip()), Pattern.compile(regex),
                        ignoreCase ? needs.stream().map(WireMarkerStage::caseFold).toList() : needs, ignoreCase));
            } catch (RuntimeException e) {
                throw line.error("bad marker (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /**
     * Whether every match of {@code regex} contains one of the names {@code placeholder} stands
     * for: the placeholder fills a group {@code (?:...)} of the top level, with no quantifier
     * after it, and the regex has no top-level alternative. A simple syntactic test: a pattern it
     * cannot vouch for just runs on every text.
     */
    static boolean mandatory(String regex, String placeholder) {
        String group = "(?:" + placeholder + ")";
        int at = regex.indexOf(group);
        if (at < 0) return false;
        int depth = 0;
        boolean inClass = false;
        int groupDepth = -1;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') inClass = false;
                continue;
            }
            if (i == at) groupDepth = depth;
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return false;
        }
        int after = at + group.length();
        boolean quantified = after < regex.length() && "?*{".indexOf(regex.charAt(after)) >= 0;
        return groupDepth == 0 && !quantified;
    }

    /**
     * Case folded char by char (upper then lower case, as {@code String.regionMatches} with case
     * ignored compares), so that a name a case-insensitive pattern matches is found in the fold.
     */
    static String caseFold(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        return new String(c);
    }

    private static boolean containsAny(String folded, List<String> names) {
        for (String n : names) {
            if (folded.contains(n)) return true;
        }
        return false;
    }

    /** Longest names first so "RT France" wins over "RT". */
    private static String alternation(List<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
