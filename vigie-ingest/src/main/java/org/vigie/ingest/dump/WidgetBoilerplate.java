package org.vigie.ingest.dump;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.ingest.text.ResourceLines;

/**
 * Comment-widget and share-bar lines that scrapers leave at the end of a page ("Laissez un
 * commentaire", "3 commentaires", "Partager sur Facebook"), and at the top of its body (a share
 * bar or a comment counter under the title). The phrases are data, in
 * {@code widget-boilerplate.txt}; a phrase may say how many comments it announces.
 *
 * <p>A line matches a phrase when the whole line is that phrase, ignoring case, accents,
 * apostrophe style, runs of spaces and trailing punctuation, so a body sentence that merely
 * contains "commentaire" is never taken.
 */
public final class WidgetBoilerplate {

    /** A phrase of the data file compiled to a whole-line pattern. */
    /** One phrase: its line, its pattern, its count, and its normalised text when it has no placeholder (else null). */
    record Phrase(String source, Pattern pattern, String count, String literal) {
    }

    /**
     * What was cut from one end of a page: the boundary index (the end of what is kept for
     * {@link #cut}, its start for {@link #cutHead}), the lines as they were, and the comment count
     * they announce (0 when none does).
     */
    public record Cut(int keep, List<String> removed, int commentCount) {
    }

    private static final String RESOURCE = "widget-boilerplate.txt";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:.!…»>|•·-]+$");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s«<|•·>-]+");

    private static final class Holder {
        static final WidgetBoilerplate DEFAULT = load();
    }

    /** Phrases without placeholders, by normalized text: one lookup instead of a regex each. */
    private final Map<String, Phrase> literal = new HashMap<>();
    /** Phrases with {n} or {*}, tried in file order. */
    private final List<Phrase> patterns = new ArrayList<>();

    WidgetBoilerplate(List<Phrase> phrases) {
        for (Phrase p : phrases) {
            if (p.literal == null) patterns.add(p);
            else literal.putIfAbsent(p.literal, p);
        }
    }

    /** The phrases bundled with Vigie, loaded once per JVM. */
    public static WidgetBoilerplate defaults() {
        return Holder.DEFAULT;
    }

    /**
     * Walks {@code lines} back from the end, dropping blank lines and lines that are boilerplate,
     * and stops at the first line of content. Lines before {@code floor} are never cut.
     */
    public Cut cut(List<String> lines, int floor) {
        List<String> removed = new ArrayList<>();
        int count = -1;
        int end = lines.size();
        while (end > floor) {
            String line = lines.get(end - 1);
            if (line.isBlank()) {
                end--;
                continue;
            }
            Matched m = match(line);
            if (m == null) break;
            removed.add(0, line.strip());
            if (m.count >= 0) count = Math.max(count, m.count);
            end--;
        }
        return new Cut(end, removed, Math.max(count, 0));
    }

    /**
     * Walks {@code lines} forward from {@code from}, dropping blank lines and boilerplate lines,
     * and stops at the first line of content or at {@code to}.
     */
    public Cut cutHead(List<String> lines, int from, int to) {
        List<String> removed = new ArrayList<>();
        int count = -1;
        int start = from;
        while (start < to) {
            String line = lines.get(start);
            if (!line.isBlank()) {
                Matched m = match(line);
                if (m == null) break;
                removed.add(line.strip());
                if (m.count >= 0) count = Math.max(count, m.count);
            }
            start++;
        }
        return new Cut(start, removed, Math.max(count, 0));
    }

    /** True when the whole line is one of the phrases. */
    public boolean isBoilerplate(String line) {
        return match(line) != null;
    }

    private record Matched(int count) {
    }

    private Matched match(String line) {
        String key = normalize(line);
        if (key.isEmpty() || key.length() > 160) return null;
        Phrase exact = literal.get(key);
        if (exact != null) {
            return new Matched(exact.count == null ? -1 : Integer.parseInt(exact.count));
        }
        for (Phrase p : patterns) {
            Matcher m = p.pattern.matcher(key);
            if (m.matches()) {
                int count = -1;
                if (p.count != null) {
                    String c = p.count.equals("{n}") ? m.group("n").replaceAll("\\D", "") : p.count;
                    try {
                        count = Integer.parseInt(c);
                    } catch (NumberFormatException e) {
                        count = -1;
                    }
                }
                return new Matched(count);
            }
        }
        return null;
    }

    /** Lower case, no accents, straight apostrophes, single spaces, no decoration at either end. */
    static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        t = SPACES.matcher(t).replaceAll(" ").toLowerCase(Locale.ROOT);
        t = TRAILING_PUNCT.matcher(t).replaceAll("");
        return LEADING_PUNCT.matcher(t).replaceAll("");
    }

    /**
     * Compiles one line of the data file: {@code phrase [=> count]} where the phrase may hold
     * {@code {n}} (a number, captured) and {@code {*}} (any short text); count is a number or {n}.
     */
    static Phrase compile(String line) {
        String phrase = line;
        String count = null;
        int arrow = line.lastIndexOf("=>");
        if (arrow >= 0) {
            phrase = line.substring(0, arrow);
            count = line.substring(arrow + 2).strip();
            if (!count.equals("{n}") && !count.matches("\\d+")) {
                throw new IllegalArgumentException("bad comment count '" + count + "' in phrase: " + line);
            }
        }
        String key = normalize(phrase);
        if (key.isEmpty()) throw new IllegalArgumentException("empty phrase: " + line);
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < key.length()) {
            if (key.startsWith("{n}", i)) {
                re.append("(?<n>\\d{1,3}(?:[ .,]\\d{3})+|\\d{1,7})");
                i += 3;
            } else if (key.startsWith("{*}", i)) {
                re.append(".{1,60}?");
                i += 3;
            } else {
                int next = nextPlaceholder(key, i);
                re.append(Pattern.quote(key.substring(i, next)));
                i = next;
            }
        }
        if ("{n}".equals(count) && !key.contains("{n}")) {
            throw new IllegalArgumentException("count {n} without {n} in phrase: " + line);
        }
        boolean placeholders = key.contains("{n}") || key.contains("{*}");
        return new Phrase(line, Pattern.compile(re.toString()), count, placeholders ? null : key);
    }

    private static int nextPlaceholder(String s, int from) {
        int a = s.indexOf("{n}", from);
        int b = s.indexOf("{*}", from);
        int next = s.length();
        if (a >= 0) next = Math.min(next, a);
        if (b >= 0) next = Math.min(next, b);
        return next;
    }

    static WidgetBoilerplate load() {
        return new WidgetBoilerplate(ResourceLines.texts(WidgetBoilerplate.class, RESOURCE).stream()
                .map(WidgetBoilerplate::compile).toList());
    }
}
