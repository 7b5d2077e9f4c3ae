package org.vigie.corpus.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One article found: enough to list it (the whole article comes from {@code Corpus.get(id)}).
 *
 * @param score relevance (BM25); null when sorted by date
 * @param date the article's date as stored (ISO-8601), or null
 * @param snippet the best matching passage, or null when the article has no text to show
 */
@JsonPropertyOrder({"id", "source_id", "title", "score", "date", "site", "language", "snippet"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(
        String id,
        @JsonProperty("source_id") String sourceId,
        String title,
        Float score,
        String date,
        String site,
        String language,
        Snippet snippet) {
}
