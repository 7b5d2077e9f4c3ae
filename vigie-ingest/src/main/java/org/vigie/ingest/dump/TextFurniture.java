package org.vigie.ingest.dump;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.ingest.text.ResourceLines;

/**
 * Page furniture left in a text dump (one paragraph per line) once the HTML is gone: the share bar,
 * tag list and "same section" block that open a page's tail, inline "read also" links, bylines,
 * credits, date and issue lines, and lines of script or style code. What {@link WidgetBoilerplate}
 * does for comment widgets, for the rest of the page's chrome; the phrases are data, in
 * {@code text-furniture.txt}.
 *
 * <p>Body text is protected by shape: the tail is walked back only over lines that are not
 * sentences (short, no closing punctuation), a tail heading cuts only past the first half of the
 * page, and the first line is always kept.
 */
public final class TextFurniture {

    /** The lines kept, in order, and the lines cut (as they were). */
    public record Cleaned(List<String> lines, List<String> removed) {
    }

    private enum Kind { TAIL, LINK, LINE }

    /** One phrase of the file: its kind, its line order, its pattern and, without placeholders, its normalised text. */
    private record Entry(Kind kind, int order, Pattern pattern, String literal) {
    }

    private static final String RESOURCE = "text-furniture.txt";
    private static final String SENTENCE_END = ".!?…»\"”)";
    /** A tail line of at most this many words without closing punctuation is a signature, a tag or a link title. */
    private static final int SHORT_LINE_WORDS = 7;
    private static final String MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
            + "octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|"
            + "january|february|march|april|may|june|july|august|september|october|november|december";
    /** "Par Jean Dupont", "By La rédaction Posted On 21 juin 2019", ", par A. B.": a byline. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^[,\\s]*(?:par|by|propos recueillis par|texte|textes|dessins?|photos?)\\s*:?\\s+\\p{Lu}[^.!?]{0,80}$");
    /** "avril 2019", "21 juin 2019", "Posted on 3 mai 2020 à 12h": a date on its own line. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)^[\\s,–-]*(?:(?:le|posted on|publié le)\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?"
                    + "(?:\\d{1,2}(?:er)?\\s+)?(?:" + MONTHS + ")\\.?\\s+\\d{4}(?:\\s+(?:à\\s+)?\\d{1,2}\\s?[h:]\\s?\\d{0,2})?\\s*$");
    /** "Interview n°86", "n° 112 - mars 2020": a magazine's issue line. */
    private static final Pattern ISSUE_LINE = Pattern.compile("(?iu)^[\\p{L}\\s'’-]{0,40}\\bn\\s?°\\s?\\d{1,4}\\b.{0,40}$");
    /** Script or style code: "window.x = function() {", ".videowrapper { position: relative; ...", "// <![CDATA[". */
    private static final Pattern CODE = Pattern.compile(
            "(?:function\\s*\\(|<!\\[CDATA\\[|\\]\\]>|^\\s*//|\\bvar\\s+\\w+\\s*=|\\bwindow\\.\\w|\\bdocument\\.\\w|"
                    + "[\\w-]+:\\s*[^;{}]{1,40};\\s*[\\w-]+:|^\\s*[.#@]?[\\w-]+(?:\\s*[,>]?\\s*[.#]?[\\w-]+)*\\s*\\{|^\\s*\\}\\s*\\)?;?\\s*$)");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://\\S+|\\bwww\\.\\S+");

    private static final class Holder {
        static final TextFurniture DEFAULT = load();
    }

    /** Phrases without placeholders, by normalised text: one look-up instead of a regex each. */
    private final Map<String, Entry> literal = new HashMap<>();
    /** Phrases with {n} or {*}, tried in file order. */
    private final List<Entry> patterns = new ArrayList<>();

