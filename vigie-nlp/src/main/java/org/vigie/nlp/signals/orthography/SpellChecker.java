package org.vigie.nlp.signals.orthography;

import java.util.List;

/** A spelling and grammar checker for one language. Implementations must be thread-safe. */
public interface SpellChecker {

    /** Problems of {@code text}; an empty list when the checker has nothing to say. */
    List<Issue> check(String text);

    /**
     * Whether the checker's dictionary lacks {@code word}: a look-up, far cheaper than
     * {@link #check}, that lets a caller skip checks that cannot matter. The default cannot
     * tell, so it says yes (callers then always check).
     */
    default boolean isUnknown(String word) {
        return true;
    }

    /**
     * What {@link #check} reports other than dictionary misses (grammar, confusions such as
     * "coté"), where the checker can skip its dictionary pass for less; a caller that already
     * knows the misses from {@link #isUnknown} can bound the full check's result with it. The
     * default runs the full check (a superset, so bounds stay bounds).
     */
    default List<Issue> checkWithoutSpelling(String text) {
        return check(text);
    }
}
