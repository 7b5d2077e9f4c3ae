package org.vigie.corpus.quotes;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The quotation trails of the articles a search selects.
 *
 * @param matched    the articles the query and filters select
 * @param quotes     the direct quotations of the corpus that were compared (long enough to tell)
 * @param total      the trails with an appearance in a selected article (before {@code top})
 * @param trails     the first {@code top} of them, most sites first, then most articles, then earliest
 * @param tookMillis time spent
 */
public record QuoteTrailList(long matched, long quotes, long total, List<QuoteTrail> trails,
                            @JsonProperty("took_ms") long tookMillis) {

    public QuoteTrailList {
        trails = List.copyOf(trails);
    }
}
