package org.vigie.corpus.feed;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Signal;
import org.vigie.corpus.search.CorpusSearch;
import org.vigie.corpus.store.ArticleDocuments;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;

/**
 * Selects a feed's entries on one view of the corpus: the matches newest first by their
 * <em>feed time</em>, which is a dated article's earliest publication and an undated article's
 * ingest time (when the corpus first stored it: Atom gives every entry an {@code updated}
 * instant, and for a page that gives no date the moment Vigie saw it is the truest one); ties
 * go to the most recently indexed (documents are numbered in the order they were indexed, which
 * merges of non-adjacent segments may shuffle). Only {@code limit} stored articles are read: the
 * newest {@code limit} dated matches and the newest {@code limit} undated ones come from the index
 * (sorted on doc values), and the two lists are merged. Undated matches without an ingest time
 * (stored before Vigie kept one) are counted, not listed.
 */
public final class CorpusFeed {

    /** Entities listed per entry (as Atom categories): the article's most mentioned. */
    public static final int TOP_ENTITIES = 5;
    /** A summary made of the body's first sentences stops after the sentence that reaches this length. */
    static final int SUMMARY_CHARS = 280;
    /** ... and never runs past this many characters (a sentence longer is cut at a word). */
    static final int SUMMARY_MAX = 500;

