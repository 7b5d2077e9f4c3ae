package org.vigie.bench.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigie.bench.BenchFiles;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.terms.SignificantTerm;
import org.vigie.corpus.terms.SignificantTerms;
import org.vigie.corpus.terms.TermsRequest;

/**
 * {@code vigie terms} on a real corpus: ingests OrangeSum (synthetic annotation layers, as
 * {@link SearchBench}), then for queries from a few to thousands of matches prints the matches,
 * the articles read, the time of the first call and the median of the next ones, and the words
 * that stand out, for a reader to judge. No gold exists for "words that stand out": the figures
 * here are speed, and the words are printed to be read.
 *
 * <pre>bench/run org.vigie.bench.corpus.TermsBench [--data PATH] [--n 36000] [--repeat 5] [--sample 2000] [--index DIR]</pre>
 */
public final class TermsBench {

    private static final String USAGE = "TermsBench [--data PATH] [--n 36000] [--repeat 5] [--sample 2000] [--index DIR]";
    private static final List<String> QUERIES = List.of("coronavirus", "Macron", "grève", "\"gilets jaunes\"", "Trump",
            "football OR Ligue", "incendie", "France", "Alep");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(opt.get("data"));
        long n = Long.parseLong(opt.getOrDefault("n", "36000"));
        int repeat = Integer.parseInt(opt.getOrDefault("repeat", "5"));
        int sample = Integer.parseInt(opt.getOrDefault("sample", String.valueOf(TermsRequest.DEFAULT_SAMPLE)));
        Path index = opt.containsKey("index") ? Path.of(opt.get("index")) : Files.createTempDirectory("vigie-terms-bench");
        try (Corpus corpus = Corpus.open(index)) {
            // a kept --index is ingested once: ingesting again would update articles, and their old
            // versions (deleted, not yet merged away) would count in the index's document frequencies
            if (corpus.count() == 0) {
                long t0 = System.nanoTime();
                corpus.ingest(BenchFiles.take(new BenchArticles(data, 1, n), n), 2_000, r -> { });
                System.out.printf(Locale.ROOT, "ingested %d articles in %.1f s%n", corpus.count(), (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "corpus: %d articles (%s); sample %d; %d calls per query%n%n", corpus.count(), index, sample, repeat);
            System.out.printf(Locale.ROOT, "%-20s %8s %6s %9s %10s  %s%n", "query", "matched", "read", "first ms", "median ms", "top words");
            for (String q : QUERIES) {
                TermsRequest request = new TermsRequest(SearchRequest.builder(q).build(), 12, sample, TermsRequest.DEFAULT_MIN_ARTICLES);
                long[] ms = new long[repeat];
                SignificantTerms t = null;
                for (int i = 0; i < repeat; i++) {
                    long t0 = System.nanoTime();
                    t = corpus.terms(request);
                    ms[i] = (System.nanoTime() - t0) / 1_000_000;
                }
                long[] rest = Arrays.copyOfRange(ms, 1, Math.max(2, ms.length));
                Arrays.sort(rest);
                List<String> words = new ArrayList<>();
                for (SignificantTerm s : t.terms()) words.add(s.word());
                System.out.printf(Locale.ROOT, "%-20s %8d %6d %9d %10d  %s%n", q, t.matched(), t.read(), ms[0],
                        rest[rest.length / 2], words.stream().collect(Collectors.joining(", ")));
            }
        }
    }
}
