package org.vigie.corpus.reprints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigie.core.model.Article;

/**
 * Reprint families maintained incrementally: {@link #add(Article)} finds the article's LSH
 * candidates among everything added so far, verifies each by exact shingle similarity
 * ({@link ReprintConfig#accepts}), and joins the article to the families of the verified ones,
 * merging them when it bridges several; otherwise it starts a family of its own. Nothing is
 * ever recomputed: cost per article is one signature and its verified candidates.
 *
 * <p>Families are the connected components of the "verified reprint" graph, and LSH candidacy
 * and verification are both symmetric, so the final families do not depend on insertion order.
 * A family's id is the id of its first ingested member and never changes, except that a merge
 * keeps the older of the two ids.
 *
 * <p>The source of a family is its earliest known publication by {@link Precedence} (metadata
 * day, then rank in the {@link SourceRanking}, then time of day), then by ingestion order. An
 * article published at several places is entered by its earliest publication (its metadata).
 *
 * <p>Thread-safe: writes and reads are serialised; {@link #fingerprint} may run in parallel
 * outside the lock. Memory: ~1.5 KB per article (shingles + signature), no texts: views that
 * show diffs fetch texts through an {@link ArticleLookup}.
 */
public final class ReprintFamilies {

    /**
     * Outcome of {@link #add}. When {@code matched} is not empty, the links of every member of
     * {@code familyId} may have changed (new source, merged family): a store re-reads
     * {@link #links} for {@link #members} of that family.
     */
    public record Assignment(String articleId, String familyId, boolean added, List<String> matched,
                             List<String> mergedFamilies) {
    }

    /** The corpus links to set on an article ({@code Article.withCorpusLinks}). */
    public record Links(String reprintOf, String familyId) {
        static final Links NONE = new Links(null, null);
    }

    /** A family without its texts: for listings such as {@code vigie reprints --top N}. */
    public record Summary(String familyId, String sourceId, int size) {
    }

    /**
     * Per-article state; package-private for {@link ReprintStateFile}. The headline is kept (it is not
     * fingerprinted) so that a copy can be told it changed its source's headline.
     */
    record Entry(String id, String sourceId, String date, String site, int[] shingles, int[] signature,
                 long day, int rank, int secondOfDay, String title) {
    }

    private final ReprintConfig config;
    private final SourceRanking ranking;
    private final Fingerprinter fingerprinter;
    private final LshIndex lsh;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private int[] parent = new int[256];   // union-find; a root is its family's first ingested member
    private int[] nextMember = new int[256]; // members of a family as a chain from the root
    private int[] tail = new int[256];
    private int[] familySize = new int[256];
    private int families;
    private long candidatesChecked;
    private long pairsAccepted;
    /** Bumped by every change (an article added, refreshed or restored): what a cache of answers built on the families keys on. */
    private long changes;

    public ReprintFamilies(ReprintConfig config, SourceRanking ranking) {
        this.config = config;
        this.ranking = ranking;
        this.fingerprinter = new Fingerprinter(config);
        this.lsh = new LshIndex(config.bands(), config.rows());
    }

    public ReprintFamilies() {
        this(ReprintConfig.DEFAULT, SourceRanking.defaults());
    }

    /**
     * Families of stored articles, rebuilt by adding them in order (e.g. the store's ingestion
     * order, so that family ids come out as they were): the way back when no state file exists.
     */
    public static ReprintFamilies rebuild(Iterable<Article> articles, ReprintConfig config, SourceRanking ranking) {
        ReprintFamilies f = new ReprintFamilies(config, ranking);
        for (Article a : articles) f.add(a);
        return f;
    }

    public ReprintConfig config() {
        return config;
    }

    /** Computes what {@link #add(Article, Fingerprint)} needs; thread-safe, no lock. */
    public Fingerprint fingerprint(Article a) {
        return fingerprinter.fingerprint(a);
    }

    public Assignment add(Article a) {
        return add(a, fingerprint(a));
    }

