package org.vigie.nlp.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of names for comparison: case, accents, apostrophes and hyphens do not tell names apart. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_.·]+");

    private Names() {
    }

    /** "États-Unis" -> "etats unis", "l’Onu" -> "l'onu", "Erdoğan" -> "erdogan". */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.replace('’', '\'').replace('ʼ', '\'').replace('`', '\'')
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
                .replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D");
        n = n.toLowerCase(Locale.ROOT);
        n = SEPARATORS.matcher(n).replaceAll(" ").strip();
        return n;
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
