package org.vigie.corpus.reprints;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A family of copies of one text.
 *
 * @param familyId the family's stable id (the id of its first ingested member)
 * @param sourceId article id of the earliest known publication (the family's source)
 * @param members  the source first, then the others from earliest to latest
 */
@JsonPropertyOrder({"family_id", "source_id", "members"})
public record ReprintFamily(@JsonProperty("family_id") String familyId, @JsonProperty("source_id") String sourceId,
                            List<FamilyMember> members) {

    public ReprintFamily {
        members = List.copyOf(members);
    }

    public int size() {
        return members.size();
    }
}
