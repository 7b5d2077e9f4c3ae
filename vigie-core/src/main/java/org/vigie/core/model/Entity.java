package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One entity of an article: its canonical name, type, a corpus-wide id when resolved, every
 * mention span that refers to it (names, aliases, role descriptions), and for a place resolved
 * with confidence where it is ({@link Place}: country, kind, coordinates of a city).
 */
@JsonPropertyOrder({"canonical", "type", "entity_id", "place", "mentions"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
        String canonical,
        EntityType type,
        @JsonProperty("entity_id") String entityId,
        List<Span> mentions,
        Place place) {

    public Entity {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }

    /** An entity whose place (if it is one) is not resolved. */
    public Entity(String canonical, EntityType type, String entityId, List<Span> mentions) {
        this(canonical, type, entityId, mentions, null);
    }

    public Entity withEntityId(String id) {
        return new Entity(canonical, type, id, mentions, place);
    }

    /** A copy that says where this place is (null: not resolved). */
    public Entity withPlace(Place p) {
        return new Entity(canonical, type, entityId, mentions, p);
    }
}
