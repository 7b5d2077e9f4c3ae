package org.vigie.server;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vigie.core.pipeline.Stage;
import org.vigie.core.read.ArticleReader;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.sites.SiteRatings;

/**
 * What the server serves and how it guards it.
 *
 * @param corpus       the store it reads (and writes on ingest)
 * @param pipeline     the analysis pipeline, built on first use (models are heavy)
 * @param readers      the reader for a posted page, by its content type ("text/html", "text/plain", ...)
 * @param ingestToken  the token that {@code POST /api/ingest} requires; null disables ingest
 * @param openReads    false: read endpoints require the token too
 * @param maxBodyBytes the largest request body accepted (413 above)
 * @param publicUrl    the address readers reach the server at (behind a proxy: "https://vigie.example.org"),
 *                     which feeds link to; null: the address each request was sent to (its Host header)
 * @param siteRatings  the source ratings a site profile shows ({@link SiteRatings#NONE}: none)
 */
public record ServerConfig(
        Corpus corpus,
        Supplier<? extends Stage> pipeline,
        Function<String, ArticleReader> readers,
        String ingestToken,
        boolean openReads,
        long maxBodyBytes,
        String publicUrl,
        SiteRatings siteRatings) {

    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public ServerConfig {
        siteRatings = siteRatings == null ? SiteRatings.NONE : siteRatings;
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(readers, "readers");
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
        if (!openReads && ingestToken == null) {
            throw new IllegalArgumentException("closed reads need a token");
        }
        if (publicUrl != null) publicUrl = new org.vigie.corpus.feed.FeedLinks(publicUrl, null).base(); // checked, no trailing slash
    }

    /** A server that links to the address each request was sent to and whose site profiles show no rating. */
    public ServerConfig(Corpus corpus, Supplier<? extends Stage> pipeline, Function<String, ArticleReader> readers,
                        String ingestToken, boolean openReads, long maxBodyBytes) {
        this(corpus, pipeline, readers, ingestToken, openReads, maxBodyBytes, null, SiteRatings.NONE);
    }
}
