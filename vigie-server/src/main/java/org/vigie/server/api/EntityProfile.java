package org.vigie.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;

/**
 * What the corpus says of one entity: mentions per day, quotes by it, quotes about it and the
 * entities named beside it. Built from at most {@link #MAX_ARTICLES} of its articles, newest first.
 */
public record EntityProfile(
        @JsonProperty("entity_id") String entityId,
        String canonical,
        String type,
        long articles,
        @JsonProperty("articles_scanned") int articlesScanned,
        List<DayCount> timeline,
        @JsonProperty("quotes_by") List<QuoteRef> quotesBy,
        @JsonProperty("quotes_about") List<QuoteRef> quotesAbout,
        List<CoEntity> cooccurring) {

    public static final int MAX_ARTICLES = 1000;

    public record DayCount(String day, int mentions) {
    }

    public record QuoteRef(@JsonProperty("article_id") String articleId, String title, String date, Quote quote) {
    }

    public record CoEntity(@JsonProperty("entity_id") String entityId, String canonical, String type, int articles) {
    }

    /** The profile, or null when no stored article names the entity. */
    public static EntityProfile of(Corpus corpus, String idOrName, int limit) throws IOException {
        var result = corpus.search(SearchRequest.builder("").entity(idOrName).sort(SearchRequest.Sort.DATE)
                .size(MAX_ARTICLES).facetSize(0).build());
        if (result.total() == 0) return null;
        String canonical = null;
        String type = null;
        String id = null;
        Map<String, Integer> perDay = new TreeMap<>();
        List<QuoteRef> by = new ArrayList<>();
        List<QuoteRef> about = new ArrayList<>();
        Map<String, CoEntity> co = new HashMap<>();
        for (SearchHit hit : result.hits()) {
            Article a = corpus.get(hit.id()).orElse(null);
            if (a == null) continue;
            Entity self = null;
            for (Entity e : a.entities()) {
                if (idOrName.equals(e.entityId()) || idOrName.equals(e.canonical())) self = e;
            }
            if (self == null) continue;
            canonical = canonical == null ? self.canonical() : canonical;
            type = type == null ? self.type().name() : type;
            id = id == null ? self.entityId() : id;
            String day = a.metadata().date() == null ? "undated" : a.metadata().date().substring(0, Math.min(10, a.metadata().date().length()));
            perDay.merge(day, self.mentions().size(), Integer::sum);
            for (Quote q : a.quotes()) {
                boolean isBy = q.speaker() != null && (idOrName.equals(q.speaker().entityId()) || idOrName.equals(q.speaker().canonical()));
                if (isBy) {
                    if (by.size() < limit) by.add(new QuoteRef(a.id(), a.title(), a.metadata().date(), q));
                } else if (mentions(self, q.text()) && about.size() < limit) {
                    about.add(new QuoteRef(a.id(), a.title(), a.metadata().date(), q));
                }
            }
            for (Entity e : a.entities()) {
                if (e == self) continue;
                String key = e.entityId() != null ? e.entityId() : e.type() + ":" + e.canonical();
                co.merge(key, new CoEntity(e.entityId(), e.canonical(), e.type().name(), 1),
                        (x, y) -> new CoEntity(x.entityId(), x.canonical(), x.type(), x.articles() + 1));
            }
        }
        if (canonical == null) return null;
        List<DayCount> timeline = new ArrayList<>();
        perDay.forEach((d, n) -> timeline.add(new DayCount(d, n)));
        List<CoEntity> coList = new ArrayList<>(co.values());
        coList.sort(Comparator.comparingInt(CoEntity::articles).reversed().thenComparing(CoEntity::canonical));
        return new EntityProfile(id, canonical, type, result.total(), result.hits().size(), timeline, by, about,
                coList.subList(0, Math.min(limit, coList.size())));
    }

    /** The lists (quotes by, quotes about, co-occurring) cut to one page; the timeline is whole. */
    public EntityProfile page(int offset, int limit) {
        return new EntityProfile(entityId, canonical, type, articles, articlesScanned, timeline,
                slice(quotesBy, offset, limit), slice(quotesAbout, offset, limit), slice(cooccurring, offset, limit));
    }

    private static <T> List<T> slice(List<T> l, int offset, int limit) {
        return l.subList(Math.min(offset, l.size()), Math.min(l.size(), offset + limit));
    }

    private static boolean mentions(Entity e, Span quote) {
        for (Span m : e.mentions()) if (quote.contains(m)) return true;
        return false;
    }

}
