package org.vigie.corpus.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits for a {@link SearchRequest}.
 *
 * @param total every matching article (exact), not just this page
 * @param facets per dimension (entity, speaker, site, language, signal), the most frequent
 *     values among all matching articles, most frequent first; empty when not requested
 * @param tookMillis time spent in the search, for display
 */
public record SearchResult(
        long total,
        int offset,
        List<SearchHit> hits,
        Map<String, List<FacetCount>> facets,
        @JsonProperty("took_ms") long tookMillis) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
}
