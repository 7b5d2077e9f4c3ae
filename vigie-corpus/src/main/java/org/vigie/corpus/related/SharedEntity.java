package org.vigie.corpus.related;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A named entity both articles name: by its id when resolved, else by type and canonical name.
 *
 * @param entityId its id, or null when it has none
 * @param name its canonical name in the related article
 * @param type PER, LOC, ORG or MISC
 */
@JsonPropertyOrder({"entity_id", "name", "type"})
public record SharedEntity(@JsonProperty("entity_id") String entityId, String name, String type) {
}
