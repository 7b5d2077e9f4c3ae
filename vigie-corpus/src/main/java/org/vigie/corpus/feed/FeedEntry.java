package org.vigie.corpus.feed;

import java.time.Instant;
import java.util.List;

/**
 * One article as a feed lists it: what a feed reader shows, taken from the stored article.
 *
 * @param articleId the article's id (a hash of its text)
 * @param title     its headline
 * @param url       the page it was first published at (null when unknown)
 * @param published its earliest publication; null for an undated article, listed by when it was stored
 * @param updated   {@code published}, or the page's own modification time when later; for an undated
 *                  article the instant the corpus first stored it
 * @param language  ISO 639-1 code, or null
 * @param authors   byline authors of its earliest publication
 * @param summary   its standfirst, else its first sentences (null when it has no text beyond the headline)
 * @param site      the site that first published it, or null
 * @param signals   its signal kinds, each once, in the article's order
 * @param entities  the entities it names most often (at most {@value CorpusFeed#TOP_ENTITIES})
 */
public record FeedEntry(
        String articleId,
        String title,
        String url,
        Instant published,
        Instant updated,
        String language,
        List<String> authors,
        String summary,
        String site,
        List<String> signals,
        List<EntityRef> entities) {

    public FeedEntry {
        authors = List.copyOf(authors);
        signals = List.copyOf(signals);
        entities = List.copyOf(entities);
    }

    /** An entity named by the article: its id when resolved (else null) and its canonical name. */
    public record EntityRef(String entityId, String canonical) {
    }
}
