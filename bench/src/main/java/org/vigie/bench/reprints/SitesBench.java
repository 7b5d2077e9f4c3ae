package org.vigie.bench.reprints;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.reprints.Change;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.sites.SiteList;
import org.vigie.corpus.sites.SiteProfile;
import org.vigie.corpus.sites.SiteRatings;
import org.vigie.corpus.sites.SiteRequest;
import org.vigie.corpus.sites.SiteSummary;
import org.vigie.corpus.store.ArticleDocuments;

/**
 * {@code vigie sites} / {@code vigie site} on a corpus whose copies are known: real OrangeSum
 * articles published by a wire (afp.com), a state medium (fr.sputniknews.com) or actu.orange.fr,
 * {@code --originals} of them re-published 1-3 times by {@link Republisher}'s twelve re-blogging
 * sites (new headline, standfirst changed, paragraphs dropped or appended, typos, later dates), all
 * stored as {@code vigie ingest} stores them (reprint families linked, wire-reprint set). Prints
 * the time of the site list and of profiles (first call, then the median of the next: the same
 * commit, answered from the corpus's per-commit cache), and per
 * re-blogging site what its profile recovers against what the republisher did: its copies, the
 * site they come from most, and the share of its copies per change kind.
 *
 * <pre>bench/run org.vigie.bench.reprints.SitesBench [--data PATH] [--n 10000] [--originals 2000] [--seed 42] [--repeat 3]</pre>
 */
public final class SitesBench {

    private static final String USAGE = "SitesBench [--data PATH] [--n 10000] [--originals 2000] [--seed 42] [--repeat 3]";
    private static final String[] ORIGINAL_SITES = {"afp.com", "fr.sputniknews.com", "actu.orange.fr"};

    /** What the republisher did on one site: copies by source site, and per change kind. */
    private static final class Truth {
        long copies;
        final Map<String, Long> sources = new TreeMap<>();
        final Map<Change.Kind, Long> kinds = new EnumMap<>(Change.Kind.class);
        /** Days from the original's publication to the copy's (UTC days, as the index keeps dates), by source site. */
        final Map<String, List<Long>> delays = new HashMap<>();
    }

    private static Long utcDay(Article a) {
        Long ms = ArticleDocuments.dateMillis(a.metadata().date());
        return ms == null ? null : Math.floorDiv(ms, 86_400_000L);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(opt.get("data"));
        int n = Integer.parseInt(opt.getOrDefault("n", "10000"));
        int originals = Integer.parseInt(opt.getOrDefault("originals", "2000"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "42"));
        int repeat = Integer.parseInt(opt.getOrDefault("repeat", "3"));
        Random rnd = new Random(seed);
        Republisher rep = new Republisher(rnd);

        List<OrangeSumArticles.Doc> docs = OrangeSumArticles.load(data, n);
        List<Article> stored = new ArrayList<>();
        List<Article> copies = new ArrayList<>();
        Map<String, Truth> truth = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Article a = docs.get(i).article().withLanguage("fr", null);
            String site = ORIGINAL_SITES[rnd.nextInt(ORIGINAL_SITES.length)];
            Article original = rep.original(a, site);
            stored.add(original);
            if (i >= originals) continue;
            int k = 1 + rnd.nextInt(3);
            for (int c = 0; c < k; c++) {
                Republisher.Copy copy = rep.copy(original, docs.get(i).file() + "-copy" + c);
                copies.add(copy.article());
                Truth t = truth.computeIfAbsent(ArticleDocuments.site(copy.article()), x -> new Truth());
                t.copies++;
                t.sources.merge(site, 1L, Long::sum);
                for (Change.Kind kind : copy.expected()) t.kinds.merge(kind, 1L, Long::sum);
                Long from = utcDay(original);
                Long to = utcDay(copy.article());
                if (from != null && to != null) t.delays.computeIfAbsent(site, x -> new ArrayList<>()).add(to - from);
            }
        }
        stored.addAll(copies);

