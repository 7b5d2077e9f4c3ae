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

    /** Whether {@code a} and {@code b} are both attributed and name different people. */
    public static boolean different(Speaker a, Speaker b) {
        if (!attributed(a) || !attributed(b)) return false;
        return !same(a, b);
    }

    static boolean same(Speaker a, Speaker b) {
        if (notBlank(a.entityId()) && a.entityId().equals(b.entityId())) return true;
        if (!notBlank(a.canonical()) || !notBlank(b.canonical())) return false; // one known by id only, another id
        List<String> x = WordTokens.of(a.canonical()).words();
        List<String> y = WordTokens.of(b.canonical()).words();
        if (x.isEmpty() || y.isEmpty()) return false;
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** A display name: the canonical name, else the id. */
    static String name(Speaker s) {
        return notBlank(s.canonical()) ? s.canonical() : s.entityId();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
