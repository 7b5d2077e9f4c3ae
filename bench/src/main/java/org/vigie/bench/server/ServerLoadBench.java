package org.vigie.bench.server;

import org.vigie.bench.BenchFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigie.bench.corpus.BenchArticles;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.ingest.dump.DumpReader;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.signals.SignalStages;
import org.vigie.server.ServerConfig;
import org.vigie.server.VigieServer;

/**
 * Loopback load test of the HTTP server over a large corpus: builds (or reuses) a corpus of
 * {@code --articles} real OrangeSum articles without the NLP (synthetic entity/quote/signal layers
 * from {@link BenchArticles}, so facets and filters have something to count), starts the server on
 * 127.0.0.1 on an ephemeral port in this JVM, and drives a mixed load from {@code --clients}
 * client threads (JDK HttpClient) for at most {@code --seconds} and {@code --max-requests}:
 * API searches (terms, phrases, AND/OR, filters, facets, date sort), API article fetches by id,
 * analyses of posted pages ({@code POST /api/analyze}, through the NLP pipeline unless
 * {@code --nlp false}), search pages and article pages (HTML), a few story-cluster requests.
 * With {@code --ingest-while-serving true} {@code --ingest-clients} more threads (1 by default)
 * post new pages to {@code POST /api/ingest} all along (the corpus grows while it is searched). Prints throughput, latency percentiles per
 * endpoint and per kind (search, article, analyze, page, stories, ingest), errors by status, and the
 * heap of the JVM (server and client share it), sampled over the run: the peak of each tenth of the
 * run and the heap after a GC at the end, which show whether memory stays bounded.
 *
 * <pre>
 * bench/run org.vigie.bench.server.ServerLoadBench [--data PATH] [--articles 100000] [--index DIR]
 *     [--clients 64] [--seconds 300] [--max-requests 10000000] [--batch 2000] [--nlp true]
 *     [--analyze-share 10] [--ingest-while-serving false] [--ingest-clients 1]
 * </pre>
 * The run is the default (64 clients, 5 minutes). A short run: {@code --seconds 60 --articles 20000}.
 * Client and server share the machine's cores: the figures are a floor for the server alone.
 */
public final class ServerLoadBench {

    static final String INGEST_TOKEN = "load-test-token";

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");

