package org.vigie.corpus.timeline;

import java.util.Objects;
import org.vigie.corpus.search.SearchRequest;

/**
 * A timeline of the articles {@code search} matches (its query and filters; its sort, page and
 * facets are ignored), counted per {@code interval}.
 *
 * @param normalize also count every stored article per interval, so each bar has its share of
 *     the coverage (raw counts mostly follow how many articles were collected that day)
 */
public record TimelineRequest(SearchRequest search, Interval interval, boolean normalize) {

    public TimelineRequest {
        Objects.requireNonNull(search, "search");
        interval = interval == null ? Interval.DAY : interval;
    }
}
