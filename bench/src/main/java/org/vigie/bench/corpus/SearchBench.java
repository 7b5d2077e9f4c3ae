package org.vigie.bench.corpus;

import org.vigie.bench.BenchFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.IngestReport;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.search.SearchResult;

/**
 * Corpus store and search benchmark: ingests at least {@code --target} real articles (OrangeSum,
 * repeated as copies with distinct ids when the file is smaller), prints the ingest rate, then
 * the latency of {@code --queries} mixed searches (terms, AND/OR, phrases, filters, date sort,
 * facets, always with highlighted snippets for a page of 10), after a warm-up.
 *
 * <pre>
 * bench/run-search-bench.sh [--data PATH] [--target 100000] [--queries 1000] [--batch 2000] [--index DIR]
 * </pre>
 * Default data: {@code ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz} from the repository root.
 */
public final class SearchBench {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        Path data = BenchFiles.orangesum(opt.get("data"));
        long target = Long.parseLong(opt.getOrDefault("target", "100000"));
        int queries = Integer.parseInt(opt.getOrDefault("queries", "1000"));
        int batch = Integer.parseInt(opt.getOrDefault("batch", "2000"));
        boolean keep = opt.containsKey("index");
        Path index = keep ? Path.of(opt.get("index")) : Files.createTempDirectory("vigie-search-bench");

        long lines = BenchArticles.countLines(data);
        // OrangeSum repeats some texts (same words, another file): those count once in the corpus,
        // so the input runs on (one more copy if needed) until the corpus holds the target.
        int copies = (int) Math.max(1, (target + lines - 1) / lines) + 1;
        System.out.printf(Locale.ROOT, "data: %s (%d articles, up to %d copies) -> at least %d distinct articles; index: %s%n",
                data, lines, copies, target, index);
        System.out.printf(Locale.ROOT, "JVM: %s, %d cores, max heap %d MiB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        try (Corpus corpus = Corpus.open(index)) {
            // Ingest: time spent reading/annotating the input is measured apart from the store's.
            BenchArticles source = new BenchArticles(data, copies, Long.MAX_VALUE);
            long[] sourceNanos = {0};
            Iterator<Article> timed = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    long t = System.nanoTime();
                    boolean h = source.hasNext();
                    sourceNanos[0] += System.nanoTime() - t;
                    return h;
                }

