package org.vigie.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Something in a page that deserves a reader's attention, never a verdict: a kind
 * ("loaded-label", "copied-wire-marker", ...), a score in [0, 1], the words that triggered it and
 * one sentence saying why, in the article's language.
 */
public record Signal(String kind, double score, List<Span> evidence, String explanation) {

    public Signal {
        Objects.requireNonNull(kind, "kind");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("signal score must be in [0, 1]: " + score);
        }
        evidence = List.copyOf(evidence);
    }
}
