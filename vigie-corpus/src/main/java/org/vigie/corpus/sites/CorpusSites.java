package org.vigie.corpus.sites;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.Change;
import org.vigie.corpus.reprints.ReprintDiff;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.SourceRanking;
import org.vigie.corpus.search.CorpusSearch;
import org.vigie.corpus.search.MatchingDocs;
import org.vigie.corpus.search.FacetCount;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;
import org.vigie.corpus.timeline.CorpusTimeline;
import org.vigie.corpus.timeline.Interval;
import org.vigie.corpus.timeline.Timeline;
import org.vigie.corpus.timeline.TimelineRequest;

/**
 * Outlet profiles: the sites of a corpus ({@link #list}) and one site's profile ({@link #profile}),
 * from one {@link SiteTable} pass over the view and the reprint families. Stateless.
 *
 * <p>A site "copied" an article when the text's first publication is another site's: the earliest
 * source of its reprint family ({@link ReprintFamilies}, by date then wire/state-media rank), or,
 * for a text without copies in other words, its own earliest page (the same text on several pages is
 * one article, {@code also_published_at}). What a copy changed is the reprint diff of its text
 * against the family source's; a verbatim copy changed nothing.
 */
public final class CorpusSites {

    /** How many stored site names an unknown site's error suggests. */
    static final int CLOSE_NAMES = 5;

    private CorpusSites() {
    }

    /**
     * Every site of the articles {@code filter} selects (its query and filters; its sort, page and
     * facets ignored), most articles first.
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     */
    public static SiteList list(CorpusSearcher searcher, ReprintFamilies families, SearchRequest filter, SiteRatings ratings)
            throws IOException {
        long t0 = System.nanoTime();
        SiteTable t = SiteTable.read(searcher, families);
        FixedBitSet selected = MatchingDocs.of(searcher, CorpusSearch.toQuery(searcher, filter));
        int n = t.siteCount();
        long[] articles = new long[n];
        long[] copied = new long[n];
        long[] wire = new long[n];
        long[] first = new long[n];
        long[] last = new long[n];
        java.util.Arrays.fill(first, Long.MAX_VALUE);
        java.util.Arrays.fill(last, Long.MIN_VALUE);
        long matched = 0;
        for (int row = 0; row < t.rows(); row++) {
            if (!selected.get(t.doc(row))) continue;
            matched++;
            int[] s = t.sites(row);
            for (int k = 0; k < s.length; k++) {
                int o = s[k];
                articles[o]++;
                if (t.copiedFrom(row, o) >= 0) copied[o]++;
                if (t.wire(row)) wire[o]++;
                long day = t.day(row, k);
                if (day != SiteTable.UNDATED) {
                    first[o] = Math.min(first[o], day);
                    last[o] = Math.max(last[o], day);
                }
            }
        }
        List<SiteSummary> out = new ArrayList<>();
        SiteRatings r = ratings == null ? SiteRatings.NONE : ratings;
        for (int o = 0; o < n; o++) {
            if (articles[o] == 0) continue;
            String name = t.name(o);
            out.add(new SiteSummary(name, articles[o], iso(first[o]), iso(last[o]), copied[o], share(copied[o], articles[o]),
                    wire[o], share(wire[o], articles[o]), r.of(name)));
        }
        out.sort(Comparator.comparingLong(SiteSummary::articles).reversed().thenComparing(SiteSummary::site));
        return new SiteList(matched, searcher.getIndexReader().numDocs(), out, millisSince(t0));
    }