    /** Adds an article (idempotent by id) and returns its family. */
    public synchronized Assignment add(Article a, Fingerprint fp) {
        Integer known = byId.get(a.id());
        if (known != null) return new Assignment(a.id(), familyIdOf(known), false, List.of(), List.of());
        int doc = entries.size();
        Entry e = entry(a, fp);
        List<String> matched = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int c : lsh.candidates(fp.signature())) {
            candidatesChecked++;
            if (config.accepts(fp.shingles(), entries.get(c).shingles())) {
                pairsAccepted++;
                matched.add(entries.get(c).id());
                int r = find(c);
                if (!roots.contains(r)) roots.add(r);
            }
        }
        append(e);
        changes++;
        lsh.add(doc, fp.signature());
        List<String> merged = new ArrayList<>();
        roots.sort(Comparator.naturalOrder());
        if (!roots.isEmpty()) {
            int oldest = roots.get(0);
            union(oldest, doc);
            for (int r : roots.subList(1, roots.size())) {
                merged.add(entries.get(r).id());
                union(oldest, r);
            }
        }
        return new Assignment(a.id(), familyIdOf(doc), true, matched, merged);
    }

    /**
     * Takes a known article's new date, site and headline (the same text stored again with other
     * metadata: a crawl that now has the page's URL or date); its family keeps its members, but its
     * source may change. The caller passes the article as it will be stored, its metadata being its
     * earliest publication ({@code publications.Publications#merge}), so a later copy of the same
     * text on another site does not move the entry. Returns whether anything changed; false for an
     * unknown article.
     */
    public synchronized boolean refresh(Article a) {
        Integer d = byId.get(a.id());
        if (d == null) return false;
        Entry e = entries.get(d);
        Entry now = entry(a, new Fingerprint(e.shingles(), e.signature()));
        if (Objects.equals(now.site(), e.site()) && Objects.equals(now.date(), e.date()) && now.title().equals(e.title())
                && Objects.equals(now.sourceId(), e.sourceId())) {
            return false;
        }
        entries.set(d, now);
        changes++;
        return true;
    }

    /** What the families keep of an article. */
    private Entry entry(Article a, Fingerprint fp) {
        String site = site(a);
        String date = a.metadata().date();
        long[] when = Precedence.parseDate(date);
        return new Entry(a.id(), a.sourceId(), date, site, fp.shingles(), fp.signature(), when[0], ranking.rank(site),
                (int) when[1], a.title() == null ? "" : a.title());
    }

    private void append(Entry e) {
        int doc = entries.size();
        if (doc == parent.length) {
            int n = doc * 2;
            parent = Arrays.copyOf(parent, n);
            nextMember = Arrays.copyOf(nextMember, n);
            tail = Arrays.copyOf(tail, n);
            familySize = Arrays.copyOf(familySize, n);
        }
        entries.add(e);
        byId.put(e.id(), doc);
        parent[doc] = doc;
        nextMember[doc] = -1;
        tail[doc] = doc;
        familySize[doc] = 1;
        families++;
    }

    /** Joins two families; the older root (smaller index) survives. Returns it. */
    int union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return ra;
        int keep = Math.min(ra, rb), gone = Math.max(ra, rb);
        parent[gone] = keep;
        nextMember[tail[keep]] = gone;
        tail[keep] = tail[gone];
        familySize[keep] += familySize[gone];
        families--;
        return keep;
    }

    private int find(int x) {
        int r = x;
        while (parent[r] != r) r = parent[r];
        while (parent[x] != r) {
            int n = parent[x];
            parent[x] = r;
            x = n;
        }
        return r;
    }

    private String familyIdOf(int doc) {
        return entries.get(find(doc)).id();
    }

    // ---- queries ---------------------------------------------------------------------------

    /** How many changes the families have seen: equal counts on the same object mean the same families. */
    public synchronized long changes() {
        return changes;
    }

    /** Number of articles added. */
    public synchronized int size() {
        return entries.size();
    }

    /** LSH candidate pairs verified so far, and how many of them were accepted as reprints. */
    public synchronized long[] verificationCounts() {
        return new long[]{candidatesChecked, pairsAccepted};
    }

    /** Number of families, singletons included. */
    public synchronized int familyCount() {
        return families;
    }

    public synchronized boolean contains(String articleId) {
        return byId.containsKey(articleId);
    }

    /** The family of an article (its own id when it has no copies), or empty when unknown. */
    public synchronized Optional<String> familyId(String articleId) {
        Integer d = byId.get(articleId);
        return d == null ? Optional.empty() : Optional.of(familyIdOf(d));
    }

    /** The members' article ids, source first then by precedence; empty for an unknown family. */
    public synchronized List<String> members(String familyId) {
        List<String> out = new ArrayList<>();
        for (int d : ordered(familyId)) out.add(entries.get(d).id());
        return out;
    }

    /** Article id of the family's earliest publication, or empty for an unknown family. */
    public synchronized Optional<String> sourceOf(String familyId) {
        int[] m = ordered(familyId);
        return m.length == 0 ? Optional.empty() : Optional.of(entries.get(m[0]).id());
    }

    /**
     * What to set on the article: {@code reprint_of} = the family's source when the article is a
     * copy of it, {@code family_id} when the article has at least one copy; both null otherwise.
     * Links change when later articles join, merge or predate the family: re-read them after adds.
     */
    public synchronized Links links(String articleId) {
        Integer d = byId.get(articleId);
        if (d == null) return Links.NONE;
        int root = find(d);
        if (familySize[root] < 2) return Links.NONE;
        int src = source(root);
        return new Links(src == d ? null : entries.get(src).id(), entries.get(root).id());
    }

    /**
     * The article with its {@code reprint_of} and {@code family_id} filled (story id kept) and its
     * {@link WireReprint} signal set as the family now stands.
     */
    public Article withLinks(Article a) {
        Links l = links(a.id());
        return WireReprint.mark(a.withCorpusLinks(l.reprintOf(), l.familyId(), a.storyId()), provenance(a.id()));
    }

    /**
     * Where an article's text comes from when its family's source is a wire agency or a state
     * medium of the ranking and the article is a copy of it from another site; null otherwise
     * (unknown article, no copies, the article is the source, or the source is not on the list).
     */
    public synchronized WireReprint.Provenance provenance(String articleId) {
        Integer d = byId.get(articleId);
        if (d == null) return null;
        int root = find(d);
        if (familySize[root] < 2) return null;
        Entry src = entries.get(source(root));
        Entry e = entries.get(d);
        if (src == e || src.rank() == SourceRanking.UNRANKED || src.rank() == e.rank()) return null;
        return new WireReprint.Provenance(src.id(), ranking.label(src.rank()), src.date(), src.title(), src.shingles(),
                config.shingleSize());
    }

    /**
     * Where an article's text comes from as if it were added now, without adding it: for pages read
     * outside the store (a page checked against a corpus). An article already added gets its
     * {@link #provenance(String)}. Otherwise its verified matches decide: the families they belong to,
     * joined with the article, have a source by the usual precedence; the article gets that source's
     * provenance when the source is a listed wire or state medium of another rank than its own.
     */
    public synchronized WireReprint.Provenance provenanceOf(Article a) {
        if (byId.containsKey(a.id())) return provenance(a.id());
        Fingerprint fp = fingerprint(a);
        int best = sourceIfAdded(a, fp);
        if (best < 0) return null;
        Entry src = entries.get(best);
        Entry e = entry(a, fp);
        if (src.rank() == SourceRanking.UNRANKED || src.rank() == e.rank()) return null;
        return new WireReprint.Provenance(src.id(), ranking.label(src.rank()), src.date(), src.title(), src.shingles(),
                config.shingleSize());
    }

    /**
     * The id of the article a page copies, from any site, as if the page were added now, without
     * adding it: for a stored page its {@code reprint_of}; otherwise the source of the families its
     * verified matches belong to, when that source precedes the page. Null when the page matches
     * nothing or would be the earliest itself.
     */
    public synchronized String sourceIdOf(Article a) {
        if (byId.containsKey(a.id())) return links(a.id()).reprintOf();
        int best = sourceIfAdded(a, fingerprint(a));
        return best < 0 ? null : entries.get(best).id();
    }

    /**
     * The entry the unstored article {@code a} would have as its source: the earliest source of the
     * families of its verified matches, when it precedes the article as it would be added (ingested
     * last); -1 otherwise.
     */
    private int sourceIfAdded(Article a, Fingerprint fp) {
        int best = -1;
        for (int c : lsh.candidates(fp.signature())) {
            if (!config.accepts(fp.shingles(), entries.get(c).shingles())) continue;
            int src = source(find(c));
            if (best < 0 || PRECEDENCE.compare(src, best) < 0) best = src;
        }
        if (best < 0) return -1;
        return precedence(entry(a, fp), entries.size(), entries.get(best), best) < 0 ? -1 : best;
    }

    /**
     * The source of every article in a family of at least two members, by article id (the source
     * maps to itself): one pass, each family ordered once, for views over the whole corpus.
     */
    public synchronized Map<String, String> sourceIds() {
        Map<String, String> out = new HashMap<>();
        int[] sourceOfRoot = new int[entries.size()];
        Arrays.fill(sourceOfRoot, -1);
        for (int d = 0; d < entries.size(); d++) {
            int root = find(d);
            if (familySize[root] < 2) continue;
            if (sourceOfRoot[root] < 0) sourceOfRoot[root] = source(root);
            out.put(entries.get(d).id(), entries.get(sourceOfRoot[root]).id());
        }
        return out;
    }

    /** Every article id with its family id: the partition, for evaluation and persistence checks. */
    public synchronized Map<String, String> assignments() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int d = 0; d < entries.size(); d++) out.put(entries.get(d).id(), familyIdOf(d));
        return out;
    }

    /** Families of at least {@code minSize} members, largest first (ties: oldest first). */
    public synchronized List<Summary> largest(int n, int minSize) {
        List<Summary> out = new ArrayList<>();
        for (int d = 0; d < entries.size(); d++) {
            if (parent[d] == d && familySize[d] >= minSize) {
                out.add(new Summary(entries.get(d).id(), entries.get(ordered(d)[0]).id(), familySize[d]));
            }
        }
        out.sort(Comparator.comparingInt(Summary::size).reversed());
        return n < out.size() ? new ArrayList<>(out.subList(0, n)) : out;
    }

    /** Ids of all families of at least {@code minSize} members, in ingestion order of their first member. */
    public synchronized List<String> familyIds(int minSize) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < entries.size(); d++) {
            if (parent[d] == d && familySize[d] >= minSize) out.add(entries.get(d).id());
        }
        return out;
    }

    /**
     * The full view of a family: members with similarity to the source and, when {@code lookup}
     * finds both texts, their changes. Empty for an unknown family id.
     */
    /** How many members of a family view get their changes computed (precedence order). */
    static final int MAX_DIFFED_MEMBERS = 50;

    public Optional<ReprintFamily> family(String familyId, ArticleLookup lookup) {
        List<Entry> members;
        synchronized (this) {
            int[] m = ordered(familyId);
            if (m.length == 0) return Optional.empty();
            members = new ArrayList<>();
            for (int d : m) members.add(entries.get(d));
        }
        Entry src = members.get(0);
        Article srcArticle = lookup == null ? null : lookup.find(src.id());
        List<FamilyMember> out = new ArrayList<>();
        for (Entry e : members) {
            // Changes for the first members only: a family of hundreds of copies would cost as many diffs.
            boolean diffed = out.size() < MAX_DIFFED_MEMBERS;
            Article a = lookup == null ? null : e == src ? srcArticle : lookup.find(e.id());
            List<Change> changes = diffed && a != null && srcArticle != null ? ReprintDiff.diff(srcArticle, a) : List.of();
            double sim = e == src ? 1.0 : ShingleSets.jaccard(src.shingles(), e.shingles());
            out.add(new FamilyMember(e.id(), e.sourceId(), e.date(), e.site(), a == null ? null : a.title(),
                    Math.round(sim * 1000) / 1000.0, changes));
        }
        return Optional.of(new ReprintFamily(familyId, src.id(), out));
    }

    /** The family view of the family holding {@code articleId}. */
    public Optional<ReprintFamily> familyOf(String articleId, ArticleLookup lookup) {
        Optional<String> f = familyId(articleId);
        return f.isEmpty() ? Optional.empty() : family(f.get(), lookup);
    }

    private int[] ordered(String familyId) {
        Integer d = byId.get(familyId);
        if (d == null || find(d) != d) return new int[0];
        return ordered(d);
    }

    /** The source of the family rooted at {@code root}: its first member in precedence order, in one pass. */
    private int source(int root) {
        int best = root;
        for (int d = nextMember[root]; d >= 0; d = nextMember[d]) {
            if (PRECEDENCE.compare(d, best) < 0) best = d;
        }
        return best;
    }

    /** Members of the family rooted at {@code root}, in precedence order (source first). */
    private int[] ordered(int root) {
        int[] m = new int[familySize[root]];
        int n = 0;
        for (int d = root; d >= 0; d = nextMember[d]) m[n++] = d;
        Integer[] boxed = Arrays.stream(m).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, PRECEDENCE);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private final Comparator<Integer> PRECEDENCE = (x, y) -> precedence(entries.get(x), x, entries.get(y), y);

    /** Which of two entries (at ingestion indexes ix, iy) published first: {@link Precedence}, then ingestion. */
    private static int precedence(Entry x, int ix, Entry y, int iy) {
        int c = Precedence.compare(x.day(), x.rank(), x.secondOfDay(), y.day(), y.rank(), y.secondOfDay());
        return c != 0 ? c : Integer.compare(ix, iy);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The site of an article: metadata site, else the host of its URL (or of its origin's). */
    static String site(Article a) {
        String url = a.metadata().url() != null ? a.metadata().url() : a.origin() != null ? a.origin().url() : null;
        return Precedence.site(a.metadata().site(), url);
    }

    // ---- persistence support (ReprintStateFile) -------------------------------------------------

    synchronized List<Entry> entriesSnapshot() {
        return List.copyOf(entries);
    }

    synchronized int[] rootsSnapshot() {
        int[] r = new int[entries.size()];
        for (int d = 0; d < r.length; d++) r[d] = find(d);
        return r;
    }

    /** The wire/state-media ranking that decides same-day sources. */
    public SourceRanking ranking() {
        return ranking;
    }

    /** Re-adds a persisted entry with its known family root (no re-verification). */
    synchronized void restore(Entry e, int root) {
        int doc = entries.size();
        if (root > doc) throw new IllegalStateException("entry " + doc + " refers to later root " + root);
        Entry ranked = new Entry(e.id(), e.sourceId(), e.date(), e.site(), e.shingles(), e.signature(),
                e.day(), ranking.rank(e.site()), e.secondOfDay(), e.title());
        append(ranked);
        changes++;
        lsh.add(doc, e.signature());
        if (root != doc) union(root, doc);
    }
}
