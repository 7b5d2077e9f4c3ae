package org.vigie.corpus.stories;

import java.util.Map;

/**
 * How the text of one language becomes the terms of its story vectors: words with the
 * language's function words dropped and its inflections folded, so that two reports of one
 * event in different words share stems and two reports of different events share no grammar.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface TermAnalysis {

    /** Adds the terms of {@code text} from {@code from} (inclusive) to {@code to} (exclusive) to {@code tf}, each counted {@code weight} times. */
    void addTerms(String text, int from, int to, int weight, Map<String, Integer> tf);
}
