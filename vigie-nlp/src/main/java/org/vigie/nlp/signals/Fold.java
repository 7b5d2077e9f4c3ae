package org.vigie.nlp.signals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation used to compare words across parts of an article: case, accents, typographic
 * apostrophes and ligatures folded, then a light plural/feminine stemmer (French and English) so
 * that "Terroristes", "terroriste" and "côtés"/"coté" meet on one key.
 */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** Lower case, no accents, "œ" as "oe", typographic apostrophes as "'". */
    public static String fold(String s) {
        String t = s.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .replace("œ", "oe").replace("æ", "ae");
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        return MARKS.matcher(t).replaceAll("");
    }

    /** The comparison key of one word: folded, then stripped of plural and feminine endings. */
    public static String key(String word) {
        return stem(fold(word));
    }

    /** A deliberately light stemmer: only inflection, never derivation (keeps "terroriste" ≠ "terreur"). */
    public static String stem(String w) {
        if (w.length() <= 3) return w;
        String s = w;
        if (s.endsWith("aux") && s.length() > 4) s = s.substring(0, s.length() - 3) + "al";
        else if (s.endsWith("ies") && s.length() > 4) s = s.substring(0, s.length() - 3) + "y";
        else if (s.endsWith("s") || s.endsWith("x")) s = s.substring(0, s.length() - 1);
        if (s.length() > 4 && s.endsWith("e")) s = s.substring(0, s.length() - 1);
        if (s.length() > 4 && s.endsWith("e")) s = s.substring(0, s.length() - 1); // "ée" -> "é" -> ""
        return s;
    }
}
