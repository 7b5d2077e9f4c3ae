package org.vigie.corpus.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vigie.corpus.CorpusState;

/**
 * The newest articles a {@link FeedRequest} matches, as one view of the corpus saw them.
 *
 * @param request     what was asked
 * @param matched     every article the query and filters match, dated or not
 * @param undated     those left out: without a publication date or an ingest time (stored before Vigie
 *                    kept one), so with no instant to list them by
 * @param entries     the newest matches by feed time (earliest publication, else ingest time; {@link
 *                    CorpusFeed}), newest first, at most {@code request.limit()}
 * @param entityNames the canonical name of each entity filter the listed articles name ("vladimir-putin" →
 *                    "Vladimir Poutine"), for the feed's title
 * @param state       the committed state of the view that answered
 */
public record Feed(FeedRequest request, long matched, long undated, List<FeedEntry> entries,
                   Map<String, String> entityNames, CorpusState state) {

    public Feed {
        entries = List.copyOf(entries);
        entityNames = Map.copyOf(entityNames);
    }

    /**
     * The feed's last change as Atom's feed-level {@code updated} has it: its newest entry's, or
     * for a feed without entries the commit the view reads.
     */
    public Instant updated() {
        Instant newest = null;
        for (FeedEntry e : entries) {
            if (newest == null || e.updated().isAfter(newest)) newest = e.updated();
        }
        return newest != null ? newest : state.committedAt();
    }
}
