package org.vigie.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.corpus.export.Export;
import org.vigie.corpus.export.ExportRequest;
import org.vigie.corpus.feed.CorpusFeed;
import org.vigie.corpus.feed.Feed;
import org.vigie.corpus.feed.FeedRequest;
import org.vigie.corpus.quotes.CorpusQuotes;
import org.vigie.corpus.quotes.QuoteRequest;
import org.vigie.corpus.quotes.QuoteTrail;
import org.vigie.corpus.quotes.QuoteTrailList;
import org.vigie.corpus.related.RelatedArticles;
import org.vigie.corpus.related.RelatedRequest;
import org.vigie.corpus.related.RelatedResult;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.search.CorpusSearch;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.search.SearchResult;
import org.vigie.corpus.sites.CorpusSites;
import org.vigie.corpus.sites.SiteCache;
import org.vigie.corpus.sites.SiteList;
import org.vigie.corpus.sites.SiteProfile;
import org.vigie.corpus.sites.SiteRatings;
import org.vigie.corpus.sites.SiteRequest;
import org.vigie.corpus.store.CorpusFormatException;
import org.vigie.corpus.store.CorpusSchema;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.corpus.store.DiskQuota;
import org.vigie.corpus.terms.CorpusTerms;
import org.vigie.corpus.terms.SignificantTerms;
import org.vigie.corpus.terms.TermsRequest;
import org.vigie.corpus.timeline.CorpusTimeline;
import org.vigie.corpus.timeline.Timeline;
import org.vigie.corpus.timeline.TimelineRequest;

/**
 * The corpus of analysed articles under a data folder ({@code --data DIR}): store, get, search.
 * The embedded Lucene index is the system of record (see {@link org.vigie.corpus.store} for the
 * layout and guarantees).
 *
 * <pre>{@code
 * try (Corpus corpus = Corpus.open(Path.of("vigie-data"))) {
 *     corpus.ingest(articles, Corpus.DEFAULT_BATCH, report -> log(report));
 *     SearchResult r = corpus.search(SearchRequest.builder("terroriste").site("sputniknews.com").build());
 * }
 * }</pre>
 *
 * Thread-safe: searches run concurrently with each other and with an ingest (they see the last
 * committed batch); ingests are serialised.
 */
public final class Corpus implements AutoCloseable {

    /** Articles per commit by default: big enough to amortise the fsync, small enough to lose little. */
    public static final int DEFAULT_BATCH = 500;

    private final CorpusStore store;
    /** Site lists and profiles of the latest commit: each reads every article of a site. */
    private final SiteCache siteCache = new SiteCache();

    /**
     * {@code article} as the corpus keeps it: without the token layer, which is not stored (the JSON
     * contract leaves it out) and, held by a batch of articles waiting for their commit, is most of
     * what every young collection has to copy.
     */
    public static Article storable(Article article) {
        return article.sentences().isEmpty() ? article : article.withSentences(List.of());
    }

    private Corpus(CorpusStore store) {
        this.store = store;
    }

    /**
     * Opens the corpus in {@code dataDir} for reading and writing, creating it when the folder is
     * absent or empty. Only one process may hold a corpus open for writing.
     *
     * @throws org.vigie.corpus.store.CorpusFormatException not a Vigie corpus, or a newer schema
     */
    public static Corpus open(Path dataDir) throws IOException {
        return new Corpus(CorpusStore.open(dataDir, false));
    }

    /**
     * {@link #open(Path)} with every write (index files, journal) drawing on {@code quota}: a
     * full disk reproduced without root, for tests and fault runs.
     */
    public static Corpus open(Path dataDir, DiskQuota quota) throws IOException {
        return new Corpus(CorpusStore.open(dataDir, false, quota));
    }

    /**
     * Checks the corpus in {@code dataDir} without changing it (and without the write lock): Lucene's
     * CheckIndex per segment, schema marker, journal, index against journal, reprint families.
     * {@link CorpusCheck#exitCode()} is non-zero when something is damaged.
     */
    public static CorpusCheck check(Path dataDir) throws IOException {
        return CorpusCheck.run(dataDir);
    }

    /**
     * Repairs the corpus in {@code dataDir} (no other process may have it open for writing): drops
     * corrupt segments, re-adds every committed article the journal holds and the index lacks,
     * journals what the journal lacks, rebuilds stale reprint families. Idempotent, and safe to
     * interrupt (run it again). See {@link CorpusRepair}.
     */
    public static CorpusRepair repair(Path dataDir) throws IOException {
        return CorpusRepair.run(dataDir);
    }

    /** Opens an existing corpus for searching only; it sees commits made meanwhile by a writer. */
    public static Corpus openReadOnly(Path dataDir) throws IOException {
        return new Corpus(CorpusStore.open(dataDir, true));
    }

