package org.vigie.corpus.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.core.model.Publication;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.reprints.Precedence;
import org.vigie.corpus.reprints.SourceRanking;
import org.vigie.corpus.reprints.WordTokens;

/**
 * Groups direct quotations whose words are the same or nearly the same into trails (no Lucene
 * here: {@link CorpusQuotes} reads the quotations from the index).
 *
 * <p><b>Blocking.</b> Each quotation of at least {@value #MIN_WORDS} words is cut into word
 * {@value #SHINGLE}-shingles (normalised words: {@link WordTokens}); an inverted list from shingle to
 * quotations gives the candidates of each quotation, those sharing at least
 * {@value #MIN_SHARED_SHINGLES_PERCENT} % of the shorter one's shingles. Shingles held by more than
 * {@value #MAX_POSTINGS} quotations (set phrases: "il faut que", "nous allons") are not followed, so
 * the work grows with the corpus, not with its square. <b>Matching.</b> A candidate pair is the
 * same quotation when the longest common subsequence of their words covers at least
 * {@value #MIN_SIMILARITY_PERCENT} % of both (2 × common / words of both: one word changed in a
 * ten-word quotation is 0.9) or {@value #MIN_CONTAINMENT_PERCENT} % of the shorter (a cut copy of a
 * long quotation); the thresholds are those QuoteTrailEval measures. Matches are joined
 * transitively (union-find). <b>Order.</b> Appearances are ordered as reprint families order their
 * members ({@link Precedence}: day, wire/state-media rank, time of day; undated last; then the order
 * given). Each later appearance is compared with the earliest appearance it matches directly (the
 * trail's first when it matches it), so a trail joined through a long quotation holding two short
 * ones never compares the two.
 */
public final class QuoteTrails {

    /** Quotations shorter than this are left out: "c'est inacceptable" is said by everyone. */
    public static final int MIN_WORDS = 6;
    static final int SHINGLE = 3;
    static final int MAX_POSTINGS = 300;
    static final int MIN_SHARED_SHINGLES_PERCENT = 25;
    static final int MIN_SIMILARITY_PERCENT = 80;
    static final int MIN_CONTAINMENT_PERCENT = 90;
    static final double MIN_SIMILARITY = MIN_SIMILARITY_PERCENT / 100.0;
    static final double MIN_CONTAINMENT = MIN_CONTAINMENT_PERCENT / 100.0;

    /**
     * One direct quotation of a stored article, as read from the index.
     *
     * @param articleId the article
     * @param title     its headline
     * @param url       its earliest publication's URL, may be null
     * @param site      its earliest publication's site, may be null
     * @param date      its earliest publication's date as stored, may be null
     * @param sites     every site that published its text
     * @param speaker   the quotation's speaker, or null
     * @param quote     the quoted words (a span of the article's text)
     */
    public record Source(String articleId, String title, String url, String site, String date, List<String> sites,
                         Speaker speaker, Span quote) {
    }

    private final List<Source> sources;     // earliest first
    private final WordTokens[] words;
    private final int[][] matched;          // per source: the sources it matches directly
    private final int[] trailOf;            // per source: its trail, -1 when alone
    private final int[] rep;                // per source: the first source with the same words
    private final List<int[]> trails;       // per trail: its sources, earliest first, one per article
    private final ShinglePostings postings;
    private final Map<String, Integer> byRef = new HashMap<>();
    /** Each trail as {@link #trail} computes it, once (comparing its appearances is most of the cost of a list). */
    private final QuoteTrail[] computed;

    private QuoteTrails(List<Source> sources, WordTokens[] words, int[][] matched, int[] trailOf, List<int[]> trails,
                        ShinglePostings postings, int[] rep) {
        this.rep = rep;
        this.sources = sources;
        this.words = words;
        this.matched = matched;
        this.trailOf = trailOf;
        this.trails = trails;
        this.postings = postings;
        for (int i = 0; i < sources.size(); i++) byRef.put(ref(sources.get(i)), i);
        this.computed = new QuoteTrail[trails.size()];
    }

    static String ref(Source s) {
        return s.articleId() + "-" + s.quote().start();
    }

    /** The precedence of quotations: their articles' earliest publications, then the order given. */
    static Comparator<Source> precedence(SourceRanking ranking) {
        Comparator<Publication> p = Precedence.ofPublications(ranking);
        return (x, y) -> p.compare(new Publication(x.url(), null, x.site(), List.of(), x.date(), null),
                new Publication(y.url(), null, y.site(), List.of(), y.date(), null));
    }

