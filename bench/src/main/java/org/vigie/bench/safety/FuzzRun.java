package org.vigie.bench.safety;

import org.vigie.testkit.Seeds;
import org.vigie.testkit.Mutation;
import org.vigie.testkit.ClearError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Section;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.corpus.Corpus;
import org.vigie.ingest.dump.DumpReader;
import org.vigie.ingest.feed.FeedReader;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.ingest.source.FormatDetector;
import org.vigie.ingest.tabular.CsvReader;
import org.vigie.ingest.tabular.JsonReader;
import org.vigie.ingest.tabular.JsonlReader;
import org.vigie.ingest.warc.WarcArticleReader;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.signals.SignalStages;
import org.vigie.server.ServerConfig;
import org.vigie.server.VigieServer;

/**
 * Corpus-mutation fuzzing of every reader and every HTTP endpoint, with a table of outcomes:
 *
 * <pre>
 * bench/run org.vigie.bench.safety.FuzzRun [--n 12000] [--seed 1] [--seeds DIR] [--bound-ms 10000]
 *     [--api-bound-ms 30000] [--nlp false] [--examples 3]
 * </pre>
 *
 * Inputs: the repository's samples (a page dump, OrangeSum records and pages) and small WARC, RSS,
 * Atom, CSV and JSON files built from them, each damaged by one to three {@link Mutation}s, plus
 * arbitrary bytes; {@code --seeds DIR} adds the files of a folder (by detected format). About 60% of
 * {@code --n} go to the readers, the rest to the API and the UI pages of a server started in this
 * JVM on a free 127.0.0.1 port and fed hostile query strings, ids, headers and bodies over raw
 * sockets (so malformed escapes and bogus headers reach the server as sent). Accepted posts run the
 * language stage only unless {@code --nlp true} (the full NLP pipeline: a run of ten minutes or more).
 *
 * <p>Outcomes, per input, within {@code --bound-ms} (a reader) or {@code --api-bound-ms} (a request):
 * <ul>
 *   <li>accepted: articles (whose sections lie within their text) or a 2xx/3xx answer;</li>
 *   <li>rejected with a clear error: a reader's ReadException that {@link ClearError} accepts (names
 *       the input, a verdict not a Java exception, and a line/byte/record unless it is about the
 *       whole input); for the API a 4xx with a JSON body {"error": {"code": status, "message"}},
 *       for a UI page a 4xx "Error N" page;</li>
 *   <li>rejected without a clear error: any other ReadException or 4xx;</li>
 *   <li>crashed: any other exception (or an article with a span outside its text), a 5xx, a dropped
 *       connection; unsafe: a UI page holding an unescaped {@code <script>}, or a feed
 *       ({@code /feeds/...}) answered 200 that is not well-formed XML, or a server with closed reads
 *       letting in a request with a {@code ?key=} that is not the asked feed's own key;</li>
 *   <li>hung: no outcome within the bound.</li>
 * </ul>
 */
public final class FuzzRun {

    enum Outcome { ACCEPTED, CLEAR, UNCLEAR, CRASHED, UNSAFE, HUNG }

