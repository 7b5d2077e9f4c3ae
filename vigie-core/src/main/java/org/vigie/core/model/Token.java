package org.vigie.core.model;

/**
 * One token of the shared token layer. Offsets are UTF-16 units into the canonical text;
 * {@code ner} is the raw named-entity tag of the tagger ("O" when none), {@code lemma} and
 * {@code pos} are null when no stage computed them.
 */
public record Token(int start, int end, String word, String ner, String pos, String lemma) {

    public Token(int start, int end, String word) {
        this(start, end, word, "O", null, null);
    }
}