    TextFurniture(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.literal == null) patterns.add(e);
            else literal.putIfAbsent(e.literal, e);
        }
    }

    /** The phrases bundled with Vigie, loaded once per JVM. */
    public static TextFurniture defaults() {
        return Holder.DEFAULT;
    }

    /**
     * Cuts the furniture from the paragraphs of one page: code lines anywhere, the tail from a tail
     * heading on, "read also" links and credit lines, then bylines and dates at the head, and
     * signatures, tags and link lists at the end.
     */
    public Cleaned clean(List<String> paragraphs) {
        List<String> removed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            if (p.isBlank()) continue;
            if (isCode(p)) removed.add(p.strip());
            else lines.add(p);
        }
        // a tail heading past the first half of the page: it and everything after it
        for (int i = Math.max(1, (lines.size() + 1) / 2); i < lines.size(); i++) {
            if (kind(lines.get(i)) == Kind.TAIL) {
                for (String l : lines.subList(i, lines.size())) removed.add(l.strip());
                lines = new ArrayList<>(lines.subList(0, i));
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Kind k = i == 0 ? null : kind(l);
            if (k == Kind.LINK) {
                removed.add(l.strip());
                if (i + 1 < lines.size() && !closed(lines.get(i + 1)) && words(lines.get(i + 1)) <= 25) removed.add(lines.get(++i).strip());
            } else if (k == Kind.LINE || k == Kind.TAIL) {
                removed.add(l.strip());
            } else {
                kept.add(l);
            }
        }
        // head: bylines, dates and issue lines above the first paragraph (one paragraph always stays)
        while (kept.size() > 1 && isStamp(kept.get(0))) removed.add(kept.remove(0).strip());
        // tail: signatures, credits, tag and link lists, promotions with a link
        while (kept.size() > 1) {
            String l = kept.get(kept.size() - 1);
            boolean furniture = isStamp(l) || WidgetBoilerplate.defaults().isBoilerplate(l)
                    || !closed(l) && words(l) <= SHORT_LINE_WORDS
                    || URL.matcher(l).find() && words(l) <= 20;
            if (!furniture) break;
            removed.add(kept.remove(kept.size() - 1).strip());
        }
        return new Cleaned(List.copyOf(kept), List.copyOf(removed));
    }

    /** True for a line of script or style code. */
    public static boolean isCode(String line) {
        return CODE.matcher(line).find();
    }

    /** A byline, a date or an issue number standing alone on its line. */
    static boolean isStamp(String line) {
        String t = line.strip();
        return t.length() <= 120 && (BYLINE.matcher(t).matches() || DATE_LINE.matcher(t).matches() || ISSUE_LINE.matcher(t).matches());
    }

    private Kind kind(String line) {
        String key = WidgetBoilerplate.normalize(line);
        if (key.isEmpty() || key.length() > 120) return null;
        Entry exact = literal.get(key);
        int before = exact == null ? Integer.MAX_VALUE : exact.order;
        for (Entry e : patterns) { // the first phrase of the file that matches decides, as if all were patterns
            if (e.order > before) break;
            if (e.pattern.matcher(key).matches()) return e.kind;
        }
        return exact == null ? null : exact.kind;
    }

    private static boolean closed(String line) {
        String t = line.strip();
        return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static int words(String line) {
        String t = line.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static TextFurniture load() {
        List<Entry> out = new ArrayList<>();
        for (ResourceLines.Line line : ResourceLines.of(TextFurniture.class, RESOURCE)) {
            String t = line.text();
            int n = line.number();
            int bar = t.indexOf('|');
            if (bar < 0) throw new IllegalArgumentException(RESOURCE + ": line " + n + ": expected 'kind | phrase'");
            Kind kind;
            try {
                kind = Kind.valueOf(t.substring(0, bar).strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + ": line " + n + ": unknown kind '" + t.substring(0, bar).strip()
                        + "' (expected tail, link or line)");
            }
            WidgetBoilerplate.Phrase phrase = WidgetBoilerplate.compile(t.substring(bar + 1).strip());
            out.add(new Entry(kind, out.size(), phrase.pattern(), phrase.literal()));
        }
        return new TextFurniture(out);
    }
}
