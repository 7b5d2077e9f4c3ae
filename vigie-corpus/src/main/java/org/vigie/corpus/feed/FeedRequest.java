package org.vigie.corpus.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.corpus.search.SearchRequest;

/**
 * A feed: the query and filters of a search (its sort, page and facets play no part) and how many
 * of the newest matches it lists.
 *
 * @param search the query and filters, as {@link SearchRequest} reads them
 * @param limit  entries listed, 1 to {@value #MAX_LIMIT}
 */
public record FeedRequest(SearchRequest search, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    /** A feed reader shows the newest; 200 is the most any reader keeps from one fetch, and bounds the work of one. */
    public static final int MAX_LIMIT = 200;

    public FeedRequest {
        Objects.requireNonNull(search, "search");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    public static FeedRequest of(SearchRequest search) {
        return new FeedRequest(search, DEFAULT_LIMIT);
    }

    /**
     * The query and filters as name=value pairs in a fixed order (those of the search page's URL):
     * the same feed, however its URL was written, has the same pairs, hence the same feed id and ETag.
     */
    public List<String[]> params() {
        SearchRequest r = search;
        List<String[]> out = new ArrayList<>();
        if (!r.query().isBlank()) out.add(new String[] {"q", r.query().strip()});
        r.entities().forEach(v -> out.add(new String[] {"entity", v}));
        r.speakers().forEach(v -> out.add(new String[] {"speaker", v}));
        r.sites().forEach(v -> out.add(new String[] {"site", v}));
        r.languages().forEach(v -> out.add(new String[] {"language", v}));
        r.signals().forEach(v -> out.add(new String[] {"signal", v}));
        r.authors().forEach(v -> out.add(new String[] {"author", v}));
        r.countries().forEach(v -> out.add(new String[] {"country", v}));
        if (r.from() != null) out.add(new String[] {"from", r.from().toString()});
        if (r.to() != null) out.add(new String[] {"to", r.to().toString()});
        return out;
    }

    /** {@link #params} as one string: what names the feed (its id), whatever its limit. */
    public String key() {
        StringBuilder b = new StringBuilder();
        for (String[] p : params()) b.append(p[0]).append('=').append(p[1]).append('\u001f');
        return b.toString();
    }
}
