package org.vigie.nlp.quotes;

import java.util.Optional;
import org.vigie.core.model.Speaker;

/**
 * Where canonical speaker names come from: the words [start, end) of the article's text that
 * name a speaker map to a canonical name and entity id, or to nothing.
 */
@FunctionalInterface
public interface SpeakerLookup {

    Optional<Speaker> speakerAt(int start, int end);

    /** The person whose mention ends last before {@code offset}, for pronouns when no one has spoken yet. */
    default Optional<Speaker> personBefore(int offset) {
        return Optional.empty();
    }
}
