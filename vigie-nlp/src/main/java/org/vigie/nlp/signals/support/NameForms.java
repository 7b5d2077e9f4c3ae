package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.nlp.signals.Words.Word;

/**
 * Other ways a body writes a name the headline gives, for {@link HeadlineSupportStage}: one letter
 * apart (a misspelt surname), by its demonym or adjective (a place), by the initials an acronym
 * stands for. Each looks at the body's words alone; stateless.
 */
final class NameForms {

    private NameForms() {
    }

    /** Names at least this long may be spelt one letter apart ("Trieweiler" for "Trierweiler"). */
    private static final int SPELLING_LENGTH = 7;

    /**
     * Whether a capitalised body word spells the name {@code w} one letter apart (one added,
     * dropped or changed): the headline's "Valérie Trieweiler", "Agnès Pannuier-Runacher" or
     * "Sainte-Foy-Tarentaise" for the body's "Trierweiler", "Pannier-Runacher", "Saint-Foy-Tarentaise".
     * Long names only: short ones one letter apart are other names ("Marin", "Martin").
     */
    static boolean spelledOtherwise(Word w, List<Word> words) {
        String f = w.folded();
        if (f.length() < SPELLING_LENGTH || !w.isCapitalized() || w.isNumber()) return false;
        for (Word b : words) {
            String g = b.folded();
            if (b.isCapitalized() && Math.abs(g.length() - f.length()) <= 1 && g.charAt(0) == f.charAt(0) && oneEditApart(f, g)) return true;
        }
        return false;
    }

    /** Endings that make a demonym or a place adjective of a place name's stem ("colombi-enne", "jamaïc-ain"). */
    private static final Set<String> DEMONYM_ENDINGS = Set.of("ien", "ienne", "iens", "iennes", "en", "enne", "ens", "ennes",
            "ais", "aise", "aises", "nais", "naise", "naises", "ain", "aine", "ains", "aines", "ois", "oise", "oises",
            "an", "ane", "ans", "anes", "ol", "ole", "ols", "oles", "atique", "atiques", "ote", "otes", "in", "ine", "ins", "ines",
            "ite", "ites", "iote", "iotes", "ique", "iques");

