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

    /**
     * Each Latin character's fold (Basic Latin to Latin Extended-B), computed once with
     * {@link #slowFold}: folding is then a table look-up per character instead of a Unicode
     * normalisation and a regex per word (the signal stages fold every word of every body).
     * Lower-casing, NFD decomposition and mark removal all act character by character in this
     * range, so the table gives exactly what the slow path gives.
     */
    private static final String[] TABLE = table();
    private static final int TABLE_SIZE = 0x250;

    /** Lower case, no accents, "œ" as "oe", typographic apostrophes as "'". */
    public static String fold(String s) {
        boolean same = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= TABLE_SIZE) return slowFold(s);
            if (same && (TABLE[c].length() != 1 || TABLE[c].charAt(0) != c)) same = false;
        }
        if (same) return s;
        StringBuilder b = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) b.append(TABLE[s.charAt(i)]);
        return b.toString();
    }

    private static String[] table() {
        String[] t = new String[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) t[c] = slowFold(String.valueOf(c));
        return t;
    }

    /** The definition of {@link #fold}, for any text. */
    static String slowFold(String s) {
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
