package org.vigie.nlp.signals.orthography;

import java.util.List;

/** A spelling and grammar checker for one language. Implementations must be thread-safe. */
public interface SpellChecker {

    /** Problems of {@code text}; an empty list when the checker has nothing to say. */
    List<Issue> check(String text);
}
