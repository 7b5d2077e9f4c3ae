package org.vigie.nlp.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Folding of names for comparison: case, accents, apostrophes and hyphens do not tell names apart. */
public final class Names {

    /** Characters that separate words of a name as a space would. */
    private static final String SEPARATOR_CHARS = "-\u2010\u2011\u2013\u2014_.\u00B7";

    private Names() {
    }

    /** "États-Unis" -> "etats unis", "l’Onu" -> "l'onu", "Erdoğan" -> "erdogan". */
    public static String fold(String s) {
        if (isPlainAscii(s)) return s.toLowerCase(Locale.ROOT);
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || SEPARATOR_CHARS.indexOf(c) >= 0) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            switch (c) {
                case '\u2019', '\u02BC', '`' -> b.append('\'');
                case '\u0153', '\u0152' -> b.append("oe");
                case '\u00E6', '\u00C6' -> b.append("ae");
                case '\u00DF' -> b.append("ss");
                case '\u0131' -> b.append('i');
                case '\u0142', '\u0141' -> b.append('l');
                case '\u00F8', '\u00D8' -> b.append('o');
                case '\u0111', '\u0110' -> b.append('d');
                default -> b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** ASCII letters, digits and inner apostrophes only: folding is just lower-casing. */
    private static boolean isPlainAscii(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == '\'' && i > 0))) {
                return false;
            }
        }
        return true;
    }

    /** The folded words of a name. */
    public static List<String> words(String s) {
        String f = fold(s);
        List<String> out = new ArrayList<>();
        for (String w : f.split(" ")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    public static boolean isCapitalised(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) return Character.isUpperCase(cp) || Character.isTitleCase(cp);
            if (Character.isDigit(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    public static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }

    /** True for words made only of punctuation or symbols ("«", ",", "(", "—"). */
    public static boolean isPunctuation(String word) {
        return word.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** All letters upper case and at least two of them ("ONU", "EDF", "LG"). */
    public static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp)) return false;
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters >= 2;
    }
}