    /**
     * The profile of the site {@code request} names.
     *
     * @throws UnknownSiteException no stored article was published by that site
     */
    public static SiteProfile profile(CorpusSearcher searcher, ReprintFamilies families, SiteRequest request,
            SiteRatings ratings) throws IOException {
        long t0 = System.nanoTime();
        SiteTable t = SiteTable.read(searcher, families);
        int s = t.ordinalOf(request.site());
        if (s < 0) {
            throw new UnknownSiteException(request.site(), CloseNames.of(request.site(), t.names(), CLOSE_NAMES), t.siteCount());
        }
        long articles = 0;
        long wire = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long[] fromSite = new long[t.siteCount()];
        long[] copiers = new long[t.siteCount()];
        List<Integer> copies = new ArrayList<>();
        Map<Integer, List<Long>> delays = new HashMap<>();
        Set<Integer> textsCopied = new HashSet<>();
        for (int row = 0; row < t.rows(); row++) {
            int[] sites = t.sites(row);
            int k = indexOf(sites, s);
            if (k >= 0) {
                articles++;
                if (t.wire(row)) wire++;
                long day = t.day(row, k);
                if (day != SiteTable.UNDATED) {
                    first = Math.min(first, day);
                    last = Math.max(last, day);
                }
                int from = t.copiedFrom(row, s);
                if (from >= 0) {
                    fromSite[from]++;
                    copies.add(row);
                    long firstDay = t.firstDay(row);
                    if (day != SiteTable.UNDATED && firstDay != SiteTable.UNDATED) {
                        delays.computeIfAbsent(from, x -> new ArrayList<>()).add(day - firstDay);
                    }
                }
            }
            if (t.firstSite(row) == s) {
                boolean other = false;
                for (int o : sites) {
                    if (o != s) {
                        copiers[o]++;
                        other = true;
                    }
                }
                if (other) textsCopied.add(t.source(row));
            }
        }
        SourceRanking ranking = families == null ? SourceRanking.defaults() : families.ranking();
        List<SiteProfile.SourceSite> sources = new ArrayList<>();
        List<SiteProfile.Copier> copiedBy = new ArrayList<>();
        for (int o = 0; o < t.siteCount(); o++) {
            if (fromSite[o] > 0) {
                int rank = ranking.rank(t.name(o));
                boolean listed = rank != SourceRanking.UNRANKED;
                sources.add(new SiteProfile.SourceSite(t.name(o), fromSite[o], share(fromSite[o], copies.size()),
                        listed ? ranking.label(rank) : null, listed ? rank : null, median(delays.get(o))));
            }
            if (copiers[o] > 0) copiedBy.add(new SiteProfile.Copier(t.name(o), copiers[o]));
        }
        sources.sort(Comparator.comparingLong(SiteProfile.SourceSite::copies).reversed().thenComparing(SiteProfile.SourceSite::site));
        copiedBy.sort(Comparator.comparingLong(SiteProfile.Copier::copies).reversed().thenComparing(SiteProfile.Copier::site));
        String site = request.site();
        long corpus = searcher.getIndexReader().numDocs();
        return new SiteProfile(site, articles, iso(first), iso(last), (ratings == null ? SiteRatings.NONE : ratings).of(site),
                months(searcher, site), copies.size(), share(copies.size(), articles), wire, share(wire, articles),
                top(sources, request.top()), changes(searcher, t, copies, request.sample()), textsCopied.size(),
                top(copiedBy, request.top()), signals(searcher, site, articles, corpus), entities(searcher, site, articles, request.top()),
                corpus, millisSince(t0));
    }

    /** The copies' changes against their sources, for at most {@code sample} of them evenly spread. */
    private static SiteProfile.CopyChanges changes(CorpusSearcher searcher, SiteTable t, List<Integer> copies, int sample)
            throws IOException {
        int read = Math.min(sample, copies.size());
        Map<Change.Kind, Long> counts = new EnumMap<>(Change.Kind.class);
        Map<Integer, Article> sources = new HashMap<>();
        long unchanged = 0;
        for (int i = 0; i < read; i++) {
            int row = copies.get((int) ((long) i * copies.size() / read));
            int src = t.source(row);
            if (src == row) { // the same text as its first page: a verbatim copy
                unchanged++;
                continue;
            }
            Article source = sources.get(src);
            if (source == null) {
                source = article(searcher, t.doc(src));
                if (sources.size() > 1_000) sources.clear();
                sources.put(src, source);
            }
            Set<Change.Kind> kinds = kinds(ReprintDiff.diff(source, article(searcher, t.doc(row))));
            if (kinds.isEmpty()) unchanged++;
            for (Change.Kind k : kinds) counts.merge(k, 1L, Long::sum);
        }
        List<SiteProfile.ChangeRate> rates = new ArrayList<>();
        for (Change.Kind k : Change.Kind.values()) {
            long c = counts.getOrDefault(k, 0L);
            rates.add(new SiteProfile.ChangeRate(k, c, share(c, read)));
        }
        return new SiteProfile.CopyChanges(copies.size(), read, unchanged, rates);
    }

