package org.vigie.corpus.reprints;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A member of a reprint family as shown to users.
 *
 * @param id         the article id (content hash) of the JSON contract
 * @param sourceId   the input's own id (e.g. a JSONL {@code id}), the contract's {@code source_id}
 * @param date       publication date from metadata, or null
 * @param site       site name or host, or null
 * @param title      the member's headline
 * @param similarity exact shingle Jaccard with the family's source (1 for the source itself)
 * @param changes    differences from the source; empty for the source
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source_id", "date", "site", "title", "similarity", "changes"})
public record FamilyMember(String id, @JsonProperty("source_id") String sourceId, String date, String site,
                           String title, double similarity,
                           @JsonInclude(JsonInclude.Include.ALWAYS) List<Change> changes) {

    public FamilyMember {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
