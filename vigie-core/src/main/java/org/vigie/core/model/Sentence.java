package org.vigie.core.model;

import java.util.List;

/** A sentence of the shared token layer: its range in the canonical text and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
