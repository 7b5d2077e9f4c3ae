package org.vigie.bench.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.bench.BenchFiles;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.feed.AtomWriter;
import org.vigie.corpus.feed.Feed;
import org.vigie.corpus.feed.FeedLinks;
import org.vigie.corpus.feed.FeedRequest;
import org.vigie.corpus.search.SearchRequest;

/**
 * What an Atom feed costs (GET /feeds/search.atom, vigie feed) on OrangeSum articles: per query and
 * limit (50, 200), the median time to select the entries (query, top-N by date, stored articles
 * read and parsed) and to write the XML, its size; and what a poll of an unchanged corpus costs
 * (the commit state the ETag is made of), which is all a 304 needs.
 *
 * <pre>
 * bench/run org.vigie.bench.corpus.FeedBench [--data F] [--n 20000] [--repeat 15] [--index DIR]
 * </pre>
 */
public final class FeedBench {

    private static final String USAGE = "FeedBench [--data F] [--n 20000] [--repeat 15] [--index DIR]";
    private static final List<String> QUERIES = List.of("", "coronavirus", "Macron", "\"gilets jaunes\"");
    private static final FeedLinks LINKS = new FeedLinks("https://vigie.example.org", "https://vigie.example.org/feeds/search.atom");

    private FeedBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(opt.get("data"));
        long n = Long.parseLong(opt.getOrDefault("n", "20000"));
        int repeat = Integer.parseInt(opt.getOrDefault("repeat", "15"));
        Path index = opt.containsKey("index") ? Path.of(opt.get("index")) : Files.createTempDirectory("vigie-feed-bench");
        try (Corpus corpus = Corpus.open(index)) {
            if (corpus.count() == 0) {
                long t0 = System.nanoTime();
                corpus.ingest(BenchFiles.take(new BenchArticles(data, 1, n), n), 2_000, r -> { });
                System.out.printf(Locale.ROOT, "ingested %d articles in %.1f s%n", corpus.count(), (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "corpus: %d articles (%s); median of %d calls after one warm-up%n%n", corpus.count(), index, repeat);
            System.out.printf(Locale.ROOT, "%-18s %6s %8s %8s %10s %10s %10s%n", "query", "limit", "matched", "entries", "select ms",
                    "write ms", "KiB");
            for (String q : QUERIES) {
                for (int limit : new int[] {50, 200}) {
                    FeedRequest request = new FeedRequest(SearchRequest.builder(q).build(), limit);
                    double[] select = new double[repeat];
                    double[] write = new double[repeat];
                    Feed feed = corpus.feed(request);
                    byte[] xml = AtomWriter.toBytes(feed, LINKS);
                    for (int i = 0; i < repeat; i++) {
                        long t0 = System.nanoTime();
                        feed = corpus.feed(request);
                        long t1 = System.nanoTime();
                        xml = AtomWriter.toBytes(feed, LINKS);
                        long t2 = System.nanoTime();
                        select[i] = (t1 - t0) / 1e6;
                        write[i] = (t2 - t1) / 1e6;
                    }
                    System.out.printf(Locale.ROOT, "%-18s %6d %8d %8d %10.1f %10.1f %10.1f%n", q.isEmpty() ? "(every article)" : q, limit,
                            feed.matched(), feed.entries().size(), median(select), median(write), xml.length / 1024.0);
                }
            }
            int polls = 10_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < polls; i++) corpus.state();
            System.out.printf(Locale.ROOT, "%npoll of an unchanged corpus (the state an ETag is made of): %.1f µs%n",
                    (System.nanoTime() - t0) / 1e3 / polls);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