    public static void main(String[] args) throws Exception {
        // The server's own start/stop lines would drown the figures; its warnings and errors stay.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        Map<String, String> opt = options(args);
        Path data = BenchFiles.orangesum(opt.get("data"));
        long target = Long.parseLong(opt.getOrDefault("articles", "100000"));
        int concurrency = Integer.parseInt(opt.getOrDefault("clients", opt.getOrDefault("concurrency", "64")));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "300"));
        long maxRequests = Long.parseLong(opt.getOrDefault("max-requests", "10000000"));
        int batch = Integer.parseInt(opt.getOrDefault("batch", "2000"));
        boolean nlp = Boolean.parseBoolean(opt.getOrDefault("nlp", "true"));
        int analyzeShare = Integer.parseInt(opt.getOrDefault("analyze-share", "10"));
        boolean ingestWhileServing = Boolean.parseBoolean(opt.getOrDefault("ingest-while-serving", "false"));
        int ingestClients = Integer.parseInt(opt.getOrDefault("ingest-clients", "1"));
        if (ingestClients < 1) throw new IllegalArgumentException("--ingest-clients must be >= 1");
        boolean keep = opt.containsKey("index");
        Path index = keep ? Path.of(opt.get("index")) : Files.createTempDirectory("vigie-server-load");

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf(Locale.ROOT, "JVM: %s, %d cores, max heap %d MiB; load average %.1f at start%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                loadAverage());
        try (Corpus corpus = Corpus.open(index)) {
            fill(corpus, data, target, batch, index);
            List<String> ids = sampleIds(corpus, data);
            Mix mix = new Mix(data, ids, analyzeShare);
            System.out.printf(Locale.ROOT, "corpus: %d articles, %.1f MiB; %d article ids sampled for fetches%n",
                    corpus.count(), BenchFiles.size(index) / 1048576.0, ids.size());

            Stage pipeline = nlp
                    ? Pipeline.of(new LanguageStage()).then(NlpPipelines.standard(null, SignalStages.Options.defaults().withoutSpellChecker()))
                    : Pipeline.of(new LanguageStage());
            ArticleReader dump = new DumpReader();
            long tp = System.nanoTime();
            pipeline.process(dump.read(RawDocument.of(mix.pages.get(0), "warm.txt")).get(0)); // load the models now
            System.out.printf(Locale.ROOT, "analysis pipeline (%s) loaded in %.1f s%n", nlp ? "NLP" : "language only",
                    (System.nanoTime() - tp) / 1e9);
            ServerConfig config = new ServerConfig(corpus, () -> pipeline,
                    mime -> mime.equals("text/plain") ? dump : null, INGEST_TOKEN, true, ServerConfig.DEFAULT_MAX_BODY);
            System.gc();
            long heapBeforeStart = memory.getHeapMemoryUsage().getUsed();
            long t0 = System.nanoTime();
            try (VigieServer server = VigieServer.create(config).start("127.0.0.1", 0)) {
                System.out.printf(Locale.ROOT, "server: http://127.0.0.1:%d/ started in %.1f s%n",
                        server.port(), (System.nanoTime() - t0) / 1e9);
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();

                // Warm-up: JIT and Lucene's caches, not measured.
                Run warm = load(http, base, mix, concurrency, Math.min(10, seconds), 2_000, new Random(7));
                System.out.printf(Locale.ROOT, "warm-up: %d requests, %d errors%n", warm.requests(), warm.errors());

                System.gc();
                long heapBefore = memory.getHeapMemoryUsage().getUsed();
                AtomicLong peak = new AtomicLong(heapBefore);
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "heap-sampler");
                    t.setDaemon(true);
                    return t;
                });
                sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                        0, 50, TimeUnit.MILLISECONDS);
                // The heap's peak in each tenth of the run: a rising series would be a leak.
                long[] tenths = new long[10];
                long runStart = System.nanoTime();
                sampler.scheduleAtFixedRate(() -> {
                    int i = (int) Math.min(9, (System.nanoTime() - runStart) / (seconds * 1e8));
                    tenths[i] = Math.max(tenths[i], memory.getHeapMemoryUsage().getUsed());
                }, 0, 50, TimeUnit.MILLISECONDS);
                double load0 = loadAverage();
                List<Ingester> ingesters = new ArrayList<>();
                if (ingestWhileServing) {
                    List<byte[]> fresh = dumps(data, 5_000, 500);
                    for (int i = 0; i < ingestClients; i++) ingesters.add(new Ingester(http, base, fresh, seconds, i, ingestClients));
                }
                ingesters.forEach(Thread::start);
                Run run = load(http, base, mix, concurrency, seconds, maxRequests, new Random(42));
                for (Ingester i : ingesters) i.join();
                sampler.shutdownNow();
                long heapAfterNoGc = memory.getHeapMemoryUsage().getUsed();
                System.gc();
                long heapAfter = memory.getHeapMemoryUsage().getUsed();

                System.out.printf(Locale.ROOT, "%nload: %d client threads, %.1f s, %d requests, %.0f req/s, %d errors%s%n",
                        concurrency, run.seconds(), run.requests(), run.requests() / run.seconds(), run.errors(),
                        run.firstError() == null ? "" : " (first: " + run.firstError() + ")");
                System.out.println("errors by status: " + (run.errorsByStatus().isEmpty() ? "none" : run.errorsByStatus()));
                System.out.println(line("all", run.all()));
                System.out.println("by kind:");
                Map<String, List<Long>> kinds = new java.util.TreeMap<>();
                run.byEndpoint().forEach((k, v) -> kinds.computeIfAbsent(k.split("[ -]")[0].equals("page") ? "page"
                        : k.replaceFirst("^api-", "").split(" ")[0], x -> new ArrayList<>()).addAll(v));
                for (var e : kinds.entrySet()) System.out.println(line(e.getKey(), e.getValue(), run.seconds()));
                System.out.println("by endpoint:");
                for (var e : run.byEndpoint().entrySet()) System.out.println(line(e.getKey(), e.getValue(), run.seconds()));
                if (!ingesters.isEmpty()) {
                    List<Long> latencies = new ArrayList<>();
                    List<Long> stores = new ArrayList<>();
                    List<Long> groups = new ArrayList<>();
                    Map<String, Long> statuses = new java.util.TreeMap<>();
                    for (Ingester i : ingesters) {
                        latencies.addAll(i.latencies);
                        stores.addAll(i.storeMillis);
                        groups.addAll(i.groupRequests);
                        i.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
                    }
                    System.out.printf(Locale.ROOT, "ingest while serving (%d thread%s, POST /api/ingest, new pages):%n",
                            ingesters.size(), ingesters.size() == 1 ? "" : "s");
                    System.out.println(line("ingest", latencies, run.seconds()));
                    System.out.println("  ingest statuses: " + statuses + "; corpus now " + corpus.count() + " articles");
                    // The server's own account of the store step (its report's took_ms: the commit,
                    // and with group commit the wait for it), and the requests per commit.
                    List<Long> storeNs = stores.stream().map(ms -> ms * 1_000_000).toList();
                    System.out.println(line("  store (took_ms)", storeNs));
                    if (!groups.isEmpty()) {
                        System.out.printf(Locale.ROOT, "  requests per commit: mean %.2f, max %d (%d answers)%n",
                                groups.stream().mapToLong(Long::longValue).average().orElse(0),
                                groups.stream().mapToLong(Long::longValue).max().orElse(0), groups.size());
                    }
                }
                StringBuilder series = new StringBuilder();
                for (long t : tenths) series.append(' ').append(t >> 20);
                System.out.println("heap peak per tenth of the run (MiB):" + series);
                System.out.printf(Locale.ROOT, "heap used (MiB): %d before the server, %d before the load (after GC), "
                                + "peak %d during, %d at the end, %d after GC; max heap %d%n",
                        heapBeforeStart >> 20, heapBefore >> 20, peak.get() >> 20, heapAfterNoGc >> 20, heapAfter >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
                System.out.printf(Locale.ROOT, "load average %.1f before the run, %.1f after, on %d cores "
                                + "(client, server and other users share them)%n",
                        load0, loadAverage(), Runtime.getRuntime().availableProcessors());
                // The server must still answer after the load.
                HttpResponse<String> last = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=france&size=1"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                System.out.printf(Locale.ROOT, "after the load: GET /api/search -> %d%n", last.statusCode());
            }
        } finally {
            if (!keep) BenchFiles.deleteTree(index);
        }
    }

    /**
     * Ingests until the corpus holds {@code target} articles (nothing when a reused index has them),
     * linking each to its reprint family and saving the families after each commit, as
     * {@code vigie ingest} does, so the server opens a corpus in the state the CLI leaves it.
     */
    private static void fill(Corpus corpus, Path data, long target, int batch, Path index) throws IOException {
        long t0 = System.nanoTime();
        CorpusReprints reprints = CorpusReprints.open(corpus);
        long have = corpus.count();
        if (have >= target) {
            reprints.save(); // an index built without the state file: reconciled once, then saved
            System.out.printf(Locale.ROOT, "reusing %s: %d articles (reprint families loaded in %.1f s)%n",
                    index, have, (System.nanoTime() - t0) / 1e9);
            return;
        }
        long lines = BenchArticles.countLines(data);
        // Some OrangeSum texts repeat (same words, same id): one more copy covers them.
        int copies = (int) Math.max(1, (target + lines - 1) / lines) + 1;
        System.out.printf(Locale.ROOT, "building %s: %d articles from %s (%d lines, up to %d copies)%n",
                index, target, data, lines, copies);
        BenchArticles articles = new BenchArticles(data, copies, Long.MAX_VALUE);
        Iterator<Article> source = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Article next() {
                return reprints.link(articles.next());
            }
        };
        long[] done = {0};
        for (long need = target - have; need > 0 && source.hasNext(); need = target - corpus.count()) {
            corpus.ingest(BenchFiles.take(source, need), batch, r -> {
                try {
                    reprints.save();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                done[0] += r.total();
                if (done[0] % 20_000 < batch) {
                    System.out.printf(Locale.ROOT, "  ... %d articles, %.0f s%n", done[0], (System.nanoTime() - t0) / 1e9);
                }
            });
        }
        System.out.printf(Locale.ROOT, "ingested in %.1f s, linked to reprint families (no NLP: synthetic layers); "
                + "%d families of 2+ articles%n", (System.nanoTime() - t0) / 1e9, reprints.familyIds().size());
    }

    /** Ids to fetch: hits of searches for title words, spread over the corpus. */
    private static List<String> sampleIds(Corpus corpus, Path data) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        List<String> words = titleWords(data).words();
        Random rnd = new Random(3);
        for (int i = 0; i < 300 && ids.size() < 5_000; i++) {
            String w = words.get(rnd.nextInt(words.size()));
            for (SearchHit h : corpus.search(SearchRequest.builder(w).size(50).facetSize(0).build()).hits()) ids.add(h.id());
        }
        if (ids.isEmpty()) throw new IllegalStateException("no article found by title words: is the corpus empty?");
        return new ArrayList<>(ids);
    }

    private record Words(List<String> words, List<String> pairs) {
    }

    private static Words titleWords(Path data) throws IOException {
        List<String> words = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        try (BufferedReader r = BenchArticles.open(data)) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            String line;
            for (int i = 0; i < 3000 && (line = r.readLine()) != null; i++) {
                if (line.isBlank()) continue;
                Matcher m = WORD.matcher(json.readTree(line).path("title").asText(""));
                String prev = null;
                while (m.find()) {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    if (w.length() >= 5) words.add(w);
                    if (prev != null && prev.length() >= 4 && w.length() >= 4) pairs.add(prev + " " + w);
                    prev = w;
                }
            }
        }
        if (words.isEmpty() || pairs.isEmpty()) throw new IOException("no title words in " + data);
        return new Words(words, pairs);
    }

    /** The request mix: endpoint label and path, drawn at random with fixed weights. */
    private static final class Mix {
        private final List<String> words;
        private final List<String> pairs;
        private final List<String> ids;
        final List<byte[]> pages;
        private final int analyzeShare;

        Mix(Path data, List<String> ids, int analyzeShare) throws IOException {
            Words w = titleWords(data);
            this.words = w.words();
            this.pairs = w.pairs();
            this.ids = ids;
            this.pages = dumps(data, 0, 200);
            this.analyzeShare = analyzeShare;
        }

        /** Endpoint label, path, and the page to post (null for a GET). */
        String[] next(Random rnd) {
            if (rnd.nextInt(100) < analyzeShare) {
                return new String[] {"api-analyze", "/api/analyze", String.valueOf(rnd.nextInt(pages.size()))};
            }
            int k = rnd.nextInt(100);
            if (k < 25) return new String[] {"api-search term", "/api/search?q=" + enc(word(rnd))};
            if (k < 35) return new String[] {"api-search phrase", "/api/search?q=" + enc("\"" + pairs.get(rnd.nextInt(pairs.size())) + "\"")};
            if (k < 40) return new String[] {"api-search and/or", "/api/search?q=" + enc(word(rnd) + (rnd.nextBoolean() ? " OR " : " ") + word(rnd))};
            if (k < 55) return new String[] {"api-search filter", "/api/search?q=" + enc(rnd.nextBoolean() ? word(rnd) : "") + filter(rnd)};
            if (k < 60) return new String[] {"api-search date", "/api/search?sort=date&q=" + enc(word(rnd)) + "&offset=" + 10 * rnd.nextInt(5)};
            if (k < 80) return new String[] {"api-article", "/api/articles/" + ids.get(rnd.nextInt(ids.size()))};
            if (k < 84) return new String[] {"api-related", "/api/articles/" + ids.get(rnd.nextInt(ids.size())) + "/related"};
            if (k < 91) return new String[] {"page-search", "/search?q=" + enc(word(rnd))};
            if (k < 96) return new String[] {"page-article", "/articles/" + ids.get(rnd.nextInt(ids.size()))};
            // the words that stand out read up to 2,000 matching articles per request
            if (k < 98) return new String[] {"api-terms", "/api/terms?q=" + enc(word(rnd))};
            // Story clusters are computed per request from the articles of D±2 days.
            return new String[] {"api-stories", "/api/stories?date=" + java.time.LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(2000))};
        }

        private String word(Random rnd) {
            return words.get(rnd.nextInt(words.size()));
        }

        private static String filter(Random rnd) {
            String[][] g = BenchArticles.GAZETTEER;
            return switch (rnd.nextInt(4)) {
                case 0 -> "&site=" + (rnd.nextBoolean() ? "actu.orange.fr" : "copie-1.example");
                case 1 -> {
                    int year = 2011 + rnd.nextInt(10);
                    yield "&from=" + year + "-01-01&to=" + year + "-12-31";
                }
                case 2 -> "&entity=" + enc("bench:" + BenchArticles.slug(g[rnd.nextInt(g.length)][0]));
                default -> "&speaker=" + enc("bench:" + BenchArticles.slug(g[rnd.nextInt(9)][0])) + "&language=fr";
            };
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    private record Run(long requests, long errors, String firstError, double seconds, List<Long> all,
                       Map<String, List<Long>> byEndpoint, Map<String, Long> errorsByStatus) {
    }

    /** Page dumps (title, standfirst, body) of OrangeSum records {@code from} to {@code from + n}. */
    static List<byte[]> dumps(Path data, int from, int n) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (BufferedReader r = BenchArticles.open(data)) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            String line;
            for (int i = 0; out.size() < n && (line = r.readLine()) != null; i++) {
                if (i < from || line.isBlank()) continue;
                var rec = json.readTree(line);
                String body = rec.path("article").asText("");
                if (body.isBlank()) continue;
                out.add((rec.path("title").asText("") + "\n\n" + rec.path("heading").asText("") + "\n" + body + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        if (out.isEmpty()) throw new IOException("no article text in " + data);
        return out;
    }

    /**
     * Posts new pages to the ingest endpoint one after the other for the run's duration: pages of
     * records past those the clients analyse, each made new by a line naming its copy number.
     * With several ingesters, ingester {@code k} of {@code n} posts pages k, k+n, k+2n...: their
     * requests overlap (what group commit gathers) but never repeat a page.
     */
    private static final class Ingester extends Thread {
        final List<Long> latencies = new ArrayList<>();
        final List<Long> storeMillis = new ArrayList<>();
        final List<Long> groupRequests = new ArrayList<>();
        final Map<String, Long> statuses = new java.util.TreeMap<>();
        private static final Pattern TOOK = Pattern.compile("\"report\":\\{[^}]*\"took_ms\":(\\d+)");
        private static final Pattern GROUP = Pattern.compile("\"group\":\\{[^}]*\"requests\":(\\d+)");
        private final HttpClient http;
        private final String base;
        private final List<byte[]> pages;
        private final long deadline;

        private final int first;
        private final int step;

        Ingester(HttpClient http, String base, List<byte[]> pages, int seconds, int first, int step) {
            super("ingest-while-serving-" + first);
            this.http = http;
            this.base = base;
            this.pages = pages;
            this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            this.first = first;
            this.step = step;
        }

        @Override
        public void run() {
            for (int i = first; System.nanoTime() < deadline; i += step) {
                byte[] page = pages.get(i % pages.size());
                byte[] fresh = (new String(page, StandardCharsets.UTF_8).strip() + "\nMise à jour n° " + (i / pages.size() + 1)
                        + " du " + System.currentTimeMillis() + ".\n").getBytes(StandardCharsets.UTF_8);
                long s = System.nanoTime();
                String status;
                try {
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
                            .header("Authorization", "Bearer " + INGEST_TOKEN).header("Content-Type", "text/plain; charset=utf-8")
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(fresh)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    status = String.valueOf(r.statusCode());
                    String body = new String(r.body(), StandardCharsets.UTF_8);
                    Matcher took = TOOK.matcher(body);
                    if (took.find()) storeMillis.add(Long.parseLong(took.group(1)));
                    Matcher group = GROUP.matcher(body);
                    if (group.find()) groupRequests.add(Long.parseLong(group.group(1)));
                } catch (IOException e) {
                    status = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    return;
                }
                latencies.add(System.nanoTime() - s);
                statuses.merge(status, 1L, Long::sum);
            }
        }
    }

    /** {@code threads} clients each sending one request at a time, until the time or the count runs out. */
    private static Run load(HttpClient http, String base, Mix mix, int threads, int seconds, long maxRequests, Random seed)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        Map<String, Long> byStatus = new ConcurrentHashMap<>();
        List<Map<String, List<Long>>> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Map<String, List<Long>> mine = new LinkedHashMap<>();
            perThread.add(mine);
            Random rnd = new Random(seed.nextLong());
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                    String[] req = mix.next(rnd);
                    long s = System.nanoTime();
                    String error = null;
                    String status = null;
                    try {
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + req[1])).timeout(Duration.ofSeconds(60));
                        if (req.length > 2) {
                            b.header("Content-Type", "text/plain; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(mix.pages.get(Integer.parseInt(req[2]))));
                        }
                        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            error = r.statusCode() + " " + req[1];
                            status = String.valueOf(r.statusCode());
                        }
                    } catch (IOException e) {
                        error = e + " " + req[1];
                        status = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long ns = System.nanoTime() - s;
                    mine.computeIfAbsent(req[0], k -> new ArrayList<>()).add(ns);
                    if (error != null) {
                        errors.incrementAndGet();
                        byStatus.merge(status, 1L, Long::sum);
                        firstError.putIfAbsent("e", error);
                    }
                }
            }, "load-" + i);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) t.join();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Map<String, List<Long>> byEndpoint = new java.util.TreeMap<>();
        List<Long> all = new ArrayList<>();
        for (Map<String, List<Long>> m : perThread) {
            m.forEach((k, v) -> {
                byEndpoint.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v);
                all.addAll(v);
            });
        }
        return new Run(all.size(), errors.get(), firstError.get("e"), elapsed, all, byEndpoint, new java.util.TreeMap<>(byStatus));
    }

    private static String line(String kind, List<Long> ns) {
        return String.format(Locale.ROOT, "  %-18s n=%7d  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  max %9.2f ms",
                kind, ns.size(), percentile(ns, 0.5) / 1e6, percentile(ns, 0.95) / 1e6, percentile(ns, 0.99) / 1e6,
                percentile(ns, 1.0) / 1e6);
    }

    private static String line(String kind, List<Long> ns, double seconds) {
        return line(kind, ns) + String.format(Locale.ROOT, "  %7.1f req/s", ns.size() / seconds);
    }

    private static long percentile(List<Long> ns, double p) {
        if (ns.isEmpty()) return 0;
        long[] a = ns.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        int i = (int) Math.ceil(p * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, i))];
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

        private static Map<String, String> options(String[] args) {
        return BenchFiles.options(args, "ServerLoadBench [--data PATH] [--articles N] [--index DIR] [--clients N] [--seconds S] [--max-requests N] [--batch N] [--nlp true|false] [--analyze-share PCT] [--ingest-while-serving true|false] [--ingest-clients N]");
    }

}
