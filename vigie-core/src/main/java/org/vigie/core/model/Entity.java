package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One entity of an article: its canonical name, type, a corpus-wide id when resolved, and every
 * mention span that refers to it (names, aliases, role descriptions).
 */
@JsonPropertyOrder({"canonical", "type", "entity_id", "mentions"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
        String canonical,
        EntityType type,
        @JsonProperty("entity_id") String entityId,
        List<Span> mentions) {

    public Entity {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }

    public Entity withEntityId(String id) {
        return new Entity(canonical, type, id, mentions);
    }
}
