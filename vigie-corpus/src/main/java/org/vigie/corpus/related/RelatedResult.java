package org.vigie.corpus.related;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The related articles of one stored article, best first.
 *
 * @param from first day of the window (ISO), null when there is none (any date, or an undated article)
 * @param to last day of the window, null when there is none
 * @param terms the words the query asked for (as indexed: stems), most telling first: why these articles
 */
@JsonPropertyOrder({"id", "title", "date", "language", "from", "to", "terms", "related", "took_ms"})
public record RelatedResult(String id, String title, String date, String language, String from, String to,
                            List<String> terms, List<RelatedArticle> related,
                            @JsonProperty("took_ms") long tookMillis) {
}
