package org.vigie.nlp.entities;

import org.vigie.core.model.EntityType;

/**
 * A candidate mention while entities are being built: tokens [{@code from}, {@code to}) of
 * sentence {@code sentence}, their character range, the tagger's type and what produced it.
 *
 * @param gender 'm' or 'f' when an honorific before the name says so, else 0
 */
record Mention(int sentence, int from, int to, int start, int end, String text, EntityType type,
               Kind kind, char gender) {

    enum Kind {
        /** a name found by the tagger (cleaned) */
        NAME,
        /** an acronym given in parentheses after its expansion */
        ACRONYM,
        /** a designation like "Su-24" the tagger misses */
        DESIGNATOR,
        /** an untagged repeat of a name found elsewhere in the article */
        REPEAT,
        /** a role description the text ties to a person ("le président russe") */
        ROLE
    }

    boolean overlaps(Mention o) {
        return start < o.end && o.start < end;
    }
}
