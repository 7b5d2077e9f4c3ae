package org.vigie.corpus.timeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How many matching articles were published per interval, oldest first, every interval from the
 * first to the last present (those without a match count 0).
 *
 * @param total every article the query and filters match (as a search's total)
 * @param dated the matches counted in a bucket
 * @param undated matches without a usable date (not in any bucket)
 * @param outside matches with a date outside {@code from..to}: found by the date filter through a
 *     later publication, but counted at their earliest one, which the chart does not show
 * @param normalized whether the buckets carry the corpus counts and shares
 */
public record Timeline(
        String interval,
        long total,
        long dated,
        long undated,
        long outside,
        boolean normalized,
        List<TimelineBucket> buckets,
        @JsonProperty("took_ms") long tookMillis) {

    public Timeline {
        buckets = List.copyOf(buckets);
    }
}
