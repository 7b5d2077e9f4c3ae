package org.vigie.corpus.sites;

import org.vigie.corpus.store.ArticleDocuments;

/**
 * A request for one site's profile.
 *
 * @param site   the site, as a host or URL ({@code https://www.Example.org/x} is {@code example.org})
 * @param top    how many source sites, copying sites and entities to list
 * @param sample at most this many of its copies are compared with their source (evenly spread over
 *               them): each comparison reads two stored articles and diffs them
 */
public record SiteRequest(String site, int top, int sample) {

    public static final int DEFAULT_TOP = 10;
    public static final int DEFAULT_SAMPLE = 500;
    public static final int MAX_TOP = 1_000;
    public static final int MAX_SAMPLE = 20_000;

    public SiteRequest {
        if (site == null || site.isBlank()) throw new IllegalArgumentException("site is empty");
        site = ArticleDocuments.normalizeSite(site.strip());
        if (top < 1 || top > MAX_TOP) throw new IllegalArgumentException("top must be between 1 and " + MAX_TOP + ": " + top);
        if (sample < 1 || sample > MAX_SAMPLE) {
            throw new IllegalArgumentException("sample must be between 1 and " + MAX_SAMPLE + ": " + sample);
        }
    }

    public static SiteRequest of(String site) {
        return new SiteRequest(site, DEFAULT_TOP, DEFAULT_SAMPLE);
    }
}
