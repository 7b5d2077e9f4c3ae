package org.vigie.corpus.stories;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.SortedMap;

/**
 * A story: articles about one event, grouped by day ({@code days}: ISO day to article ids, in
 * ingestion order; undated articles under "undated"), the days linked by being one story.
 *
 * @param storyId  the id of the story's first article
 * @param terms    the story's heaviest stems, most weighty first (a label for listings)
 */
@JsonPropertyOrder({"story_id", "size", "terms", "days"})
public record Story(@JsonProperty("story_id") String storyId, int size, List<String> terms,
                    SortedMap<String, List<String>> days) {
}
