package org.vigie.nlp.entities;

import org.vigie.core.model.EntityType;

/**
 * Outside knowledge of names (a gazetteer such as the registry's alias table): the type of a
 * well-known name, which overrides the tagger's guess ("Onu" is an organisation even where the
 * CRF says location).
 */
@FunctionalInterface
public interface KnownNames {

    KnownNames NONE = name -> null;

    /** The type of the well-known entity {@code name} denotes, or null when unknown. */
    EntityType typeOf(String name);
}