    private static Set<Change.Kind> kinds(List<Change> changes) {
        Set<Change.Kind> out = java.util.EnumSet.noneOf(Change.Kind.class);
        for (Change c : changes) out.add(c.kind());
        return out;
    }

    private static Article article(CorpusSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc, Set.of(Fields.JSON));
        return ArticleJson.fromJson(d.get(Fields.JSON));
    }

    /** Per signal kind stored, the site's articles carrying it and the rest of the corpus's; highest share first. */
    private static List<SiteProfile.SignalRate> signals(CorpusSearcher searcher, String site, long articles, long corpus)
            throws IOException {
        List<SiteProfile.SignalRate> out = new ArrayList<>();
        Terms kinds = MultiTerms.getTerms(searcher.getIndexReader(), Fields.SIGNAL);
        if (kinds == null) return out;
        TermQuery ofSite = new TermQuery(new Term(Fields.SITE, site));
        TermsEnum te = kinds.iterator();
        for (BytesRef k = te.next(); k != null; k = te.next()) {
            TermQuery kind = new TermQuery(new Term(Fields.SIGNAL, BytesRef.deepCopyOf(k)));
            long all = searcher.count(kind);
            if (all == 0) continue; // only in deleted documents
            long mine = searcher.count(new BooleanQuery.Builder().add(ofSite, BooleanClause.Occur.FILTER)
                    .add(kind, BooleanClause.Occur.FILTER).build());
            long others = corpus - articles;
            out.add(new SiteProfile.SignalRate(k.utf8ToString(), mine, share(mine, articles), all - mine, share(all - mine, others)));
        }
        out.sort(Comparator.comparingDouble(SiteProfile.SignalRate::share).reversed().thenComparing(SiteProfile.SignalRate::kind));
        return out;
    }

    private static List<SiteProfile.NamedEntity> entities(CorpusSearcher searcher, String site, long articles, int top)
            throws IOException {
        SearchRequest r = SearchRequest.builder("").site(site).size(0).facetSize(top).build();
        List<SiteProfile.NamedEntity> out = new ArrayList<>();
        for (FacetCount c : CorpusSearch.search(searcher, r).facets().getOrDefault(Fields.FACET_ENTITY, List.of())) {
            out.add(new SiteProfile.NamedEntity(c.label(), c.value(), c.count(), share(c.count(), articles)));
        }
        return out;
    }

    /** Its articles per month, or null when their dates span more months than a timeline draws. */
    private static Timeline months(CorpusSearcher searcher, String site) throws IOException {
        try {
            return CorpusTimeline.count(searcher, new TimelineRequest(SearchRequest.builder("").site(site).facetSize(0).build(),
                    Interval.MONTH, false));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The median of {@code xs} (the lower of the two middle values), null when there is none. */
    static Long median(List<Long> xs) {
        if (xs == null || xs.isEmpty()) return null;
        List<Long> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static <T> List<T> top(List<T> xs, int n) {
        return xs.size() <= n ? xs : new ArrayList<>(xs.subList(0, n));
    }

    private static int indexOf(int[] xs, int x) {
        for (int i = 0; i < xs.length; i++) if (xs[i] == x) return i;
        return -1;
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    private static String iso(long day) {
        return day == Long.MAX_VALUE || day == Long.MIN_VALUE || day == SiteTable.UNDATED ? null : LocalDate.ofEpochDay(day).toString();
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
