package org.vigie.corpus.sites;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One site in the list of sites ({@code vigie sites}).
 *
 * @param site             the site (a normalised host)
 * @param articles         the articles it published (of those selected): texts it published, a
 *                         verbatim copy on several sites counting for each
 * @param first            its earliest publication date among them (ISO day), null when none is dated
 * @param last             its latest
 * @param copied           of its articles, those whose text another site published first (the
 *                         earliest source of the text's reprint family, or the text's own earliest
 *                         page, is another site)
 * @param copiedShare      {@code copied / articles}
 * @param wireReprints     of its articles, those flagged {@code wire-reprint} (a copy of a listed wire
 *                         agency's or state medium's text)
 * @param wireReprintShare {@code wireReprints / articles}
 * @param rating           its source rating, when the ratings list has one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SiteSummary(String site, long articles, String first, String last, long copied,
        @JsonProperty("copied_share") double copiedShare, @JsonProperty("wire_reprints") long wireReprints,
        @JsonProperty("wire_reprint_share") double wireReprintShare, SiteRating rating) {
}
