package org.vigie.corpus.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bar of a timeline: the matching articles whose earliest publication falls in
 * {@code start}..{@code end} (UTC days, both included): the whole day, week or month, except
 * that the first and last are cut at the request's {@code from} and {@code to}.
 *
 * @param label {@code 2016-10-09}, {@code 2016-W41} (ISO week) or {@code 2016-10}
 * @param corpus every stored article of the interval (by the same date), when normalized
 * @param share {@code count / corpus} (0 when the interval holds no article), when normalized
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineBucket(String label, String start, String end, long count, Long corpus, Double share) {
}
