package org.vigie.corpus.quotes;

import org.vigie.corpus.search.SearchRequest;

/**
 * A request for quotation trails.
 *
 * @param filter  the query and filters of {@code vigie search}: a trail is listed when one of its
 *                appearances is in an article they select; a {@code speaker} filter further keeps
 *                the trails attributed to that speaker (entity id or name)
 * @param top     how many trails to list
 * @param flagged only trails with an altered or reattributed appearance
 */
public record QuoteRequest(SearchRequest filter, int top, boolean flagged) {

    public static final int DEFAULT_TOP = 20;
    public static final int MAX_TOP = 1_000;

    public QuoteRequest {
        if (filter == null) throw new IllegalArgumentException("filter is null");
        if (top < 1 || top > MAX_TOP) throw new IllegalArgumentException("top must be between 1 and " + MAX_TOP + ": " + top);
    }
}