    /**
     * Stores one batch atomically: after a crash, either every article of it is stored or none.
     * Idempotent by article id (a hash of the text): known ids stored identically are left alone.
     * A known text from another page keeps the stored publications: the earliest stays the
     * article's metadata, the others are its {@code also_published_at}
     * ({@link org.vigie.corpus.publications.Publications}).
     */
    public IngestReport ingest(Collection<Article> batch) throws IOException {
        long t0 = System.nanoTime();
        CorpusStore.BatchOutcome o = store.write(List.copyOf(batch));
        return new IngestReport(o.added(), o.updated(), o.unchanged(), o.commits(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Stores a stream of articles in batches of {@code batchSize}, each committed on its own;
     * {@code onCommit} (may be null) hears each batch's report. A crash loses at most the batch in
     * progress; running the same input again completes the corpus.
     */
    public IngestReport ingest(Iterator<Article> articles, int batchSize, Consumer<IngestReport> onCommit)
            throws IOException {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1: " + batchSize);
        IngestReport total = IngestReport.EMPTY;
        List<Article> batch = new ArrayList<>(batchSize);
        while (articles.hasNext()) {
            batch.add(articles.next());
            if (batch.size() == batchSize) {
                total = total.plus(flush(batch, onCommit));
            }
        }
        if (!batch.isEmpty()) total = total.plus(flush(batch, onCommit));
        return total;
    }

    private IngestReport flush(List<Article> batch, Consumer<IngestReport> onCommit) throws IOException {
        IngestReport r = ingest(batch);
        batch.clear();
        if (onCommit != null) onCommit.accept(r);
        return r;
    }

    /**
     * The latest committed view, acquired for a query (release it): refused on a corpus of an older
     * schema not yet migrated, whose index would answer by older rules ({@link CorpusSchema}).
     */
    private CorpusSearcher queryable() throws IOException {
        CorpusSearcher s = store.acquire();
        if (CorpusSchema.needsMigration(s.schemaVersion())) {
            store.release(s);
            throw new CorpusFormatException(CorpusSchema.migrationHint(store.dataDir(), s.schemaVersion()));
        }
        return s;
    }

    private interface ViewQuery<T> {
        T run(CorpusSearcher view) throws IOException;
    }

    /** {@code query} answered on the {@link #queryable} view, released after. */
    private <T> T onView(ViewQuery<T> query) throws IOException {
        CorpusSearcher s = queryable();
        try {
            return query.run(s);
        } finally {
            store.release(s);
        }
    }

    /**
     * Runs a search on the latest committed state.
     *
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema and was
     *         opened read-only, so it is not migrated yet ({@link CorpusSchema}): it would answer by
     *         older rules
     */
    public SearchResult search(SearchRequest request) throws IOException {
        return onView(s -> CorpusSearch.search(s, request));
    }

    /**
     * Counts the articles {@code request}'s query and filters match per interval, on the latest
     * committed view ({@link CorpusTimeline}).
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     * @throws IllegalArgumentException the chart would have more than {@link CorpusTimeline#MAX_INTERVALS} intervals
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema, as for {@link #search}
     */
    public Timeline timeline(TimelineRequest request) throws IOException {
        return onView(s -> CorpusTimeline.count(s, request));
    }

    /**
     * The words that stand out in the articles {@code request}'s query and filters match, against
     * the rest of the corpus, on the latest committed view ({@link CorpusTerms}).
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     * @throws IllegalArgumentException the query matches every stored article: nothing to compare with
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema, as for {@link #search}
     */
    public SignificantTerms terms(TermsRequest request) throws IOException {
        return onView(s -> CorpusTerms.of(s, request));
    }

    /**
     * Every site of the articles {@code filter}'s query and filters select, with its share of copied
     * and wire-reprinted articles, on the latest committed view ({@link CorpusSites#list}); kept
     * until the next commit ({@link SiteCache}), so asking again costs a lookup.
     *
     * @param families the corpus's reprint families ({@link CorpusReprints#families()}): each text's first site
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema, as for {@link #search}
     */
    public SiteList sites(SearchRequest filter, ReprintFamilies families, SiteRatings ratings) throws IOException {
        return onView(s -> siteCache.list(s.state().commit(), filter, families, ratings,
                () -> CorpusSites.list(s, families, filter, ratings)));
    }

    /**
     * One site's profile on the latest committed view ({@link CorpusSites#profile}); kept until the
     * next commit ({@link SiteCache}).
     *
     * @throws org.vigie.corpus.sites.UnknownSiteException no stored article was published by that site
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema, as for {@link #search}
     */
    public SiteProfile site(SiteRequest request, ReprintFamilies families, SiteRatings ratings) throws IOException {
        return onView(s -> siteCache.profile(s.state().commit(), request, families, ratings,
                () -> CorpusSites.profile(s, families, request, ratings)));
    }

    /**
     * The site list {@link #sites} would answer if it is kept for the latest commit, else null: a
     * server answers it without queueing behind heavy computations.
     */
    public SiteList keptSites(SearchRequest filter, ReprintFamilies families, SiteRatings ratings) throws IOException {
        return onView(s -> siteCache.keptList(s.state().commit(), filter, families, ratings));
    }

    /** The profile {@link #site} would answer if it is kept for the latest commit, else null. */
    public SiteProfile keptSite(SiteRequest request, ReprintFamilies families, SiteRatings ratings) throws IOException {
        return onView(s -> siteCache.keptProfile(s.state().commit(), request, families, ratings));
    }

    /**
     * The other articles about the same thing as the stored article {@code request} names, not its
     * copies, on the latest committed view ({@link RelatedArticles}); empty when no article has that id.
     *
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema, as for {@link #search}
     */
    public Optional<RelatedResult> related(RelatedRequest request) throws IOException {
        return onView(s -> RelatedArticles.find(s, request));
    }

    /**
     * The quotation trails with an appearance in the articles {@code request}'s filter selects, on
     * the latest committed view ({@link CorpusQuotes#list}).
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema, as for {@link #search}
     */
    public QuoteTrailList quotes(QuoteRequest request) throws IOException {
        return onView(s -> CorpusQuotes.list(s, request));
    }

    /**
     * The quotation trail of an appearance ({@code <article id>-<start of the quotation>}, the
     * trail's own id among them), on the latest committed view; empty when it is in none.
     */
    public Optional<QuoteTrail> quoteTrail(String ref) throws IOException {
        return onView(s -> CorpusQuotes.trail(s, ref));
    }

    /**
     * {@code a} with the {@code quote-altered} and {@code quote-reattributed} signals it gets against
     * the stored quotations ({@link CorpusQuotes#compare}); nothing is stored.
     */
    public Article compareQuotes(Article a) throws IOException {
        return onView(s -> CorpusQuotes.compare(s, a));
    }

    /**
     * Prepares an export of every article {@code request}'s query matches (see {@link Export}):
     * the query is parsed and the matches ordered now, on the latest committed view, which the
     * export holds until closed. Close it.
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema, as for {@link #search}
     */
    public Export export(ExportRequest request) throws IOException {
        CorpusSearcher s = queryable();
        try {
            return Export.prepare(s, request, () -> store.release(s));
        } catch (IOException | RuntimeException e) {
            store.release(s);
            throw e;
        }
    }

    /**
     * The committed state the next query would read: cheap (no query runs), for a poller to tell
     * whether anything changed since its last answer.
     */
    public CorpusState state() throws IOException {
        return onView(CorpusSearcher::state);
    }

    /**
     * The newest articles {@code request}'s query and filters match, for an Atom feed
     * ({@link CorpusFeed}), with the state of the view that answered.
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     * @throws org.vigie.corpus.store.CorpusFormatException the corpus has an older schema, as for {@link #search}
     */
    public Feed feed(FeedRequest request) throws IOException {
        return onView(s -> CorpusFeed.select(s, request));
    }

    /** The stored article with this id. */
    public Optional<Article> get(String id) throws IOException {
        String json = store.json(id);
        return json == null ? Optional.empty() : Optional.of(ArticleJson.fromJson(json));
    }

    /** The stored JSON of the article with this id, exactly as ingested. */
    public Optional<String> getJson(String id) throws IOException {
        return Optional.ofNullable(store.json(id));
    }

    /** Number of articles stored (in the latest commit). */
    public long count() throws IOException {
        return store.count();
    }

    /**
     * Calls {@code action} on every stored article of one consistent view (commits made during
     * the walk are not seen). Returns how many were visited.
     */
    public long forEach(Consumer<? super Article> action) throws IOException {
        try {
            return store.forEachJson(json -> action.accept(ArticleJson.fromJson(json)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Sees commits made by another process now, rather than within the next second. */
    public void refresh() throws IOException {
        store.refresh();
    }

    CorpusStore store() {
        return store;
    }

    public Path dataDir() {
        return store.dataDir();
    }

    public int schemaVersion() {
        return store.schemaVersion();
    }

    /**
     * What opening did to bring an older schema up to date ("migrated the index from corpus
     * schema 1 to 2: reindexed N articles ..."), or null when the corpus was current.
     */
    public String migration() {
        return store.migration();
    }

    /** Closes the corpus; nothing uncommitted exists outside a running {@link #ingest}. */
    @Override
    public void close() throws IOException {
        store.close();
    }
}