                @Override
                public Article next() {
                    long t = System.nanoTime();
                    Article a = source.next();
                    sourceNanos[0] += System.nanoTime() - t;
                    return a;
                }
            };
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long[] done = {0};
            IngestReport report = IngestReport.EMPTY;
            for (long need = target; need > 0 && timed.hasNext(); need = target - corpus.count()) {
                report = report.plus(corpus.ingest(BenchFiles.take(timed, need), batch, r -> {
                    done[0] += r.total();
                    if (done[0] % 20_000 < batch) {
                        System.out.printf(Locale.ROOT, "  ... %d articles, %.0f s%n", done[0], (System.nanoTime() - t0) / 1e9);
                    }
                }));
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
            double store = wall - sourceNanos[0] / 1e9;
            System.out.printf(Locale.ROOT, "ingest: %s%n", report);
            System.out.printf(Locale.ROOT, "ingest rate: %.0f articles/s in the store (%.1f s), %.0f articles/s end to end "
                    + "with reading + synthetic annotation (%.1f s); batches of %d, one commit each%n",
                    report.total() / store, store, report.total() / wall, wall, batch);
            System.out.printf(Locale.ROOT, "ingest CPU: %.1f s of process CPU time (all threads, reading included) = %.0f articles per CPU-second%n",
                    cpuSeconds, report.total() / cpuSeconds);
            System.out.printf(Locale.ROOT, "index size: %.1f MiB for %d articles%n", BenchFiles.size(index) / 1048576.0, corpus.count());

            List<Bench> warm = mix(data, queries / 2 + 200, new Random(7));
            List<Bench> measured = mix(data, queries, new Random(42));
            for (Bench b : warm) corpus.search(b.request);

            // Wall time is what a user waits; CPU time (this thread) is what the search costs, and
            // what the wall time would be on an idle machine: shared build machines inflate the former.
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            Map<String, List<Long>> byKind = new LinkedHashMap<>();
            List<Long> all = new ArrayList<>();
            List<Long> allCpu = new ArrayList<>();
            long hitsTotal = 0;
            for (Bench b : measured) {
                long c = cpu.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                SearchResult r = corpus.search(b.request);
                long ns = System.nanoTime() - t;
                allCpu.add(cpu.getCurrentThreadCpuTime() - c);
                hitsTotal += r.total();
                all.add(ns);
                byKind.computeIfAbsent(b.kind, k -> new ArrayList<>()).add(ns);
            }
            System.out.printf(Locale.ROOT, "queries: %d measured after %d warm-up; mean matches per query %.0f%n",
                    measured.size(), warm.size(), hitsTotal / (double) measured.size());
            System.out.println(line("all (wall)", all));
            System.out.println(line("all (cpu)", allCpu));
            for (var e : byKind.entrySet()) System.out.println(line(e.getKey(), e.getValue()));
            System.out.printf(Locale.ROOT, "target p99 < 50 ms: %s (wall), %s (cpu); load average %.1f on %d cores%n",
                    percentile(all, 0.99) < 50_000_000L ? "met" : "NOT met",
                    percentile(allCpu, 0.99) < 50_000_000L ? "met" : "NOT met",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            if (!keep) BenchFiles.deleteTree(index);
        }
    }

    private record Bench(String kind, SearchRequest request) {
    }

    /** A reproducible mix of queries built from the words and word pairs of real titles. */
    private static List<Bench> mix(Path data, int n, Random rnd) throws IOException {
        List<String> words = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        try (BufferedReader r = BenchArticles.open(data)) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            String line;
            for (int i = 0; i < 3000 && (line = r.readLine()) != null; i++) {
                String title = json.readTree(line).path("title").asText("");
                Matcher m = WORD.matcher(title);
                String prev = null;
                while (m.find()) {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    if (w.length() >= 5) words.add(w);
                    if (prev != null && prev.length() >= 4 && w.length() >= 4) pairs.add(prev + " " + w);
                    prev = w;
                }
            }
        }
        String[] kinds = {"term", "term", "term", "and", "and", "or", "phrase", "phrase", "filter", "filter", "date-sort", "browse"};
        List<Bench> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String kind = kinds[rnd.nextInt(kinds.length)];
            String w1 = words.get(rnd.nextInt(words.size()));
            String w2 = words.get(rnd.nextInt(words.size()));
            SearchRequest.Builder b = switch (kind) {
                case "term" -> SearchRequest.builder(w1);
                case "and" -> SearchRequest.builder(w1 + " " + w2);
                case "or" -> SearchRequest.builder(w1 + " OR " + w2);
                case "phrase" -> SearchRequest.builder("\"" + pairs.get(rnd.nextInt(pairs.size())) + "\"");
                case "filter" -> filter(SearchRequest.builder(w1), rnd);
                case "date-sort" -> SearchRequest.builder(w1).sort(SearchRequest.Sort.DATE);
                default -> filter(SearchRequest.builder(""), rnd).sort(SearchRequest.Sort.DATE);
            };
            // Half the queries count facets, as a UI's first page does; the rest page through hits.
            b.facetSize(rnd.nextBoolean() ? 10 : 0);
            out.add(new Bench(kind, b.build()));
        }
        return out;
    }

    private static SearchRequest.Builder filter(SearchRequest.Builder b, Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0 -> b.site(rnd.nextBoolean() ? "actu.orange.fr" : "copie-1.example");
            case 1 -> {
                int year = 2011 + rnd.nextInt(10);
                b.from(LocalDate.of(year, 1, 1)).to(LocalDate.of(year, 12, 31));
            }
            case 2 -> b.entity("bench:" + BenchArticles.slug(BenchArticles.GAZETTEER[rnd.nextInt(BenchArticles.GAZETTEER.length)][0]));
            default -> b.speaker("bench:" + BenchArticles.slug(BenchArticles.GAZETTEER[rnd.nextInt(9)][0]))
                    .language("fr");
        }
        return b;
    }

    private static String line(String kind, List<Long> ns) {
        return String.format(Locale.ROOT, "  %-11s n=%4d  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms",
                kind, ns.size(), percentile(ns, 0.5) / 1e6, percentile(ns, 0.9) / 1e6, percentile(ns, 0.99) / 1e6,
                percentile(ns, 1.0) / 1e6);
    }

    private static long percentile(List<Long> ns, double p) {
        long[] a = ns.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        int i = (int) Math.ceil(p * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, i))];
    }

        private static Map<String, String> options(String[] args) {
        return BenchFiles.options(args, "SearchBench [--data PATH] [--target N] [--queries N] [--batch N] [--index DIR]");
    }

}
