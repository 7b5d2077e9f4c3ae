package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Who a quotation is attributed to: the canonical name and, when resolved, the entity id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Speaker(String canonical, @JsonProperty("entity_id") String entityId) {
}
