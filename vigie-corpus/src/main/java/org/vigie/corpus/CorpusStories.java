package org.vigie.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.search.SearchResult;
import org.vigie.corpus.stories.Story;
import org.vigie.corpus.stories.StoryClusters;
import org.vigie.corpus.stories.StoryConfig;
import org.vigie.corpus.store.ArticleDocuments;

/**
 * The story clusters of one day, computed on demand from the stored articles: the articles dated
 * within the clustering window around the day (D ± {@link StoryConfig#windowDays()}) are fed to a
 * fresh {@link StoryClusters} in date order, and the stories that have articles on D are returned
 * with their members' titles and dates and the entities their members share. Stories are not
 * persisted yet: every call recomputes them (so they reflect the corpus as it is, and the ids are
 * those of each story's first article in the window, which a wider window could change).
 *
 * <p>Reprints of one text would form a story by themselves, so only one member per reprint family
 * (the earliest stored) takes part. At most {@link SearchRequest#MAX_WINDOW} articles of the window
 * are read (newest first); {@link Day#truncated()} says when more were there.
 */
public final class CorpusStories {

    private static final int PAGE = 100;

    /** One member of a story: enough to list it. */
    @JsonPropertyOrder({"id", "source_id", "title", "date", "site"})
    public record Member(String id, @JsonProperty("source_id") String sourceId, String title, String date, String site) {
    }

    /** An entity named by at least two members of a story (by entity id, else type and name). */
    @JsonPropertyOrder({"entity_id", "name", "type", "articles"})
    public record SharedEntity(@JsonProperty("entity_id") String entityId, String name, String type, int articles) {
    }

    /** A story with its members (all days of the window, by date) and shared entities (most shared first). */
    @JsonPropertyOrder({"story_id", "size", "terms", "days", "members", "shared_entities"})
    public record StoryView(@JsonProperty("story_id") String storyId, int size, List<String> terms,
                            List<String> days, List<Member> members,
                            @JsonProperty("shared_entities") List<SharedEntity> sharedEntities) {
    }

    /**
     * The stories of {@code date}.
     *
     * @param articles  articles of the window that were clustered (one per reprint family)
     * @param truncated true when the window held more articles than could be read
     */
    @JsonPropertyOrder({"date", "from", "to", "articles", "truncated", "persisted", "stories"})
    public record Day(String date, String from, String to, int articles, boolean truncated, boolean persisted,
                      List<StoryView> stories) {
    }

    private CorpusStories() {
    }

    /** Stories with articles on {@code date} and at least {@code minSize} members, largest first. */
    public static Day on(Corpus corpus, LocalDate date, int minSize) throws IOException {
        return on(corpus, date, minSize, StoryConfig.DEFAULT);
    }

    public static Day on(Corpus corpus, LocalDate date, int minSize, StoryConfig config) throws IOException {
        if (minSize < 1) throw new IllegalArgumentException("min size must be >= 1: " + minSize);
        LocalDate from = date.minusDays(config.windowDays());
        LocalDate to = date.plusDays(config.windowDays());
        List<Article> window = new ArrayList<>();
        long total = 0;
        for (int offset = 0; offset < SearchRequest.MAX_WINDOW; offset += PAGE) {
            SearchResult page = corpus.search(SearchRequest.builder("").from(from).to(to)
                    .sort(SearchRequest.Sort.DATE).offset(offset).size(PAGE).facetSize(0).build());
            for (SearchHit h : page.hits()) {
                // the date filter finds an article by any publication; a story takes it on its first
                corpus.get(h.id()).filter(a -> firstPublishedWithin(a, from, to)).ifPresent(window::add);
            }
            total = page.total();
            if (offset + PAGE >= total) break;
        }
        boolean truncated = total > SearchRequest.MAX_WINDOW;
        // Date order (then id, for a stable result): stories grow as the event did.
        window.sort(Comparator.comparing((Article a) -> dateOf(a)).thenComparing(Article::id));
        Set<String> families = new HashSet<>();
        List<Article> clustered = new ArrayList<>();
        for (Article a : window) {
            if (a.familyId() == null || families.add(a.familyId())) clustered.add(a);
        }
        StoryClusters clusters = new StoryClusters(config);
        Map<String, Article> byId = new HashMap<>();
        for (Article a : clustered) {
            clusters.add(a);
            byId.put(a.id(), a);
        }
        List<StoryView> stories = new ArrayList<>();
        for (Story s : clusters.storiesOn(date, minSize)) stories.add(view(s, byId));
        return new Day(date.toString(), from.toString(), to.toString(), clustered.size(), truncated, false,
                List.copyOf(stories));
    }

    private static StoryView view(Story s, Map<String, Article> byId) {
        List<Member> members = new ArrayList<>();
        Map<String, SharedEntity> entities = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> ids : s.days().values()) {
            for (String id : ids) {
                Article a = byId.get(id);
                members.add(new Member(a.id(), a.sourceId(), a.title(), a.metadata().date(), a.metadata().site()));
                Set<String> seen = new HashSet<>();
                for (Entity e : a.entities()) {
                    String key = e.entityId() != null ? e.entityId()
                            : e.type() + ":" + e.canonical().toLowerCase(Locale.ROOT);
                    if (!seen.add(key)) continue;
                    counts.merge(key, 1, Integer::sum);
                    entities.putIfAbsent(key, new SharedEntity(e.entityId(), e.canonical(), e.type().name(), 0));
                }
            }
        }
        List<SharedEntity> shared = new ArrayList<>();
        entities.forEach((key, e) -> {
            int n = counts.get(key);
            if (n >= 2) shared.add(new SharedEntity(e.entityId(), e.name(), e.type(), n));
        });
        shared.sort(Comparator.comparingInt(SharedEntity::articles).reversed().thenComparing(SharedEntity::name));
        return new StoryView(s.storyId(), s.size(), s.terms(), List.copyOf(s.days().keySet()), members, shared);
    }

    private static boolean firstPublishedWithin(Article a, LocalDate from, LocalDate to) {
        Long millis = ArticleDocuments.dateMillis(a.metadata().date());
        if (millis == null) return false;
        LocalDate day = java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static String dateOf(Article a) {
        String d = a.metadata().date();
        return d == null ? "" : d;
    }
}
