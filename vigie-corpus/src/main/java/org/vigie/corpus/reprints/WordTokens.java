package org.vigie.corpus.reprints;

import java.text.Normalizer;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a stretch of text, normalised for comparison (lower case, accents folded,
 * punctuation dropped) with their offsets in the original text, so that a comparison made on
 * normalised words can be reported as spans of the real text.
 *
 * <p>A word is a maximal run of letters or digits: apostrophes and hyphens split ("l'autorité"
 * gives "l", "autorite"), so typographic variants (’ vs ', – vs -) never change the words.
 */
public final class WordTokens {

    private static final String[] FOLD = new String[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < d.length(); i++) {
                char x = d.charAt(i);
                if (Character.getType(x) != Character.NON_SPACING_MARK) b.append(Character.toLowerCase(x));
            }
            FOLD[c] = b.toString();
        }
        FOLD['œ'] = "oe";
        FOLD['Œ'] = "oe";
        FOLD['æ'] = "ae";
        FOLD['Æ'] = "ae";
        FOLD['ß'] = "ss";
    }

    private final String[] words;
    private final int[] starts;
    private final int[] ends;

    private WordTokens(String[] words, int[] starts, int[] ends) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    /** The words of {@code text} from {@code from} (inclusive) to {@code to} (exclusive). */
    public static WordTokens of(String text, int from, int to) {
        int cap = Math.max(8, (to - from) / 5);
        String[] w = new String[cap];
        int[] s = new int[cap];
        int[] e = new int[cap];
        int n = 0;
        StringBuilder b = new StringBuilder(24);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            b.setLength(0);
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                fold(text.charAt(i), b);
                i++;
            }
            if (n == w.length) {
                w = Arrays.copyOf(w, n * 2);
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            w[n] = b.toString();
            s[n] = start;
            e[n] = i;
            n++;
        }
        return new WordTokens(Arrays.copyOf(w, n), Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    public static WordTokens of(String text) {
        return of(text, 0, text.length());
    }

    /** Lower-cases {@code c} and strips its accents. */
    static void fold(char c, StringBuilder out) {
        if (c < 0x80) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        } else if (c < FOLD.length) {
            out.append(FOLD[c]);
        } else {
            out.append(Character.toLowerCase(c));
        }
    }

    /** {@code s} lower-cased, accents folded, every run of non-word characters made one space. */
    public static String normalize(String s) {
        return String.join(" ", of(s).words());
    }

    public int size() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The normalised words, as an unmodifiable list view. */
    public List<String> words() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return words[index];
            }

            @Override
            public int size() {
                return words.length;
            }
        };
    }

    /** Index of the first word starting at or after {@code offset} (size() when none). */
    public int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }
}