    private static final Sort NEWEST = new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true),
            new SortField(null, SortField.Type.DOC, true));
    private static final Sort NEWEST_STORED = new Sort(new SortField(Fields.STORED_AT, SortField.Type.LONG, true),
            new SortField(null, SortField.Type.DOC, true));
    private static final Set<String> JSON_ONLY = Set.of(Fields.JSON);

    private CorpusFeed() {
    }

    /** A selected document and its feed time (epoch millis). */
    private record Pick(int doc, long millis) {
    }

    /**
     * The feed of {@code request} on {@code searcher}'s view.
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     */
    public static Feed select(CorpusSearcher searcher, FeedRequest request) throws IOException {
        Query matches = CorpusSearch.toQuery(searcher, request.search());
        Query dated = new BooleanQuery.Builder().add(matches, BooleanClause.Occur.MUST)
                .add(new FieldExistsQuery(Fields.DATE), BooleanClause.Occur.FILTER).build();
        Query undatedStored = new BooleanQuery.Builder().add(matches, BooleanClause.Occur.MUST)
                .add(new FieldExistsQuery(Fields.STORED_AT), BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(Fields.DATE), BooleanClause.Occur.MUST_NOT).build();
        long matched = searcher.count(matches);
        TopDocs byDate = searcher.search(dated, new TopFieldCollectorManager(NEWEST, request.limit(), null, Integer.MAX_VALUE));
        TopDocs byStored = searcher.search(undatedStored,
                new TopFieldCollectorManager(NEWEST_STORED, request.limit(), null, Integer.MAX_VALUE));
        List<Pick> picks = merge(byDate.scoreDocs, byStored.scoreDocs, request.limit());
        // read in document order (a stored block is decompressed once), list in feed order
        Integer[] byDoc = new Integer[picks.size()];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        Arrays.sort(byDoc, Comparator.comparingInt(i -> picks.get(i).doc()));
        Article[] articles = new Article[picks.size()];
        StoredFields stored = searcher.storedFields();
        for (int i : byDoc) articles[i] = ArticleJson.fromJson(stored.document(picks.get(i).doc(), JSON_ONLY).get(Fields.JSON));
        List<FeedEntry> entries = new ArrayList<>(articles.length);
        for (Article a : articles) {
            FeedEntry e = entry(a);
            if (e != null) entries.add(e);
        }
        long listable = byDate.totalHits.value + byStored.totalHits.value;
        return new Feed(request, matched, matched - listable, entries,
                entityNames(request.search().entities(), articles), searcher.state());
    }

    /** The newest {@code limit} of two lists each sorted newest first (feed time, then document, descending). */
    private static List<Pick> merge(ScoreDoc[] dated, ScoreDoc[] undated, int limit) {
        List<Pick> out = new ArrayList<>(Math.min(limit, dated.length + undated.length));
        int i = 0, j = 0;
        while (out.size() < limit && (i < dated.length || j < undated.length)) {
            Pick d = i < dated.length ? pick(dated[i]) : null;
            Pick u = j < undated.length ? pick(undated[j]) : null;
            boolean takeDated = u == null || (d != null && (d.millis() > u.millis() || (d.millis() == u.millis() && d.doc() > u.doc())));
            out.add(takeDated ? d : u);
            if (takeDated) i++;
            else j++;
        }
        return out;
    }

    private static Pick pick(ScoreDoc sd) {
        return new Pick(sd.doc, (Long) ((FieldDoc) sd).fields[0]);
    }

    /**
     * The entry of a stored article: by its earliest publication, or, undated, by the instant the
     * corpus first stored it (no {@code published} then); null when it has neither.
     */
    public static FeedEntry entry(Article a) {
        Long millis = ArticleDocuments.dateMillis(a.metadata().date());
        Instant published = millis == null ? null : Instant.ofEpochMilli(millis);
        Instant updated;
        if (published != null) {
            Long modified = ArticleDocuments.dateMillis(a.metadata().modified());
            updated = modified != null && modified > millis ? Instant.ofEpochMilli(modified) : published;
        } else {
            updated = a.storedInstant();
            if (updated == null) return null;
        }
        String url = a.metadata().url() != null ? a.metadata().url()
                : a.metadata().canonicalUrl() != null ? a.metadata().canonicalUrl()
                : a.origin() == null ? null : a.origin().url();
        Set<String> signals = new LinkedHashSet<>();
        for (Signal s : a.signals()) signals.add(s.kind());
        String summary = summary(a);
        // a page without a headline still needs a title a reader can list: its first words
        String title = !a.title().isBlank() ? a.title() : summary == null ? "(untitled)" : words(summary, 90);
        return new FeedEntry(a.id(), title, url, published, updated, a.language(), a.metadata().authors(),
                summary, ArticleDocuments.site(a), List.copyOf(signals), topEntities(a));
    }

    /** The article's most mentioned entities, ties by first mention. */
    static List<FeedEntry.EntityRef> topEntities(Article a) {
        List<Entity> es = new ArrayList<>(a.entities());
        es.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size())
                .thenComparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start()));
        List<FeedEntry.EntityRef> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Entity e : es) {
            if (out.size() == TOP_ENTITIES) break;
            if (e.canonical() == null || e.canonical().isBlank()) continue;
            if (seen.add(e.entityId() != null ? e.entityId() : e.canonical())) out.add(new FeedEntry.EntityRef(e.entityId(), e.canonical()));
        }
        return out;
    }

    /** The standfirst, else the body's first sentences (about {@value #SUMMARY_CHARS} characters); null without either. */
    static String summary(Article a) {
        if (a.standfirst() != null && !a.standfirst().isBlank()) return a.standfirst().strip();
        if (a.body() == null || a.body().isBlank()) return null;
        return firstSentences(a.body(), a.language());
    }

    static String firstSentences(String body, String language) {
        String text = body.length() > SUMMARY_MAX * 4 ? body.substring(0, SUMMARY_MAX * 4) : body;
        text = text.replaceAll("\\s+", " ").strip();
        BreakIterator sentences = BreakIterator.getSentenceInstance(language == null ? Locale.FRENCH : Locale.forLanguageTag(language));
        sentences.setText(text);
        int end = sentences.following(0);
        while (end != BreakIterator.DONE && end < SUMMARY_CHARS) {
            int next = sentences.next();
            if (next == BreakIterator.DONE || next > SUMMARY_MAX) break;
            end = next;
        }
        if (end == BreakIterator.DONE) end = text.length();
        if (end <= SUMMARY_MAX) return text.substring(0, end).strip();
        return words(text, SUMMARY_MAX);
    }

    /** {@code text} cut at a word to at most {@code max} characters, with an ellipsis when cut. */
    static String words(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).strip() + "…";
    }

        /** The canonical name of each entity filter, as the first listed article that names it has it. */
    private static Map<String, String> entityNames(List<String> filters, Article[] articles) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : filters) {
            for (Article a : articles) {
                String name = a.entities().stream().filter(e -> f.equals(e.entityId()) || f.equals(e.canonical()))
                        .map(Entity::canonical).findFirst().orElse(null);
                if (name != null) {
                    out.put(f, name);
                    break;
                }
            }
        }
        return out;
    }
}
