package org.vigie.corpus.terms;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One named entity that stands out in a query's articles: as {@link SignificantTerm}, counted
 * across languages (an entity id is the same person in a French and an English article).
 *
 * @param name its canonical name most often given in the articles read
 * @param entityId its id (the term the {@code entity} filter takes), or its name when it has none
 * @param type PER, LOC, ORG or MISC, as most often typed
 */
public record SignificantEntity(String name, @JsonProperty("entity_id") String entityId, String type, long articles,
        double share, long rest, @JsonProperty("rest_share") double restShare, double score) {
}
