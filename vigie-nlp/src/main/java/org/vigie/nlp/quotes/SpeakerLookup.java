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

    /**
     * As {@link #speakerAt}, but only a person: a phrase headed by a role (« le chef de service de
     * l'hôpital Bichat ») names a person, never the organisation or place in its complement. A
     * lookup that knows no types answers as {@code speakerAt}.
     */
    default Optional<Speaker> personAt(int start, int end) {
        return speakerAt(start, end);
    }

    /**
     * True when the words [start, end) are, for this lookup, an organisation, a place or another
     * thing that is not a person (« la députée PCF »: « PCF » is the party): a mention of such an
     * entity that overlaps them and does not start before them (an organisation glued in front of a
     * person's name, « commission des Lois du Sénat Philippe Bas », says nothing of the name).
     */
    default boolean notAPerson(int start, int end) {
        return false;
    }

    /** The person whose mention ends last before {@code offset}, for pronouns when no one has spoken yet. */
    default Optional<Speaker> personBefore(int offset) {
        return Optional.empty();
    }

    /** The persons whose mentions end before {@code offset}, nearest first, each once (the first is {@link #personBefore}'s). */
    default java.util.List<Speaker> personsBefore(int offset) {
        return personBefore(offset).map(java.util.List::of).orElse(java.util.List.of());
    }
}