    /** Builds the trails of {@code quotes} (quotations under {@value #MIN_WORDS} words are dropped). */
    public static QuoteTrails build(List<Source> quotes, SourceRanking ranking) {
        List<Source> kept = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        for (Source s : quotes) {
            if (WordTokens.of(s.quote().text()).size() < MIN_WORDS) continue;
            kept.add(s);
            keys.add(Precedence.key(new Publication(s.url(), null, s.site(), List.of(), s.date(), null), ranking));
        }
        // Earliest first; each date parsed once (a comparator parsing per comparison cost seconds at 100,000 quotations).
        Integer[] idx = new Integer[kept.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (x, y) -> Arrays.compare(keys.get(x), keys.get(y))); // stable: ties keep the order given
        List<Source> sorted = new ArrayList<>(idx.length);
        for (int i : idx) sorted.add(kept.get(i));
        kept = sorted;
        int n = kept.size();
        WordTokens[] words = new WordTokens[n];
        for (int i = 0; i < n; i++) words[i] = WordTokens.of(kept.get(i).quote().text());
        // The same words quoted again (a wire text on many sites) are one text: blocked and verified once.
        int[] rep = new int[n];
        Map<String, Integer> byText = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer r = byText.putIfAbsent(String.join(" ", words[i].words()), i);
            rep[i] = r == null ? i : r;
        }
        long[][] shingles = new long[n][];
        for (int i = 0; i < n; i++) {
            if (rep[i] == i) shingles[i] = shingles(words[i]);
        }
        ShinglePostings postings = ShinglePostings.of(shingles);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        List<List<Integer>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) edges.add(new ArrayList<>(0));
        int[] shared = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            if (rep[i] != i) continue;
            int nt = 0;
            for (long h : shingles[i]) {
                int from = postings.from(h);
                int to = postings.to(h);
                if (to - from > MAX_POSTINGS) continue; // a set phrase
                for (int p = from; p < to; p++) {
                    int j = postings.quotation(p);
                    if (j <= i) continue;
                    if (shared[j]++ == 0) touched[nt++] = j;
                }
            }
            for (int k = 0; k < nt; k++) {
                int j = touched[k];
                int s = shared[j];
                shared[j] = 0;
                int fewer = Math.min(shingles[i].length, shingles[j].length);
                if (s * 100 < MIN_SHARED_SHINGLES_PERCENT * fewer) continue;
                if (!matches(words[i], words[j])) continue;
                edges.get(i).add(j);
                edges.get(j).add(i);
                union(parent, i, j);
            }
        }
        // A repeated text matches what its first quotation matches, and that quotation.
        for (int i = 0; i < n; i++) {
            if (rep[i] == i) continue;
            union(parent, i, rep[i]);
        }
        int[][] matched = new int[n][];
        for (int i = 0; i < n; i++) {
            if (rep[i] != i) continue;
            matched[i] = edges.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        for (int i = 0; i < n; i++) {
            if (rep[i] == i) continue;
            int[] m = Arrays.copyOf(matched[rep[i]], matched[rep[i]].length + 1);
            m[m.length - 1] = rep[i];
            Arrays.sort(m);
            matched[i] = m;
        }
        boolean[] hasCopy = new boolean[n];
        for (int i = 0; i < n; i++) if (rep[i] != i) hasCopy[rep[i]] = true;
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (matched[i].length == 0 && !hasCopy[i]) continue;
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i); // i ascending: earliest first
        }
        int[] trailOf = new int[n];
        Arrays.fill(trailOf, -1);
        List<int[]> trails = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            List<Integer> members = new ArrayList<>();
            java.util.Set<String> articles = new java.util.HashSet<>();
            for (int i : g) {
                if (articles.add(kept.get(i).articleId())) members.add(i);
            }
            if (members.size() < 2) continue;
            int t = trails.size();
            trails.add(members.stream().mapToInt(Integer::intValue).toArray());
            for (int i : g) trailOf[i] = t;
        }
        return new QuoteTrails(kept, words, matched, trailOf, trails, postings, rep);
    }

    static boolean matches(WordTokens a, WordTokens b) {
        int common = WordDiff.commonWords(a, b);
        int n = Math.min(a.size(), WordDiff.MAX_WORDS);
        int m = Math.min(b.size(), WordDiff.MAX_WORDS);
        return 2.0 * common >= MIN_SIMILARITY * (n + m) || common >= MIN_CONTAINMENT * Math.min(n, m);
    }

    static long[] shingles(WordTokens w) {
        int n = Math.max(0, w.size() - SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < SHINGLE; k++) h = 31 * h + w.word(i + k).hashCode() * 0x9E3779B97F4A7C15L;
            out[i] = h;
        }
        return Arrays.stream(out).distinct().toArray();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int x = find(parent, a);
        int y = find(parent, b);
        if (x != y) parent[Math.max(x, y)] = Math.min(x, y);
    }

    /** The direct quotations compared (those of at least {@value #MIN_WORDS} words). */
    public int quotes() {
        return sources.size();
    }

    /** How many trails (quotations appearing in at least two articles). */
    public int size() {
        return trails.size();
    }

    /** The trail {@code t} (0 to {@link #size()} - 1) with each appearance compared. */
    public QuoteTrail trail(int t) {
        synchronized (computed) {
            if (computed[t] == null) computed[t] = compute(t);
            return computed[t];
        }
    }

    private QuoteTrail compute(int t) {
        int[] members = trails.get(t);
        Source first = sources.get(members[0]);
        List<QuoteAppearance> out = new ArrayList<>(members.length);
        List<String> sites = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        int altered = 0;
        int reattributed = 0;
        int firstAttributed = -1;
        for (int k = 0; k < members.length; k++) {
            int i = members[k];
            Source s = sources.get(i);
            for (String site : s.sites()) if (!sites.contains(site)) sites.add(site);
            addSpeaker(speakers, s.speaker());
            QuoteAppearance a;
            if (k == 0) {
                a = appearance(s, WordDiff.Relation.SAME, 1.0, List.of(), false, null);
            } else {
                int reference = reference(i, members[0]);
                WordDiff.Result r = compare(reference < 0 ? members[0] : reference, i);
                WordDiff.Relation relation = r.relation();
                if (reference < 0 && relation == WordDiff.Relation.ALTERED) relation = WordDiff.Relation.OVERLAPPING;
                boolean moved = firstAttributed >= 0 && SameSpeaker.different(sources.get(firstAttributed).speaker(), s.speaker());
                a = appearance(s, relation, r.similarity(), relation == WordDiff.Relation.ALTERED ? spans(s, r.changed()) : List.of(),
                        moved, moved ? sources.get(firstAttributed).speaker() : null);
                if (a.altered()) altered++;
                if (moved) reattributed++;
            }
            if (firstAttributed < 0 && SameSpeaker.named(s.speaker())) firstAttributed = i;
            out.add(a);
        }
        return new QuoteTrail(ref(first), first.quote().text(), out.get(0), out, sites, speakers, altered, reattributed);
    }

    /**
     * The earliest source {@code i} matches directly that comes before it: the trail's first when
     * it matches it; -1 when none comes before ({@code i} is joined to the trail through later ones).
     */
    private int reference(int i, int first) {
        int[] m = matched[i];
        if (Arrays.binarySearch(m, first) >= 0) return first;
        return m.length > 0 && m[0] < i ? m[0] : -1;
    }

    private WordDiff.Result compare(int earlier, int later) {
        Source e = sources.get(earlier);
        Source l = sources.get(later);
        if (rep[earlier] == rep[later]) return new WordDiff.Result(words[later].size(), 1, 1, WordDiff.Relation.SAME, List.of());
        return WordDiff.compare(words[earlier], e.quote().text(), words[later], l.quote().text(), l.quote().start());
    }

    private static List<Span> spans(Source s, List<int[]> changed) {
        List<Span> out = new ArrayList<>(changed.size());
        String text = s.quote().text();
        int base = s.quote().start();
        for (int[] c : changed) out.add(new Span(c[0], c[1], text.substring(c[0] - base, c[1] - base)));
        return out;
    }

    private static QuoteAppearance appearance(Source s, WordDiff.Relation relation, double similarity, List<Span> changed,
                                              boolean reattributed, Speaker firstSpeaker) {
        return new QuoteAppearance(s.articleId(), s.title(), s.site(), s.date(), s.sites(), s.speaker(), s.quote(), relation,
                Math.round(similarity * 1000) / 1000.0, changed, reattributed, firstSpeaker);
    }

    /** Adds {@code s} unless the list names that person already; a longer name of the same person replaces the shorter. */
    private static void addSpeaker(List<Speaker> speakers, Speaker s) {
        if (!SameSpeaker.attributed(s)) return;
        for (int k = 0; k < speakers.size(); k++) {
            Speaker known = speakers.get(k);
            if (!SameSpeaker.same(known, s)) continue;
            if (s.canonical() != null && (known.canonical() == null || s.canonical().length() > known.canonical().length())) {
                speakers.set(k, new Speaker(s.canonical(), s.entityId() != null ? s.entityId() : known.entityId()));
            }
            return;
        }
        speakers.add(s);
    }

    /** Every trail, as {@link #trail} gives it. */
    public List<QuoteTrail> all() {
        List<QuoteTrail> out = new ArrayList<>(trails.size());
        for (int t = 0; t < trails.size(); t++) out.add(trail(t));
        return out;
    }

    /** The articles of trail {@code t}. */
    public List<String> articleIds(int t) {
        List<String> out = new ArrayList<>();
        for (int i : trails.get(t)) out.add(sources.get(i).articleId());
        return out;
    }

    /** The trail an appearance belongs to, by its {@link QuoteAppearance#ref} (the trail's own id among them). */
    public Optional<QuoteTrail> find(String ref) {
        Integer i = byRef.get(ref);
        if (i == null || trailOf[i] < 0) return Optional.empty();
        return Optional.of(trail(trailOf[i]));
    }

    /** The trail index of an appearance ref, or -1. */
    public int trailIndexOf(String ref) {
        Integer i = byRef.get(ref);
        return i == null ? -1 : trailOf[i];
    }

    /**
     * How a quotation not stored (a page checked against the corpus) stands to the stored ones: the
     * earliest stored appearance it matches that was published before it (by {@link Precedence}),
     * its words compared with it, and the speaker of the earliest attributed appearance before it in
     * that trail. Empty when no stored quotation published before it matches.
     */
    public Optional<Checked> compare(Source page, SourceRanking ranking) {
        WordTokens w = WordTokens.of(page.quote().text());
        if (w.size() < MIN_WORDS) return Optional.empty();
        long[] sh = shingles(w);
        Map<Integer, Integer> shared = new HashMap<>();
        for (long h : sh) {
            int from = postings.from(h);
            int to = postings.to(h);
            if (to - from > MAX_POSTINGS) continue;
            for (int p = from; p < to; p++) shared.merge(postings.quotation(p), 1, Integer::sum);
        }
        Comparator<Source> before = precedence(ranking);
        int reference = -1;
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int j = e.getKey();
            Source s = sources.get(j);
            if (s.articleId().equals(page.articleId())) continue;
            if (e.getValue() * 100 < MIN_SHARED_SHINGLES_PERCENT * Math.min(sh.length, shingles(words[j]).length)) continue;
            if (before.compare(s, page) >= 0) continue; // not published before the page
            if (reference >= 0 && j > reference) continue;
            if (matches(w, words[j])) reference = j;
        }
        if (reference < 0) return Optional.empty();
        Source ref = sources.get(reference);
        WordDiff.Result r = WordDiff.compare(words[reference], ref.quote().text(), w, page.quote().text(), page.quote().start());
        Speaker firstSpeaker = null;
        int t = trailOf[reference];
        int[] members = t >= 0 ? trails.get(t) : new int[]{reference};
        for (int i : members) {
            Source s = sources.get(i);
            if (before.compare(s, page) >= 0) break;
            if (SameSpeaker.named(s.speaker())) {
                firstSpeaker = s.speaker();
                break;
            }
        }
        boolean moved = SameSpeaker.different(firstSpeaker, page.speaker());
        return Optional.of(new Checked(appearance(page, r.relation(), r.similarity(),
                r.relation() == WordDiff.Relation.ALTERED ? spans(page, r.changed()) : List.of(), moved, moved ? firstSpeaker : null),
                ref.site(), ref.date()));
    }

    /**
     * An appearance compared with an earlier one.
     *
     * @param appearance the appearance, with its relation, changed words and reattribution
     * @param site       the site of the appearance it was compared with
     * @param date       that appearance's date
     */
    public record Checked(QuoteAppearance appearance, String site, String date) {
    }

    /** Every appearance of the article {@code articleId} in a trail, each with the appearance its words were compared with. */
    public List<Checked> appearancesOf(String articleId) {
        List<Checked> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (trailOf[i] < 0 || !sources.get(i).articleId().equals(articleId)) continue;
            QuoteTrail t = trail(trailOf[i]);
            for (QuoteAppearance a : t.appearances()) {
                if (a.ref().equals(ref(sources.get(i))) && a != t.first()) out.add(new Checked(a, t.first().site(), t.first().date()));
            }
        }
        return out;
    }
}
