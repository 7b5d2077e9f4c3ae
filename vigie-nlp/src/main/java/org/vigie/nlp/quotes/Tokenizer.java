package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into {@link Tok}s with offsets into the text (French elisions by default). */
final class Tokenizer {

    /** Words whose final vowel French elides before an apostrophe: "l'État" is "l'" + "État". */
    private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu",
            "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu");
    /** Abbreviations that keep their dot, so "M. Poutine" does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("M", "MM", "Dr", "Pr", "Mgr", "St", "Mme",
            "Mlle", "Mr", "Jr", "Me");

    private Tokenizer() {
    }

    static List<Tok> tokenize(String s) {
        return tokenize(s, ABBREVIATIONS);
    }

    /** Splits {@code s}, keeping the dot of the {@code abbreviations} and of single capitals ("W." in "Patrick W. Carlineo"). */
    static List<Tok> tokenize(String s, Set<String> abbreviations) {
        List<Tok> out = new ArrayList<>(s.length() / 5);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                out.add(new Tok(i, i + 1, String.valueOf(c), String.valueOf(c == '’' ? '\'' : c), false));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = s.charAt(j);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    j++;
                } else if (d == '-' && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))) {
                    j++;
                } else if ((d == '\'' || d == '’') && j + 1 < n && Character.isLetter(s.charAt(j + 1))) {
                    j++;
                    if (ELIDED.contains(Lexicons.lower(s.substring(i, j - 1)))) break;
                } else if ((d == ',' || d == '.') && Character.isDigit(s.charAt(j - 1))
                        && j + 1 < n && Character.isDigit(s.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            if (j < n && s.charAt(j) == '.') {
                String w = s.substring(i, j);
                if (abbreviations.contains(w) || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))) j++;
            }
            String text = s.substring(i, j);
            out.add(new Tok(i, j, text, Lexicons.lower(text), true));
            i = j;
        }
        return out;
    }
}
