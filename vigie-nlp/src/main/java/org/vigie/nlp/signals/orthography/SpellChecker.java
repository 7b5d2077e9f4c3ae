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
}