        Path dir = Files.createTempDirectory("vigie-sites-bench");
        try (Corpus corpus = Corpus.open(dir)) {
            long t0 = System.nanoTime();
            CorpusReprints reprints = CorpusReprints.open(corpus);
            for (int from = 0; from < stored.size(); from += 2_000) {
                List<Article> batch = new ArrayList<>();
                for (Article a : stored.subList(from, Math.min(stored.size(), from + 2_000))) batch.add(reprints.link(Corpus.storable(a)));
                corpus.ingest(reprints.toWrite(batch));
                reprints.save();
            }
            System.out.printf(Locale.ROOT, "stored %d articles (%d originals on %s, %d copied 1-3 times: %d copies) in %.1f s%n%n",
                    corpus.count(), docs.size(), String.join(", ", ORIGINAL_SITES), Math.min(originals, docs.size()), copies.size(),
                    (System.nanoTime() - t0) / 1e9);

            SiteList list = null;
            long[] ms = new long[repeat];
            for (int i = 0; i < repeat; i++) {
                long s = System.nanoTime();
                list = corpus.sites(SearchRequest.builder("").build(), reprints.families(), SiteRatings.NONE);
                ms[i] = System.nanoTime() - s;
            }
            System.out.printf(Locale.ROOT, "site list: %d sites of %d articles: first %.0f ms, median of the next %.1f µs%n", list.sites().size(),
                    list.matched(), ms[0] / 1e6, median(ms) / 1e3);
            for (SiteSummary s : list.sites()) {
                System.out.printf(Locale.ROOT, "  %-30s %6d  copied %5.1f%%  wire %5.1f%%%n", s.site(), s.articles(), 100 * s.copiedShare(),
                        100 * s.wireReprintShare());
            }
            System.out.println();
            for (String site : List.of("afp.com", truth.keySet().iterator().next())) {
                for (int sample : new int[] {SiteRequest.DEFAULT_SAMPLE, SiteRequest.MAX_SAMPLE}) {
                    long[] pm = new long[repeat];
                    SiteProfile p = null;
                    for (int i = 0; i < repeat; i++) {
                        long s = System.nanoTime();
                        p = corpus.site(new SiteRequest(site, 10, sample), reprints.families(), SiteRatings.NONE);
                        pm[i] = System.nanoTime() - s;
                    }
                    System.out.printf(Locale.ROOT, "profile %-26s sample %5d: %d articles, %d copies (%d diffed): first %.0f ms, median of the next %.1f µs%n",
                            site, sample, p.articles(), p.changes().copies(), p.changes().read(), pm[0] / 1e6, median(pm) / 1e3);
                }
            }

            System.out.println();
            System.out.println("recovered / truth per re-blogging site (profiles with every copy compared)");
            System.out.printf(Locale.ROOT, "%-30s %13s  %-34s %-9s %s%n", "site", "copies", "first source: copies", "delay", "share of copies per change (recovered/truth)");
            double headlineError = 0;
            for (Map.Entry<String, Truth> e : truth.entrySet()) {
                Truth t = e.getValue();
                SiteProfile p = corpus.site(new SiteRequest(e.getKey(), 10, SiteRequest.MAX_SAMPLE), reprints.families(), SiteRatings.NONE);
                Map<String, Long> got = new HashMap<>();
                for (SiteProfile.SourceSite s : p.sources()) got.put(s.site(), s.copies());
                String top = t.sources.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                StringBuilder kinds = new StringBuilder();
                for (SiteProfile.ChangeRate r : p.changes().kinds()) {
                    double truthShare = (double) t.kinds.getOrDefault(r.kind(), 0L) / t.copies;
                    kinds.append(String.format(Locale.ROOT, "%s %.2f/%.2f  ", abbreviation(r.kind()), r.share(), truthShare));
                    if (r.kind() == Change.Kind.HEADLINE_CHANGED) headlineError = Math.max(headlineError, Math.abs(r.share() - truthShare));
                }
                Long delay = p.sources().stream().filter(x -> x.site().equals(top)).map(SiteProfile.SourceSite::medianDelayDays)
                        .findFirst().orElse(null);
                List<Long> truthDelays = new ArrayList<>(t.delays.getOrDefault(top, List.of()));
                truthDelays.sort(null);
                Long truthDelay = truthDelays.isEmpty() ? null : truthDelays.get((truthDelays.size() - 1) / 2);
                System.out.printf(Locale.ROOT, "%-30s %6d/%-6d  %-34s %-9s %s%n", e.getKey(), p.copied(), t.copies,
                        String.format(Locale.ROOT, "%s %d/%d", top, got.getOrDefault(top, 0L), t.sources.get(top)),
                        delay + "d/" + truthDelay + "d", kinds);
            }
            System.out.printf(Locale.ROOT, "%nlargest headline-change share error over the sites: %.3f%n", headlineError);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static String abbreviation(Change.Kind k) {
        return switch (k) {
            case HEADLINE_CHANGED -> "head";
            case STANDFIRST_ADDED -> "sf+";
            case STANDFIRST_CHANGED -> "sf~";
            case STANDFIRST_REMOVED -> "sf-";
            case PARAGRAPH_ADDED -> "p+";
            case PARAGRAPH_REMOVED -> "p-";
            case PARAGRAPH_EDITED -> "p~";
            case FIGURE_CHANGED -> "fig";
        };
    }

    private static long median(long[] ms) {
        long[] rest = Arrays.copyOfRange(ms, 1, Math.max(2, ms.length));
        Arrays.sort(rest);
        return rest[rest.length / 2];
    }
}
