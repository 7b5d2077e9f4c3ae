package org.vigie.corpus.quotes;

import java.util.List;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.reprints.WordTokens;

/**
 * Whether two attributions name the same speaker. One person is written many ways across sites:
 * "Poutine" here, "Vladimir Poutine" there, with or without the entity id the registry gave. Two
 * speakers are the same when they have the same entity id, or when the words of one name (case and
 * accents folded) are the last words of the other's ("Poutine" in "Vladimir Poutine"). An
 * unattributed appearance (no speaker, or no name) is never a different speaker.
 */
public final class SameSpeaker {

    private SameSpeaker() {
    }

    /** Whether {@code s} names someone: a canonical name or an entity id. */
    public static boolean attributed(Speaker s) {
        return s != null && (notBlank(s.canonical()) || notBlank(s.entityId()));
    }

    /** Words that open a description rather than a name: "la juge des référés", "son avocat", "L'institution". */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("le", "la", "les", "l", "un", "une", "des", "du",
            "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "the", "a", "an", "his", "her", "their", "der", "die",
            "das", "el", "los", "las");

    /**
     * Whether {@code s} names someone: an entity id, or a name (its first word capitalised, and
     * after a determiner another capitalised word: "Le Parisien"). A description ("la juge des référés", "le locataire de la Maison Blanche", "son
     * avocat") may be anyone, or the person another article names: it is no different speaker.
     */
    public static boolean named(Speaker s) {
        if (s == null) return false;
        if (notBlank(s.entityId())) return true;
        if (!notBlank(s.canonical())) return false;
        String c = s.canonical().strip();
        if (!Character.isUpperCase(c.codePointAt(0))) return false;
        WordTokens words = WordTokens.of(c);
        if (words.size() == 0) return false;
        if (!DETERMINERS.contains(words.word(0))) return true;
        // "La Voix du Nord", "Le Parisien", "The Daily Telegraph" are names; "La juge", "L'institution" are not
        return words.size() > 1 && Character.isUpperCase(c.codePointAt(words.start(1)));
    }

    /** Whether {@code a} and {@code b} both name someone and name different people. */
    public static boolean different(Speaker a, Speaker b) {
        if (!named(a) || !named(b)) return false;
        return !same(a, b);
    }

    /**
     * Same entity id, or every word of the shorter name is a word of the longer one or starts one,
     * or is started by one ("Poutine" in "Vladimir Poutine", "Haïm Korsia" in the extractor's
     * "France Haïm Korsia martèle", "Yediot Aharonot" and "Yediot Aharonoth"; case and accents folded).
     */
    static boolean same(Speaker a, Speaker b) {
        if (notBlank(a.entityId()) && a.entityId().equals(b.entityId())) return true;
        if (!notBlank(a.canonical()) || !notBlank(b.canonical())) return false; // one known by id only, another id
        List<String> x = WordTokens.of(a.canonical()).words();
        List<String> y = WordTokens.of(b.canonical()).words();
        if (x.isEmpty() || y.isEmpty()) return false;
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        for (String w : shorter) {
            boolean found = false;
            for (String v : longer) {
                if (w.equals(v) || w.length() >= 3 && v.length() >= 3 && (v.startsWith(w) || w.startsWith(v))) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /** A display name: the canonical name, else the id. */
    static String name(Speaker s) {
        return notBlank(s.canonical()) ? s.canonical() : s.entityId();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
