package org.vigie.corpus.terms;

import java.util.Objects;
import org.vigie.corpus.search.SearchRequest;

/**
 * The words that stand out in the articles {@code search} matches (its query and filters; its
 * sort, page and facets are ignored).
 *
 * @param top how many words to return
 * @param sample at most this many matching articles are read (evenly spread over the matches);
 *     the rest of the corpus is read from the index's document frequencies, whatever its size
 * @param minArticles a word must occur in at least this many of the articles read
 * @param against what the matches are compared with: that search's matches (less the matches
 *     themselves, read as a sample too), or the rest of the corpus when null
 */
public record TermsRequest(SearchRequest search, int top, int sample, int minArticles, SearchRequest against) {

    public static final int DEFAULT_TOP = 30;
    public static final int DEFAULT_SAMPLE = 2_000;
    public static final int DEFAULT_MIN_ARTICLES = 3;

    public TermsRequest {
        Objects.requireNonNull(search, "search");
        if (top < 1) throw new IllegalArgumentException("top must be at least 1, not " + top);
        if (sample < 1) throw new IllegalArgumentException("sample must be at least 1, not " + sample);
        if (minArticles < 1) throw new IllegalArgumentException("min articles must be at least 1, not " + minArticles);
    }

    /** Against the rest of the corpus. */
    public TermsRequest(SearchRequest search, int top, int sample, int minArticles) {
        this(search, top, sample, minArticles, null);
    }

    /** The defaults: 30 words, 2,000 articles read, a word in at least 3 of them, against the rest of the corpus. */
    public static TermsRequest of(SearchRequest search) {
        return new TermsRequest(search, DEFAULT_TOP, DEFAULT_SAMPLE, DEFAULT_MIN_ARTICLES);
    }

    /** These settings, the matches compared with those of {@code other} instead of the rest of the corpus. */
    public TermsRequest comparedWith(SearchRequest other) {
        return new TermsRequest(search, top, sample, minArticles, other);
    }
}