    /**
     * Whether the body names the place {@code w} by its demonym or adjective: "Colombie" by
     * "l'armée colombienne", "Jamaïque" by "sa famille jamaïcaine", "Asie" by "l'Asiatique",
     * "Normandie" by "normands", "Antibes" by "un couple d'Antibois". The stem is the name less a
     * final "e", "ie", "es" or "a" ("que" becomes "c"); the rest of the body word must be a demonym ending (or, for an "-ie" name,
     * an inflection: "normand", "normande"). Names shared by the two forms through the
     * name-variant list ("Allemagne", "allemand") are found there already.
     */
    static boolean demonymInBody(Word w, List<Word> words) {
        String f = w.folded();
        if (f.length() < 4 || !w.isCapitalized() || w.isAllCaps() || w.isNumber() || f.indexOf('-') >= 0) return false;
        List<String> stems = new ArrayList<>(List.of(f));
        if (f.endsWith("e")) stems.add(f.substring(0, f.length() - 1));
        if (f.endsWith("a")) stems.add(f.substring(0, f.length() - 1));
        if (f.endsWith("que")) stems.add(f.substring(0, f.length() - 3) + "c");
        // a town in "-es" drops it: "Antibes" gives "Antibois", "Rennes" "rennais", "Nîmes" "nîmois"
        if (f.endsWith("es") && f.length() >= 6) stems.add(f.substring(0, f.length() - 2));
        String ie = f.endsWith("ie") && f.length() >= 7 ? f.substring(0, f.length() - 2) : null;
        for (Word b : words) {
            String g = b.folded();
            if (g.length() <= 3 || g.charAt(0) != f.charAt(0)) continue;
            for (String stem : stems) {
                if (stem.length() >= 3 && g.length() > stem.length() && g.startsWith(stem)
                        && DEMONYM_ENDINGS.contains(g.substring(stem.length()))) return true;
            }
            if (ie != null && g.startsWith(ie) && Set.of("", "e", "s", "es").contains(g.substring(ie.length())) && !b.isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** A clipped name keeps at least this many letters ("Huma"), and drops at least {@link #CLIPPED_OFF}. */
    private static final int CLIPPED_LENGTH = 4;
    private static final int CLIPPED_OFF = 3;

    /**
     * Whether a capitalised body word is the name {@code w} in full, {@code w} being its clipped
     * form: "la Fête de l'Huma" for "la Fête de l'Humanité", "Saint-Barth" for "Saint-Barthélemy".
     * At least three letters must be clipped, so that "Martin" is not "Martine" or "Martinez".
     */
    static boolean clippedInBody(Word w, List<Word> words) {
        String f = w.folded();
        if (f.length() < CLIPPED_LENGTH || !w.isCapitalized() || w.isAllCaps() || w.isNumber()) return false;
        for (Word b : words) {
            String g = b.folded();
            if (b.isCapitalized() && g.length() >= f.length() + CLIPPED_OFF && g.startsWith(f)) return true;
        }
        return false;
    }

    /**
     * Whether the body names the listed place whose inhabitant the headline's {@code w} is: "un
     * Irlandais" over "à Kilmanagh en Irlande". The reverse of {@link #demonymInBody}, for listed
     * places only ({@link PlaceRubrics#isPlace}), so that a first name is not read as a demonym.
     */
    static boolean placeInBody(Word w, List<Word> words) {
        if (!w.isCapitalized() || w.isAllCaps() || w.isNumber()) return false;
        List<Word> name = List.of(w);
        for (Word b : words) {
            if (b.folded().length() >= 4 && b.folded().charAt(0) == w.folded().charAt(0) && PlaceRubrics.isPlace(b) && demonymInBody(b, name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} and {@code b} differ by exactly one letter added, dropped or changed. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) return false;
        if (a.length() > b.length()) return oneEditApart(b, a);
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
        return b.length() == a.length() + 1 && a.substring(i).equals(b.substring(i + 1));
    }

    /**
     * An acronym whose letters are the initials of consecutive body words, from a capitalised
     * one. A small word ({@code smallWords}, by key, or any of three letters or fewer) may be skipped or give its
     * letter: "JDD" is the "Journal du Dimanche", "DALS" "Danse avec les stars", "CGT" the "Confédération générale du
     * travail", "ONPC" "On n'est pas couché".
     */
    static boolean initialsInBody(String acronym, List<Word> words, Set<String> smallWords) {
        if (acronym.length() < 3) return false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isCapitalized() && w.folded().charAt(0) == acronym.charAt(0) && initialsFrom(acronym, 1, words, i + 1, smallWords)) return true;
        }
        return false;
    }

    /**
     * Whether the acronym {@code w} ("PS", "PS4") is the capitals of a body word written in camel
     * case, its figure the body's next word or the word's own: "PlayStation 4" for "PS4",
     * "YouTube" for "YT". Two capitals at least, so that "Paris" is no "P".
     */
    static boolean camelCapitalsInBody(Word w, List<Word> words) {
        String t = w.text();
        int digits = t.length();
        while (digits > 0 && Character.isDigit(t.charAt(digits - 1))) digits--;
        String letters = t.substring(0, digits);
        String figure = t.substring(digits);
        if (letters.length() < 2 || !w.isAllCaps()) return false;
        for (int i = 0; i < words.size(); i++) {
            String b = words.get(i).text();
            StringBuilder caps = new StringBuilder();
            int lower = 0;
            int end = b.length();
            while (end > 0 && Character.isDigit(b.charAt(end - 1))) end--;
            for (int k = 0; k < end; k++) {
                char c = b.charAt(k);
                if (Character.isUpperCase(c)) caps.append(c);
                else if (Character.isLowerCase(c)) lower++;
            }
            if (lower == 0 || caps.length() < 2 || !caps.toString().equalsIgnoreCase(letters)) continue;
            String own = b.substring(end);
            if (figure.isEmpty() || figure.equals(own) || own.isEmpty() && i + 1 < words.size() && words.get(i + 1).text().equals(figure)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #initialsInBody}, where a hyphenated word may give the initials of its parts (English
     * compounds of titles): "IGP" is the "Inspector-General of Police".
     */
    static boolean hyphenInitialsInBody(String acronym, List<Word> words, Set<String> smallWords) {
        if (acronym.length() < 3) return false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.isCapitalized() || w.folded().charAt(0) != acronym.charAt(0)) continue;
            for (String letters : letters(w)) {
                if (acronym.startsWith(letters) && hyphenInitialsFrom(acronym, letters.length(), words, i + 1, smallWords)) return true;
            }
        }
        return false;
    }

    /** The letters a word may give: its initial, and for "Inspector-General" also "ig". */
    private static List<String> letters(Word w) {
        String first = w.folded().substring(0, 1);
        if (w.folded().indexOf('-') < 0) return List.of(first);
        StringBuilder parts = new StringBuilder();
        for (String p : w.folded().split("-")) {
            if (!p.isEmpty()) parts.append(p.charAt(0));
        }
        return parts.length() > 1 ? List.of(parts.toString(), first) : List.of(first);
    }

    private static boolean hyphenInitialsFrom(String acronym, int k, List<Word> words, int j, Set<String> smallWords) {
        if (k == acronym.length()) return true;
        if (j >= words.size()) return false;
        Word w = words.get(j);
        for (String letters : letters(w)) {
            if (acronym.startsWith(letters, k) && hyphenInitialsFrom(acronym, k + letters.length(), words, j + 1, smallWords)) return true;
        }
        return (smallWords.contains(w.key()) || w.folded().length() <= SKIPPED_LENGTH) && hyphenInitialsFrom(acronym, k, words, j + 1, smallWords);
    }

    /** Any word this short may give no letter: the verb of a title ("On n'est pas couché" is "ONPC"). */
    private static final int SKIPPED_LENGTH = 3;

    /** Whether the letters of {@code acronym} from {@code k} are initials of the words from {@code j}. */
    private static boolean initialsFrom(String acronym, int k, List<Word> words, int j, Set<String> smallWords) {
        if (k == acronym.length()) return true;
        if (j >= words.size()) return false;
        Word w = words.get(j);
        if (w.folded().charAt(0) == acronym.charAt(k) && initialsFrom(acronym, k + 1, words, j + 1, smallWords)) return true;
        return (smallWords.contains(w.key()) || w.folded().length() <= SKIPPED_LENGTH) && initialsFrom(acronym, k, words, j + 1, smallWords);
    }
}
