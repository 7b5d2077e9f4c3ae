package org.vigie.corpus.related;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One article related to the asked one.
 *
 * @param date its earliest publication date as stored (ISO), or null
 * @param score Lucene's score of the more-like-this query (comparable within one answer only)
 * @param similarity its score for the asked article's words as a share of the asked article's own (1: as
 *     much in common with it as the article has with itself; comparable across answers); the entity
 *     bonus, which ranks, is left out of it
 * @param when whether it was published before or after the asked article
 * @param sharedEntities the named entities both name, in the asked article's order
 */
@JsonPropertyOrder({"id", "title", "site", "date", "when", "score", "similarity", "shared_entities"})
public record RelatedArticle(String id, String title, String site, String date, When when, double score, double similarity,
                             @JsonProperty("shared_entities") List<SharedEntity> sharedEntities) {

    /** Its publication relative to the asked article's (earliest dates, to the millisecond). */
    public enum When {
        EARLIER, SAME_TIME, LATER,
        /** One of the two has no date. */
        UNDATED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        static When of(Long asked, Long other) {
            if (asked == null || other == null) return UNDATED;
            int c = Long.compare(other, asked);
            return c < 0 ? EARLIER : c > 0 ? LATER : SAME_TIME;
        }
    }
}
