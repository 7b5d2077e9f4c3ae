package org.vigie.nlp.signals;

import java.util.ArrayList;
import java.util.List;

/**
 * A small word tokenizer over the canonical text, with offsets. Hyphenated compounds stay whole
 * ("anti-terroriste", "Saint-Pétersbourg"); elided articles split off ("d’Alep" gives "d’" and
 * "Alep"); numbers keep their inner separators ("1.000", "8,5").
 */
public final class Words {

    /** One word of the text: offsets into the canonical text, surface form and comparison key. */
    public record Word(int start, int end, String text, String key) {
        public boolean isCapitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        public boolean isAllCaps() {
            boolean letter = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) return false;
                if (Character.isLetter(c)) letter = true;
            }
            return letter;
        }

        public boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }
    }

    private Words() {
    }

    public static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    /** Words of {@code text} between {@code from} and {@code to}. */
    public static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(c);
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '-' || (digits && (d == '.' || d == ',' || d == '\u202f' || d == '\u00a0')))
                        && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else if ((d == '\'' || d == '\u2019') && i - start <= 2 && !digits) {
                    i++; // elision: "l'", "d’", "qu'"
                    break;
                } else {
                    break;
                }
            }
            String w = text.substring(start, i);
            out.add(new Word(start, i, w, Fold.key(w)));
        }
        return out;
    }

    /** Words counted for per-1,000-word rates (elided articles excluded). */
    public static int count(List<Word> words) {
        int n = 0;
        for (Word w : words) {
            if (!w.text().endsWith("'") && !w.text().endsWith("\u2019")) n++;
        }
        return n;
    }
}
