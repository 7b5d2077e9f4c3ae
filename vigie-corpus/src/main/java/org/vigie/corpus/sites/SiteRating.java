package org.vigie.corpus.sites;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A public rating of a site, as a source-ratings list gives it (state-affiliated outlet, rated
 * unreliable by a fact-checker), with the authority behind it.
 *
 * @param rating    the rating in English
 * @param ratingFr  the rating in French
 * @param authority who published it
 * @param score     how much attention it asks for, in [0, 1]
 */
public record SiteRating(String rating, @JsonProperty("rating_fr") String ratingFr, String authority, double score) {
}
