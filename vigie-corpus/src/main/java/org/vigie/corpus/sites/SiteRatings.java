package org.vigie.corpus.sites;

/**
 * Where a site's rating comes from: a seam, so that the corpus does not depend on the analysis
 * module that owns the ratings list ({@code vigie-nlp}'s {@code SourceRatings}, the list the
 * {@code source-context} signal reads); the command line and the server pass an adapter.
 */
@FunctionalInterface
public interface SiteRatings {

    /** No list: every site unrated. */
    SiteRatings NONE = site -> null;

    /** The rating of {@code site} (a normalised host: {@code fr.sputniknews.com}), or null when the list has none. */
    SiteRating of(String site);
}