    static final String TOKEN = "fuzz-token";
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "off"));
        Map<String, String> opt = BenchFiles.options(args,
                "FuzzRun [--n 12000] [--seed S] [--seeds DIR] [--bound-ms 10000] [--api-bound-ms 30000] [--nlp false|true] [--examples 3]");
        int n = Integer.parseInt(opt.getOrDefault("n", "12000"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "20261129"));
        long boundMs = Long.parseLong(opt.getOrDefault("bound-ms", "10000"));
        // The API's bound is longer: an accepted post runs the NLP, seconds for a long text on a busy machine.
        long apiBoundMs = Long.parseLong(opt.getOrDefault("api-bound-ms", "30000"));
        // Off by default so that CI's run stays near three minutes: posts then run the language stage only.
        // The NLP on hostile posts is fuzzed by vigie-server's ApiFuzzPropertiesTest and by --nlp true here.
        boolean nlp = Boolean.parseBoolean(opt.getOrDefault("nlp", "false"));
        int examples = Integer.parseInt(opt.getOrDefault("examples", "3"));

        Map<String, List<byte[]>> seeds = new LinkedHashMap<>();
        Seeds.all().forEach((k, v) -> seeds.put(k, new ArrayList<>(v)));
        if (opt.containsKey("seeds")) addSeeds(Path.of(opt.get("seeds")), seeds);

        HtmlReader html = new HtmlReader();
        Map<String, ArticleReader> readers = new LinkedHashMap<>();
        readers.put("dump", new DumpReader());
        readers.put("html", html);
        readers.put("warc", new WarcArticleReader(html));
        readers.put("feed", new FeedReader());
        readers.put("jsonl", new JsonlReader());
        readers.put("csv", new CsvReader());
        readers.put("json", new JsonReader());

        Bounded bounded = new Bounded(boundMs);
        List<Tally> tallies = new ArrayList<>();
        long t0 = System.nanoTime();
        Random rnd = new Random(seed);
        int perReader = (int) Math.ceil(n * 0.6 / readers.size());
        for (var e : readers.entrySet()) {
            Tally t = new Tally("reader " + e.getKey(), examples);
            tallies.add(t);
            List<byte[]> docs = seeds.get(e.getKey());
            for (int i = 0; i < perReader; i++) {
                byte[] doc = i % 8 == 0 ? randomBytes(rnd) : mutate(docs.get(rnd.nextInt(docs.size())), rnd);
                String name = "fuzz-" + i + "." + e.getKey();
                t.add(bounded.run(() -> read(e.getValue(), doc, name)), name + " (" + doc.length + " bytes)");
            }
            System.out.printf(Locale.ROOT, "  %s: %d inputs, %.0f s so far%n", t.target, t.tried(), (System.nanoTime() - t0) / 1e9);
        }

        int perEndpoint = (int) Math.ceil((n - perReader * readers.size()) / (double) Api.TARGETS.size());
        Path dir = Files.createTempDirectory("vigie-fuzz");
        try (Corpus corpus = Corpus.open(dir)) {
            Stage pipeline = nlp
                    ? Pipeline.of(new LanguageStage()).then(NlpPipelines.standard(null, SignalStages.Options.defaults().withoutSpellChecker()))
                    : Pipeline.of(new LanguageStage());
            List<Article> stored = new ArrayList<>();
            JsonlReader jsonl = new JsonlReader();
            stored.add(pipeline.process(new DumpReader().read(RawDocument.of(seeds.get("dump").get(0), "sample.txt")).get(0)));
            for (Article a : jsonl.read(RawDocument.of(seeds.get("jsonl").get(0), "sample.jsonl"))) stored.add(pipeline.process(a));
            corpus.ingest(stored);
            List<String> ids = new ArrayList<>(stored.stream().map(Article::id).toList());
            List<String> entityIds = stored.stream().flatMap(a -> a.entities().stream()).map(Entity::entityId)
                    .filter(x -> x != null).distinct().limit(50).toList();
            ServerConfig config = new ServerConfig(corpus, () -> pipeline,
                    mime -> switch (mime) {
                        case "text/plain" -> readers.get("dump");
                        case "text/html" -> html;
                        default -> null;
                    }, TOKEN, true, 1024 * 1024);
            // the same corpus behind closed reads, for the feeds' read-only keys (?key=); it only answers GETs
            ServerConfig closedConfig = new ServerConfig(corpus, () -> pipeline, mime -> null, TOKEN, false, 1024 * 1024);
            try (VigieServer server = VigieServer.create(config).start("127.0.0.1", 0);
                 VigieServer closed = VigieServer.create(closedConfig).start("127.0.0.1", 0)) {
                List<String> sites = new ArrayList<>(Api.SITES);
                stored.stream().flatMap(a -> org.vigie.corpus.store.ArticleDocuments.sites(a).stream()).distinct().forEach(sites::add);
                Api open = new Api(server.port(), (int) apiBoundMs, ids, entityIds, sites, seeds);
                Api closedApi = new Api(closed.port(), (int) apiBoundMs, ids, entityIds, sites, seeds);
                bounded.close();
                bounded = new Bounded(apiBoundMs + 1000); // the socket's own timeout answers first
                for (String target : Api.TARGETS) {
                    Tally t = new Tally(target, examples);
                    tallies.add(t);
                    for (int i = 0; i < perEndpoint; i++) {
                        Api api = target.equals(Api.CLOSED_FEEDS) ? closedApi : open;
                        Api.Request req = api.request(target, rnd);
                        t.add(bounded.run(() -> api.send(target, req)), req.describe());
                    }
                    System.out.printf(Locale.ROOT, "  %s: %d inputs, %.0f s so far%n", target, t.tried(), (System.nanoTime() - t0) / 1e9);
                }
            }
        } finally {
            BenchFiles.deleteTree(dir);
        }
        bounded.close();
        long failures = print(tallies, (System.nanoTime() - t0) / 1e9, seed, boundMs, apiBoundMs, nlp);
        // A crash, a hang or an unsafe page fails the run (CI shows it); an unclear error is reported only.
        System.exit(failures == 0 ? 0 : 1);
    }

    // ---- readers ---------------------------------------------------------------------------

    static Result read(ArticleReader reader, byte[] doc, String name) {
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out;
        try {
            out = reader.read(RawDocument.of(doc, name), rejects::add);
        } catch (ReadException e) {
            String p = ClearError.problem(e, name);
            return p == null ? new Result(Outcome.CLEAR, e.getMessage()) : new Result(Outcome.UNCLEAR, p);
        } catch (Throwable e) {
            return new Result(Outcome.CRASHED, e.toString());
        }
        for (ReadException e : rejects) {
            String p = ClearError.problem(e, name);
            if (p != null) return new Result(Outcome.UNCLEAR, p);
        }
        for (Article a : out) {
            for (Section s : a.sections()) {
                if (s.end() > a.text().length()) return new Result(Outcome.CRASHED, "section " + s + " past the text");
            }
            if (!a.id().equals(Article.contentId(a.text()))) return new Result(Outcome.CRASHED, "id is not the text's");
        }
        if (out.isEmpty() && !rejects.isEmpty()) return new Result(Outcome.CLEAR, rejects.get(0).getMessage());
        return new Result(Outcome.ACCEPTED, out.size() + " articles, " + rejects.size() + " records rejected");
    }

    static byte[] mutate(byte[] doc, Random rnd) {
        int k = 1 + rnd.nextInt(3);
        Mutation.Kind[] kinds = Mutation.Kind.values();
        for (int i = 0; i < k; i++) {
            doc = new Mutation(kinds[rnd.nextInt(kinds.length)], rnd.nextDouble(), 1 + rnd.nextInt(400), rnd.nextLong()).apply(doc);
        }
        return doc;
    }

    static byte[] randomBytes(Random rnd) {
        byte[] b = new byte[1 + rnd.nextInt(rnd.nextBoolean() ? 64 : 16384)];
        rnd.nextBytes(b);
        return b;
    }

    private static void addSeeds(Path dir, Map<String, List<byte[]>> seeds) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                FormatDetector.detect(f.getFileName().toString(), b.length > FormatDetector.HEAD_BYTES
                                ? java.util.Arrays.copyOf(b, FormatDetector.HEAD_BYTES) : b)
                        .filter(seeds::containsKey).ifPresent(fmt -> seeds.get(fmt).add(b));
            }
        }
    }

    // ---- the API -----------------------------------------------------------------------------

    /** Hostile requests per endpoint, sent as raw bytes so that nothing client-side cleans them. */
    static final class Api {
        static final List<String> TARGETS = List.of("GET /api/search", "GET /api/articles/{id}", "POST /api/analyze",
                "POST /api/ingest", "GET /api/entities/{id}", "GET /api/reprints/{id}", "GET /api/stories",
                "GET /api/timeline", "GET /api/terms", "GET /api/articles/{id}/related", "GET /api/sites", "GET /api/sites/{site}",
                "GET /api/quotes", "GET /api/quotes/{ref}",
                "GET /feeds/search.atom", "GET /feeds/entities/{id}.atom", "GET /feeds/sites/{site}.atom",
                "GET /search (page)", "GET /articles/{id} (page)", "GET /terms (page)", "GET /sites (page)", "GET /sites/{site} (page)",
                "GET /quotes (page)", "GET /quotes/{ref} (page)",
                "POST /analyze (page)", Api.CLOSED_FEEDS);
        /**
         * Feeds (and, now and then, the API and a page) of a server with closed reads, asked with a
         * {@code ?key=}: the feed's own key, another feed's, a hostile or empty one. A 2xx/3xx for
         * anything but a feed asked with its own key is unsafe.
         */
        static final String CLOSED_FEEDS = "GET /feeds/*?key= (closed reads)";
        static final org.vigie.server.api.FeedKeys KEYS = new org.vigie.server.api.FeedKeys(TOKEN);
        /** Site names that may or may not be stored, besides those that are. */
        static final List<String> SITES = List.of("fr.sputniknews.com", "actu.orange.fr", "sputniknews.com", "afp.com", "example.org",
                "lemonde.fr", "https://www.afp.com/fr", "AFP.COM", "x");
        /** Conditional-GET headers a feed reader sends, and broken ones. */
        static final List<String[]> CONDITIONS = List.of(new String[] {"If-None-Match", "*"}, new String[] {"If-None-Match", "\"x\", W/\"y\""},
                new String[] {"If-None-Match", "\"\u0001\u00e9"}, new String[] {"If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"},
                new String[] {"If-Modified-Since", "Sun, 31 Dec 9999 23:59:59 GMT"}, new String[] {"If-Modified-Since", "yesterday"},
                new String[] {"If-Modified-Since", "Mon, 32 Foo 2001 99:00:00 GMT"});
        static final List<String> PARAMS = List.of("q", "entity", "speaker", "site", "language", "signal", "from", "to",
                "sort", "offset", "size", "limit", "date", "min_size", "url", "page", "kind", "interval", "normalize", "top", "sample", "flagged",
                "min_articles", "versus_q", "versus_site", "versus_from", "versus_to", "days");
        static final List<String> LUCENE = List.of("\"", "\"unclosed", "AND", "OR", "NOT", "*", "?", "~", "~2", "^3", "title:",
                "(", ")", "[a TO", "{", "/re.*/", "\\", "+", "-", "&&", "||", "!", ":", "*:*", "a~99999999", "/[/");
        static final List<String> NUMBERS = List.of("-1", "0", "1", "100", "101", "2147483648", "99999999999999999999", "1e3",
                "0x1F", " 5 ", "", "NaN", "٣");
        static final List<String> DATES = List.of("2016-10-10", "2018-05-31", "2016-13-40", "10/10/2016", "+999999999-12-31",
                "2016-02-30", "0000-00-00", "2016-10-10T00:00", "-0001-01-01");
        static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "javascript:alert(1)", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "\u202Eevil",
                "😀", "\uD800", "\r\nX-Injected: 1", "' OR 1=1 --", "${jndi:ldap://x}");
        static final List<String> TYPES = List.of("text/plain", "text/plain; charset=utf-8", "text/html", "TEXT/HTML; Charset=ISO-8859-1",
                "text/html; charset=x-bogus", "text/plain; charset=\"", "application/json", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "", ";;;", "text/plain; charset=UTF-16", "application/octet-stream", "*/*");

        final int port;
        final int timeoutMs;
        final List<String> ids;
        final List<String> entityIds;
        /** The stored sites, then {@link #SITES}. */
        final List<String> sites;
        final List<String> words = new ArrayList<>();
        final List<byte[]> bodies = new ArrayList<>();

        Api(int port, int timeoutMs, List<String> ids, List<String> entityIds, List<String> sites, Map<String, List<byte[]>> seeds) {
            this.sites = sites;
            this.port = port;
            this.timeoutMs = timeoutMs;
            this.ids = ids;
            this.entityIds = entityIds.isEmpty() ? List.of("per:vladimir_poutine") : entityIds;
            String text = new String(seeds.get("dump").get(0), StandardCharsets.UTF_8);
            for (String w : text.split("[^\\p{L}]+")) if (w.length() > 4) words.add(w);
            // Bodies to post: short dumps (the pipeline runs on what is accepted), pages, JSON and feeds.
            for (byte[] d : seeds.get("dump")) bodies.add(java.util.Arrays.copyOf(d, Math.min(d.length, 1500)));
            bodies.add(seeds.get("warc").get(1)); // holds a small HTML page
            bodies.add(seeds.get("jsonl").get(0));
            bodies.add(seeds.get("feed").get(0));
            bodies.add("<html><head><title>Alerte</title></head><body><article><p>Un texte <script>alert(1)</script> hostile à Alep, a déclaré le ministre lundi.</p></article></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }

        record Request(String method, String target, List<String[]> headers, byte[] body) {
            String describe() {
                String t = target.length() > 160 ? target.substring(0, 160) + "..." : target;
                return method + " " + t + " " + headers.stream().map(h -> h[0] + ": " + abbreviate(h[1], 60)).toList()
                        + (body == null ? "" : " body " + body.length + " bytes");
            }
        }

        Request request(String target, Random r) {
            List<String[]> headers = new ArrayList<>();
            if (r.nextInt(10) == 0) headers.add(new String[] {"Accept", pick(r, List.of("*/*", "text/html", "application/json", "x/y;q=,,"))});
            if (r.nextInt(20) == 0) headers.add(new String[] {"Authorization", pick(r, List.of("Bearer " + TOKEN, "Bearer", "Basic Og==", "Bearer " + "x".repeat(5000)))});
            return switch (target) {
                case "GET /api/search" -> new Request("GET", "/api/search" + query(r, List.of("q", "entity", "speaker", "site", "language", "signal", "from", "to", "sort", "offset", "size")), headers, null);
                case "GET /api/articles/{id}" -> new Request("GET", "/api/articles/" + id(r, ids), headers, null);
                case "GET /api/entities/{id}" -> new Request("GET", "/api/entities/" + id(r, entityIds) + query(r, List.of("limit", "offset")), headers, null);
                case "GET /api/reprints/{id}" -> new Request("GET", "/api/reprints/" + id(r, ids), headers, null);
                case "GET /api/stories" -> new Request("GET", "/api/stories" + query(r, List.of("date", "min_size")), headers, null);
                case "GET /search (page)" -> new Request("GET", "/search" + query(r, List.of("q", "entity", "speaker", "site", "from", "to", "sort", "offset")), headers, null);
                case "GET /articles/{id} (page)" -> new Request("GET", "/articles/" + id(r, ids), headers, null);
                case "GET /api/articles/{id}/related" -> new Request("GET", "/api/articles/" + id(r, ids) + "/related" + query(r, List.of("top", "days")), headers, null);
                case "GET /api/timeline" -> new Request("GET", "/api/timeline" + query(r, List.of("q", "entity", "site", "from", "to", "interval", "normalize")), headers, null);
                case CLOSED_FEEDS -> {
                    headers.removeIf(h -> h[0].equals("Authorization")); // a feed reader's request: the key only
                    String path = switch (r.nextInt(6)) {
                        case 0, 1 -> "/feeds/search.atom";
                        case 2 -> "/feeds/entities/" + id(r, entityIds) + ".atom";
                        case 3 -> "/feeds/sites/" + pick(r, sites) + ".atom";
                        case 4 -> pick(r, List.of("/api/search", "/api/sites", "/search", "/api/timeline"));
                        default -> "/feeds/sites/" + id(r, sites) + pick(r, List.of(".atom", ""));
                    };
                    // a query the feed writes the same way (its key can be right), or any query
                    String q = switch (r.nextInt(3)) {
                        case 0 -> "";
                        case 1 -> "?q=" + java.net.URLEncoder.encode(pick(r, words), StandardCharsets.UTF_8).replace("+", "%20");
                        default -> query(r, List.of("q", "entity", "site", "signal", "author", "country", "from", "to", "limit"));
                    };
                    String address = path + q;
                    String key = switch (r.nextInt(6)) {
                        case 0, 1, 2 -> KEYS.keyFor(address);
                        case 3 -> KEYS.keyFor(pick(r, List.of("/feeds/search.atom", "/feeds/search.atom?q=alep", "/api/search")));
                        case 4 -> java.net.URLEncoder.encode(pick(r, HOSTILE), StandardCharsets.UTF_8);
                        default -> pick(r, List.of("", "x", KEYS.keyFor(address).toUpperCase(Locale.ROOT), KEYS.keyFor(address) + "="));
                    };
                    yield new Request("GET", address + (q.isEmpty() ? "?" : "&") + "key=" + key, headers, null);
                }
                case "GET /feeds/search.atom", "GET /feeds/entities/{id}.atom", "GET /feeds/sites/{site}.atom" -> {
                    if (r.nextInt(3) == 0) headers.add(CONDITIONS.get(r.nextInt(CONDITIONS.size())));
                    if (r.nextInt(30) == 0) headers.add(new String[] {"Host", pick(r, List.of("", "x\"><y", "[::1]:80", "a b"))});
                    List<String> filters = List.of("q", "entity", "speaker", "site", "language", "signal", "author", "from", "to", "limit");
                    String path = switch (target) {
                        case "GET /feeds/search.atom" -> "/feeds/search.atom";
                        case "GET /feeds/entities/{id}.atom" -> "/feeds/entities/" + id(r, entityIds) + pick(r, List.of(".atom", ".atom", ".atom", "", ".rss"));
                        default -> "/feeds/sites/" + (r.nextBoolean() ? pick(r, SITES) : id(r, SITES)) + pick(r, List.of(".atom", ".atom", ".atom", ""));
                    };
                    yield new Request("GET", path + query(r, filters), headers, null);
                }
                                case "GET /api/terms", "GET /terms (page)" -> new Request("GET", (target.endsWith("(page)") ? "/terms" : "/api/terms")
                        + query(r, List.of("q", "entity", "site", "from", "to", "top", "sample", "min_articles", "versus_q", "versus_site",
                                "versus_from", "versus_to")), headers, null);
                case "GET /api/sites", "GET /sites (page)" -> new Request("GET", (target.endsWith("(page)") ? "/sites" : "/api/sites")
                        + query(r, List.of("q", "entity", "site", "signal", "from", "to")), headers, null);
                case "GET /api/sites/{site}", "GET /sites/{site} (page)" -> new Request("GET", (target.endsWith("(page)") ? "/sites/" : "/api/sites/")
                        + id(r, sites) + query(r, List.of("top", "sample")), headers, null);
                case "GET /api/quotes", "GET /quotes (page)" -> new Request("GET", (target.endsWith("(page)") ? "/quotes" : "/api/quotes")
                        + query(r, List.of("q", "speaker", "site", "from", "to", "top", "flagged")), headers, null);
                case "GET /api/quotes/{ref}", "GET /quotes/{ref} (page)" -> new Request("GET", (target.endsWith("(page)") ? "/quotes/" : "/api/quotes/")
                        + (r.nextBoolean() ? id(r, ids) + "-" + (r.nextInt(4) == 0 ? value(r) : Integer.toString(r.nextInt(5000))) : id(r, ids)),
                        headers, null);
                case "POST /api/analyze", "POST /api/ingest" -> {
                    if (target.endsWith("ingest") && r.nextInt(10) != 0) headers.add(new String[] {"Authorization", "Bearer " + TOKEN});
                    if (r.nextInt(12) != 0) headers.add(new String[] {"Content-Type", pick(r, TYPES)});
                    yield new Request("POST", (target.endsWith("ingest") ? "/api/ingest" : "/api/analyze") + query(r, List.of("date", "url")), headers, body(r));
                }
                case "POST /analyze (page)" -> {
                    headers.add(new String[] {"Content-Type", r.nextInt(8) == 0 ? pick(r, TYPES) : "application/x-www-form-urlencoded"});
                    String page = new String(body(r), StandardCharsets.UTF_8);
                    String form = "page=" + enc(page) + "&kind=" + enc(r.nextBoolean() ? "text/plain" : r.nextBoolean() ? "text/html" : value(r));
                    if (r.nextInt(10) == 0) form = form.replace("page=", pick(r, List.of("pag=", "page=%", "page=%zz", "")));
                    yield new Request("POST", "/analyze", headers, form.getBytes(StandardCharsets.UTF_8));
                }
                default -> throw new IllegalArgumentException(target);
            };
        }

        byte[] body(Random r) {
            int k = r.nextInt(20);
            if (k == 0) return new byte[0];
            if (k == 1) return new byte[2 * 1024 * 1024]; // over the 1 MiB limit: 413
            byte[] b = bodies.get(r.nextInt(bodies.size()));
            return k < 6 ? b : mutate(b, r);
        }

        String query(Random r, List<String> names) {
            int k = r.nextInt(4);
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < k; i++) {
                String name = r.nextInt(10) == 0 ? pick(r, PARAMS) : pick(r, names);
                q.append(i == 0 ? '?' : '&').append(name).append('=').append(rawOrEncoded(r, valueFor(name, r)));
            }
            return q.toString();
        }

        String valueFor(String name, Random r) {
            if (r.nextInt(3) == 0) return value(r);
            return switch (name) {
                case "q" -> pick(r, words) + (r.nextBoolean() ? "" : " " + pick(r, LUCENE) + pick(r, words));
                case "from", "to", "date", "versus_from", "versus_to" -> pick(r, DATES);
                case "offset", "size", "limit", "min_size", "top", "sample", "min_articles", "days" -> pick(r, NUMBERS);
                case "versus_q" -> pick(r, words);
                case "interval" -> pick(r, List.of("day", "week", "month", "year", ""));
                case "normalize" -> pick(r, List.of("true", "false", "yes", ""));
                case "sort" -> pick(r, List.of("relevance", "date", "DATE", ""));
                case "language" -> pick(r, List.of("fr", "en", "xx", ""));
                default -> pick(r, words);
            };
        }

        String value(Random r) {
            return switch (r.nextInt(7)) {
                case 0 -> pick(r, LUCENE) + pick(r, LUCENE) + pick(r, words);
                case 1 -> randomText(r, 1 + r.nextInt(40));
                case 2 -> pick(r, NUMBERS);
                case 3 -> pick(r, DATES);
                case 4 -> "x".repeat(1 + r.nextInt(6000));
                case 5 -> pick(r, HOSTILE);
                default -> pick(r, ids);
            };
        }

        String id(Random r, List<String> known) {
            return switch (r.nextInt(8)) {
                case 0, 1 -> known.get(r.nextInt(known.size()));
                case 2 -> {
                    String id = known.get(r.nextInt(known.size()));
                    int i = r.nextInt(id.length());
                    yield id.substring(0, i) + (char) ('0' + r.nextInt(75)) + id.substring(i + 1);
                }
                case 3 -> Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong());
                case 4 -> "a".repeat(100 + r.nextInt(400));
                default -> rawOrEncoded(r, value(r));
            };
        }

        /** Mostly percent-encoded; sometimes with a broken escape or raw bytes a client would refuse to send. */
        static String rawOrEncoded(Random r, String v) {
            String e = enc(v);
            return switch (r.nextInt(12)) {
                case 0 -> e + pick(r, List.of("%", "%z", "%zz", "%C3", "%00", "%ED%A0%80", "%FF"));
                case 1 -> v.replaceAll("[\\s\\r\\n]", "+"); // raw, unencoded
                default -> e;
            };
        }

        static String randomText(Random r, int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int c = switch (r.nextInt(4)) {
                    case 0 -> 0x20 + r.nextInt(0x5F);
                    case 1 -> r.nextInt(0x20);
                    case 2 -> 0xA0 + r.nextInt(0x2000);
                    default -> r.nextInt(0x10FFFF);
                };
                if (Character.isValidCodePoint(c)) b.appendCodePoint(c);
            }
            return b.toString();
        }

        Result send(String target, Request req) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            boolean host = req.headers().stream().anyMatch(h -> h[0].equals("Host")); // a request's own Host replaces ours
            String line = req.method() + " " + req.target() + " HTTP/1.1\r\n" + (host ? "" : "Host: 127.0.0.1:" + port + "\r\n")
                    + "Connection: close\r\n";
            head.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            for (String[] h : req.headers()) head.writeBytes((h[0] + ": " + h[1].replaceAll("[\r\n]", " ") + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (req.body() != null) head.writeBytes(("Content-Length: " + req.body().length + "\r\n").getBytes(StandardCharsets.UTF_8));
            head.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            byte[] response;
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMs);
                s.setSoTimeout(timeoutMs);
                OutputStream out = s.getOutputStream();
                out.write(head.toByteArray());
                if (req.body() != null) {
                    try {
                        out.write(req.body());
                    } catch (IOException e) {
                        // the server may answer (413) and close before reading a large body: read its answer
                    }
                }
                out.flush();
                InputStream in = s.getInputStream();
                response = in.readAllBytes();
            } catch (SocketTimeoutException e) {
                return new Result(Outcome.HUNG, "no answer within " + timeoutMs + " ms");
            } catch (IOException e) {
                return new Result(Outcome.CRASHED, "connection failed: " + e);
            }
            Result result = classify(target, response);
            if (target.equals(CLOSED_FEEDS) && result.outcome() == Outcome.ACCEPTED && !ownKey(req.target(), response)) {
                return new Result(Outcome.UNSAFE, "closed reads let in by a key that is not the served feed's: " + result.detail());
            }
            return result;
        }

        private static final Pattern SELF = Pattern.compile("<link rel=\"self\" type=\"application/atom\\+xml\" href=\"http://[^/\"]+([^\"]*)\"");

        /**
         * Whether the feed served is the one the request's key was made for: the only request closed
         * reads let in without the token (parameters a feed ignores, such as sort, change nothing).
         */
        static boolean ownKey(String target, byte[] response) {
            int k = Math.max(target.lastIndexOf("?key="), target.lastIndexOf("&key="));
            if (k < 0 || !target.startsWith("/feeds/")) return false;
            java.util.regex.Matcher m = SELF.matcher(new String(response, StandardCharsets.UTF_8));
            if (!m.find()) return false;
            String self = m.group(1).replace("&amp;", "&");
            int sk = Math.max(self.lastIndexOf("?key="), self.lastIndexOf("&key="));
            String served = sk < 0 ? self : self.substring(0, sk);
            try {
                return KEYS.accepts(served, java.net.URLDecoder.decode(target.substring(k + 5), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return false; // a broken escape is no key
            }
        }

        static Result classify(String target, byte[] response) {
            String all = new String(response, StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            if (!all.startsWith("HTTP/1.1 ") || end < 0) return new Result(Outcome.CRASHED, "no HTTP answer: " + abbreviate(all, 200));
            int status = Integer.parseInt(all.substring(9, 12));
            String headers = all.substring(0, end).toLowerCase(Locale.ROOT);
            String body = all.substring(end + 4);
            if (headers.contains("transfer-encoding: chunked")) body = dechunk(body);
            // the closed-reads target also asks pages now and then (answered by an HTML error page)
            boolean page = target.contains("(page)") || (target.equals(CLOSED_FEEDS) && headers.contains("content-type: text/html"));
            String summary = status + " " + abbreviate(body.replaceAll("\\s+", " "), 300);
            if (page && SCRIPT.matcher(body).find()) return new Result(Outcome.UNSAFE, summary);
            if (status >= 500) return new Result(Outcome.CRASHED, summary);
            if (target.contains("/feeds/") && status == 200 && !wellFormed(body)) {
                return new Result(Outcome.UNSAFE, "not well-formed XML: " + summary);
            }
            if (status < 400) return new Result(Outcome.ACCEPTED, String.valueOf(status));
            if (page && headers.contains("content-type: text/html")) {
                return new Result(body.contains("<h1>Error " + status + "</h1>") ? Outcome.CLEAR : Outcome.UNCLEAR, summary);
            }
            // API errors, and requests the HTTP layer rejects before routing (for pages too): JSON
            try {
                JsonNode e = JSON.readTree(body).path("error");
                String message = e.path("message").asText("");
                boolean clear = e.path("code").asInt() == status && message.split("\\s+").length >= 2
                        && !ClearError.JAVA_NAMES.matcher(message).find();
                return new Result(clear ? Outcome.CLEAR : Outcome.UNCLEAR, summary);
            } catch (IOException ex) {
                return new Result(Outcome.UNCLEAR, "not JSON: " + summary);
            }
        }

        static final Pattern SCRIPT = Pattern.compile("(?i)<script");

        /** Whether a feed is well-formed XML (the JDK's parser, no DTD): a feed reader rejects a whole feed that is not. */
        static boolean wellFormed(String xml) {
            try {
                javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
                b.setErrorHandler(null);
                b.parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
                return true;
            } catch (Exception e) {
                return false;
            }
        }

        static String dechunk(String body) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < body.length()) {
                int nl = body.indexOf("\r\n", i);
                if (nl < 0) break;
                int size;
                try {
                    size = Integer.parseInt(body.substring(i, nl).split(";")[0].strip(), 16);
                } catch (NumberFormatException e) {
                    break;
                }
                if (size == 0) break;
                // sizes count bytes; the texts here are UTF-8, so walk bytes
                byte[] rest = body.substring(nl + 2).getBytes(StandardCharsets.UTF_8);
                int take = Math.min(size, rest.length);
                String chunk = new String(rest, 0, take, StandardCharsets.UTF_8);
                out.append(chunk);
                i = nl + 2 + chunk.length() + 2;
            }
            return out.toString();
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    // ---- running and counting ------------------------------------------------------------------

    record Result(Outcome outcome, String detail) {
    }

    /** Runs each input on a worker thread and gives up after the bound (the worker is then abandoned). */
    static final class Bounded implements AutoCloseable {
        private final long boundMs;
        private ExecutorService worker = newWorker();
        long slowestNs;

        Bounded(long boundMs) {
            this.boundMs = boundMs;
        }

        private static ExecutorService newWorker() {
            return Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz-input");
                t.setDaemon(true);
                return t;
            });
        }

        Timed run(Callable<Result> task) {
            long t0 = System.nanoTime();
            Future<Result> f = worker.submit(task);
            try {
                Result r = f.get(boundMs, TimeUnit.MILLISECONDS);
                return new Timed(r, System.nanoTime() - t0);
            } catch (TimeoutException e) {
                f.cancel(true);
                worker.shutdownNow();
                worker = newWorker();
                return new Timed(new Result(Outcome.HUNG, "no outcome within " + boundMs + " ms"), System.nanoTime() - t0);
            } catch (ExecutionException e) {
                return new Timed(new Result(Outcome.CRASHED, String.valueOf(e.getCause())), System.nanoTime() - t0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            worker.shutdownNow();
        }
    }

    record Timed(Result result, long ns) {
    }

    static final class Tally {
        final String target;
        final int maxExamples;
        final long[] counts = new long[Outcome.values().length];
        final Map<Outcome, List<String>> examples = new HashMap<>();
        long slowestNs;
        String slowest;

        Tally(String target, int maxExamples) {
            this.target = target;
            this.maxExamples = maxExamples;
        }

        void add(Timed t, String input) {
            Outcome o = t.result().outcome();
            counts[o.ordinal()]++;
            if (o != Outcome.ACCEPTED && o != Outcome.CLEAR) {
                List<String> l = examples.computeIfAbsent(o, k -> new ArrayList<>());
                if (l.size() < maxExamples) l.add(abbreviate(input, 300) + " -> " + abbreviate(t.result().detail(), 400));
            }
            if (t.ns() > slowestNs) {
                slowestNs = t.ns();
                slowest = abbreviate(input, 120);
            }
        }

        long tried() {
            long s = 0;
            for (long c : counts) s += c;
            return s;
        }

        long get(Outcome o) {
            return counts[o.ordinal()];
        }
    }

    static long print(List<Tally> tallies, double seconds, long seed, long boundMs, long apiBoundMs, boolean nlp) {
        System.out.printf(Locale.ROOT, "%nFuzzRun: seed %d, per-input bound %d ms (readers), %d ms (HTTP), NLP pipeline %s, "
                        + "%.0f s in all, load average %.1f on %d cores%n", seed, boundMs, apiBoundMs, nlp ? "on" : "off", seconds,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        String fmt = "%-28s %8s %9s %9s %10s %8s %7s %5s %10s%n";
        System.out.printf(Locale.ROOT, fmt, "target", "tried", "accepted", "rejected", "rejected", "crashed", "unsafe", "hung", "slowest");
        System.out.printf(Locale.ROOT, fmt, "", "", "", "clearly", "unclearly", "", "", "", "(ms)");
        long[] total = new long[Outcome.values().length];
        long slowest = 0;
        String slowestInput = "";
        for (Tally t : tallies) {
            System.out.printf(Locale.ROOT, fmt, t.target, t.tried(), t.get(Outcome.ACCEPTED), t.get(Outcome.CLEAR),
                    t.get(Outcome.UNCLEAR), t.get(Outcome.CRASHED), t.get(Outcome.UNSAFE), t.get(Outcome.HUNG),
                    String.format(Locale.ROOT, "%.0f", t.slowestNs / 1e6));
            for (Outcome o : Outcome.values()) total[o.ordinal()] += t.get(o);
            if (t.slowestNs > slowest) {
                slowest = t.slowestNs;
                slowestInput = t.target + ": " + t.slowest;
            }
        }
        long tried = 0;
        for (long c : total) tried += c;
        System.out.printf(Locale.ROOT, fmt, "ALL", tried, total[0], total[1], total[2], total[3], total[4], total[5],
                String.format(Locale.ROOT, "%.0f", slowest / 1e6));
        System.out.println("slowest input: " + slowestInput);
        for (Tally t : tallies) {
            for (Outcome o : List.of(Outcome.UNCLEAR, Outcome.CRASHED, Outcome.UNSAFE, Outcome.HUNG)) {
                for (String ex : t.examples.getOrDefault(o, List.of())) {
                    System.out.println("  " + o.name().toLowerCase(Locale.ROOT) + " | " + t.target + " | " + ex);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d inputs tried / %d rejected with a clear error / %d rejected without a clear error / %d crashed / %d unsafe / %d hung%n",
                tried, total[1], total[2], total[3], total[4], total[5]);
        return total[3] + total[4] + total[5];
    }

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static String abbreviate(String s, int max) {
        if (s == null) return "null";
        s = s.replaceAll("[\\p{Cntrl}&&[^\n]]", "?");
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    private FuzzRun() {
    }
}
