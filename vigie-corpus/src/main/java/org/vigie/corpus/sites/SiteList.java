package org.vigie.corpus.sites;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Every site of the articles a search selects (all stored articles without a query or filter).
 *
 * @param matched    the articles selected
 * @param corpus     the articles stored
 * @param sites      one entry per site, most articles first (then by name)
 * @param tookMillis time spent
 */
public record SiteList(long matched, long corpus, List<SiteSummary> sites, @JsonProperty("took_ms") long tookMillis) {

    public SiteList {
        sites = List.copyOf(sites);
    }
}
