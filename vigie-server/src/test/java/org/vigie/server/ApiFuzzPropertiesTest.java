package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;

/**
 * Property-based fuzzing of the HTTP API and the UI: hostile query strings, ids, content types and
 * bodies. Every answer is a 2xx, or a 4xx whose body is the JSON error {"error": {"code", "message"}}
 * (an HTML error page for UI pages); never a 5xx, and no page holds an unescaped {@code <script>}.
 * Tries are few where a request runs the NLP pipeline. The timeout is a hang guard, not a speed check.
 */
class ApiFuzzPropertiesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Pattern SCRIPT = Pattern.compile("(?i)<script");
    static final String TOKEN = "fuzz-token";

    static TestServer app;
    static Corpus corpus;
    static String base;
    static List<String> ids;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeContainer
    static void start() throws Exception {
        app = TestServer.open("vigie-api-fuzz");
        corpus = app.corpus();
        ids = TestCorpus.fill(corpus);
        base = app.serve(TestCorpus.config(corpus, TOKEN, true, 64 * 1024));
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            app.close();
        } finally {
            if (closed != null) closed.close();
        }
    }

    /** The same articles behind closed reads: feeds open to their own {@code ?key=} only. */
    static TestServer closed;
    static final org.vigie.server.api.FeedKeys KEYS = new org.vigie.server.api.FeedKeys(TOKEN);

    static TestServer closed() throws Exception {
        if (closed == null) {
            closed = TestServer.open("vigie-api-fuzz-closed");
            List<org.vigie.core.model.Article> all = new java.util.ArrayList<>();
            corpus.forEach(all::add);
            closed.corpus().ingest(all);
            closed.serve(TestCorpus.config(closed.corpus(), TOKEN, false, 64 * 1024));
        }
        return closed;
    }

    // ---- properties -------------------------------------------------------------------------

    @Property(tries = 150)
    void searchParametersGiveResultsOrAJsonError(@ForAll("queries") String query) throws Exception {
        answersSafely("/api/search?" + query, get("/api/search?" + query));
    }

    @Property(tries = 100)
    void searchPageNeverEchoesScript(@ForAll("queries") String query) throws Exception {
        answersSafely("/search?" + query, get("/search?" + query));
    }

    @Property(tries = 60)
    void termsParametersGiveWordsOrAJsonError(@ForAll("termsQueries") String query) throws Exception {
        answersSafely("/api/terms?" + query, get("/api/terms?" + query));
        answersSafely("/terms?" + query, get("/terms?" + query));
    }

    @Property(tries = 100)
    void feedParametersGiveAWellFormedFeedOrAJsonError(@ForAll("feedPaths") String path, @ForAll("queries") String query,
                                                      @ForAll("conditions") String[] condition) throws Exception {
        String p = path + "?" + query;
        HttpResponse<String> r = condition.length == 0 ? get(p) : get(p, condition[0], condition[1]);
        answersSafely(p, r);
        if (r.statusCode() == 200) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"), p);
            org.vigie.testkit.AtomCheck.read(r.body().getBytes(StandardCharsets.UTF_8)); // well-formed, the required elements
        }
    }

    @Property(tries = 100)
    void underClosedReadsOnlyAFeedsOwnKeyOpensIt(@ForAll("feedPaths") String path, @ForAll("queries") String query,
                                                 @ForAll("feedKeys") String keyKind) throws Exception {
        TestServer c = closed();
        String address = query.isEmpty() ? path : path + "?" + query;
        String key = switch (keyKind) {
            case "own" -> KEYS.keyFor(address);
            case "search" -> KEYS.keyFor("/feeds/search.atom");
            case "other-token" -> new org.vigie.server.api.FeedKeys("another-" + TOKEN).keyFor(address);
            default -> URLEncoder.encode(keyKind, StandardCharsets.UTF_8);
        };
        String target = address + (query.isEmpty() ? "?" : "&") + "key=" + key;
        HttpResponse<String> r = c.get(target);
        answersSafely(target, r);
        if (r.statusCode() < 400) {
            // the feed served is the one the key was made for (parameters a feed ignores, such as sort, change nothing)
            String self = org.vigie.testkit.AtomCheck.read(r.body().getBytes(StandardCharsets.UTF_8)).link("self");
            int k = Math.max(self.lastIndexOf("?key="), self.lastIndexOf("&key="));
            assertTrue(k > 0, "the self link keeps the key: " + self);
            String served = self.substring("http://127.0.0.1:".length() + Integer.toString(c.port()).length(), k);
            assertEquals(KEYS.keyFor(served), java.net.URLDecoder.decode(key, StandardCharsets.UTF_8),
                    target + " let in by a key that is not the served feed's (" + served + ")");
        }
        // never on the API or the pages, whatever the key
        for (String p : List.of("/api/search", "/search", "/api/sites")) {
            String other = p + (query.isEmpty() ? "?" : "?" + query + "&") + "key=" + KEYS.keyFor(p + (query.isEmpty() ? "" : "?" + query));
            HttpResponse<String> a = c.get(other);
            assertEquals(401, a.statusCode(), other + " -> " + a.body());
            answersSafely(other, a);
        }
    }

    @Provide
    Arbitrary<String> feedKeys() {
        return Arbitraries.oneOf(Arbitraries.of("own", "own", "search", "other-token", "", "x", "=", "%00"),
                Arbitraries.of(HOSTILE), Arbitraries.strings().ofMaxLength(80));
    }

    @Property(tries = 60)
    void siteParametersGiveTheListOrAProfileOrAJsonError(@ForAll("siteNames") String site, @ForAll("siteQueries") String query)
            throws Exception {
        String p = URLEncoder.encode(site, StandardCharsets.UTF_8).replace("+", "%20");
        answersSafely("/api/sites/" + p + "?" + query, get("/api/sites/" + p + "?" + query));
        answersSafely("/sites/" + p + "?" + query, get("/sites/" + p + "?" + query));
        answersSafely("/api/sites?" + query, get("/api/sites?" + query));
        answersSafely("/sites?" + query, get("/sites?" + query));
    }

    @Property(tries = 60)
    void quoteParametersGiveTrailsOrAJsonError(@ForAll("quoteRefs") String ref, @ForAll("quoteQueries") String query) throws Exception {
        String p = URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("+", "%20");
        answersSafely("/api/quotes/" + p, get("/api/quotes/" + p));
        answersSafely("/quotes/" + p, get("/quotes/" + p));
        answersSafely("/api/quotes?" + query, get("/api/quotes?" + query));
        answersSafely("/quotes?" + query, get("/quotes?" + query));
    }

    @Provide
    Arbitrary<String> quoteRefs() {
        return Arbitraries.oneOf(Combinators.combine(Arbitraries.of(ids), Arbitraries.integers().between(-5, 100_000))
                        .as((id, start) -> id + "-" + start),
                Arbitraries.of(HOSTILE).filter(s -> !s.isEmpty()), Arbitraries.strings().ofMinLength(1).ofMaxLength(200),
                Arbitraries.of(ids).map(id -> id + "-99999999999999"));
    }

    @Provide
    Arbitrary<String> quoteQueries() {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of("q", "speaker", "site", "from", "to", "top", "flagged"), values())
                .as((n, v) -> n + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return pair.list().ofMaxSize(3).map(l -> String.join("&", l));
    }

    @Property(tries = 150)
    void idsGiveTheRecordOrAJsonError(@ForAll("paths") String path, @ForAll("ids") String id) throws Exception {
        String p = path + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        answersSafely(p, get(p));
    }

    @Property(tries = 60)
    void relatedGivesTheListOrAJsonError(@ForAll("ids") String id, @ForAll("relatedQueries") String query) throws Exception {
        String p = "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "/related" + query;
        answersSafely(p, get(p));
    }

    @Property(tries = 40)
    void postedPagesAreAnalysedOrRejectedWithAJsonError(@ForAll("bodies") byte[] body, @ForAll("contentTypes") String type,
                                                        @ForAll("postQueries") String query) throws Exception {
        answersSafely("/api/analyze", post("/api/analyze" + query, type, body, null));
    }

    @Property(tries = 20)
    void ingestWithTheTokenStoresOrRejectsWithAJsonError(@ForAll("bodies") byte[] body, @ForAll("contentTypes") String type)
            throws Exception {
        answersSafely("/api/ingest", post("/api/ingest", type, body, TOKEN));
    }

    @Property(tries = 20)
    void analyzePageEscapesWhatItShows(@ForAll("bodies") byte[] body, @ForAll("kinds") String kind) throws Exception {
        String form = "page=" + URLEncoder.encode(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                + "&kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8);
        answersSafely("/analyze", post("/analyze", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), null));
    }

    // ---- regressions found by fuzzing (FuzzRun) ------------------------------------------------

    @Example
    void yearsLocalDateTakesButDateArithmeticCannotAreRejected() throws Exception {
        // +999999999-12-31 parsed, then the story window (day + 2) overflowed: a 500.
        assertJsonError(get("/api/stories?date=%2B999999999-12-31"), 400);
        assertJsonError(get("/api/search?q=Alep&to=%2B999999999-12-31"), 400);
        HttpResponse<String> page = get("/search?q=Alep&to=%2B999999999-12-31");
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("<h1>Error 400</h1>"), page.body());
    }

    @Example
    void analyzeFormThatIsNotAFormIsABadRequest() throws Exception {
        // A multipart body with no parts, or an unknown charset, threw from the form parser: a 500.
        HttpResponse<String> r = post("/analyze", "multipart/form-data; boundary=x", "page=Bonjour".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("unreadable form"), r.body());
        r = post("/analyze", "application/x-www-form-urlencoded; charset=\"", "page=Bonjour".getBytes(StandardCharsets.UTF_8), null);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 200, r.statusCode() + " " + r.body());
    }

    @Example
    void requestsJettyCannotParseGetTheJsonError() throws Exception {
        // A control character or a broken escape in the URL was answered by Jetty's own HTML page.
        for (String target : List.of("/api/search?q=a\u0001b", "/api/articles/%zz", "/api/articles/%00", "/search?q=a\u0002")) {
            RawAnswer a = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertEquals(400, a.status, target + ": " + a.body);
            JsonNode e = ArticleJson.mapper().readTree(a.body).get("error");
            assertEquals(400, e.get("code").asInt(), a.body);
            assertTrue(e.get("message").asText().startsWith("malformed request: "), a.body);
        }
    }

    @Example
    void aFeedAsksForAHostItCanLinkTo() throws Exception {
        // the feed's links are made of the Host header: one a URL cannot hold is refused, never written into the feed
        for (String host : List.of("x\"><script>", "a b", "evil.example/path", "", "[zz]")) {
            RawAnswer a = raw("GET /feeds/search.atom HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertEquals(400, a.status, host + ": " + a.body);
            assertEquals(400, ArticleJson.mapper().readTree(a.body).path("error").path("code").asInt(), a.body);
        }
        RawAnswer ok = raw("GET /feeds/search.atom HTTP/1.1\r\nHost: [::1]:8080\r\nConnection: close\r\n\r\n");
        assertEquals(200, ok.status, ok.body);
        assertTrue(ok.body.contains("href=\"http://[::1]:8080/feeds/search.atom\""), ok.body);
    }

    @Example
    void aPageOfNoWordIsAnalysedIntoNoEntities() throws Exception {
        // The page "\uFFFD" (a byte 0xFF read as UTF-8) has text but no token: the entity stage took
        // the empty token layer for a misconfigured pipeline and threw (a 500).
        for (String page : List.of("\uFFFD", "?!…", "\u00A0·\u2014")) {
            HttpResponse<String> r = post("/api/analyze", "text/plain; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), null);
            answersSafely(page, r);
            if (r.statusCode() == 200) assertTrue(ArticleJson.mapper().readTree(r.body()).path("entities").isEmpty(), r.body());
        }
        HttpResponse<String> r = post("/analyze", "application/x-www-form-urlencoded", "page=%EF%BF%BD&kind=text%2Fplain".getBytes(StandardCharsets.UTF_8), null);
        answersSafely("/analyze", r);
    }

    @Example
    void aTextTooLongToAnalyseIsRefusedBeforeTheAnalysis() {
        // A 100 KB text held a worker in the NLP for tens of seconds (and, on ingest, the writer's lock).
        org.vigie.core.model.Article a = org.vigie.core.model.Article.compose("Titre", null,
                List.of("Le ministre a parlé lundi à Paris devant la presse réunie. ".repeat(1_800)));
        org.vigie.server.api.ApiException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.vigie.server.api.ApiException.class, () -> org.vigie.server.api.ApiRoutes.checkAnalyzable(a));
        assertEquals(413, e.status());
        assertTrue(e.getMessage().contains("100,000-character limit"), e.getMessage());
        org.vigie.server.api.ApiRoutes.checkAnalyzable(org.vigie.core.model.Article.compose("Titre", null, List.of("Court.")));
    }

    // ---- generators -------------------------------------------------------------------------

    static final List<String> NAMES = List.of("q", "entity", "speaker", "site", "language", "signal", "author", "from", "to", "sort",
            "offset", "size", "date", "min_size", "limit", "x");
    static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "\"unclosed",
            "a AND (b", "*:*", "title:", "/[/", "\\", "~", "^", "2016-13-40", "+999999999-12-31", "10/10/2016", "-1",
            "99999999999999999999", "1e3", "", " ", "\u0000", "\uFFFF", "😀", "../../etc/passwd", "Alep", "Poutine",
            "date", "relevance", "fr");

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("\"()[]{}:*?~^\\/!+-&|<> aéZ09").ofMaxLength(30),
                Arbitraries.integers().map(String::valueOf), Arbitraries.strings().withChars('x').ofMinLength(1000).ofMaxLength(3000));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(NAMES), values())
                .as((n, v) -> n + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return pair.list().ofMaxSize(4).map(l -> String.join("&", l));
    }

    @Provide
    Arbitrary<String> termsQueries() {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of("q", "site", "from", "to", "entity", "top", "sample", "min_articles",
                        "versus_q", "versus_site", "versus_from", "versus_to"), values())
                .as((n, v) -> n + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return pair.list().ofMaxSize(4).map(l -> String.join("&", l));
    }

    @Provide
    Arbitrary<String> feedPaths() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("vladimir-putin", "alep", "fr.sputniknews.com", "a..b", ""),
                Arbitraries.of(HOSTILE), Arbitraries.strings().ofMaxLength(60))
                .map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
        return Arbitraries.oneOf(Arbitraries.just("/feeds/search.atom"),
                Combinators.combine(Arbitraries.of("/feeds/entities/", "/feeds/sites/"), name, Arbitraries.of(".atom", ".atom", "", ".rss"))
                        .as((dir, n, ext) -> dir + n + ext));
    }

    @Provide
    Arbitrary<String[]> conditions() {
        return Arbitraries.of(new String[0], new String[] {"If-None-Match", "*"}, new String[] {"If-None-Match", "\"x\", W/\"y\""},
                new String[] {"If-None-Match", "\"\"\"\", ,,"}, new String[] {"If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"},
                new String[] {"If-Modified-Since", "Sun, 31 Dec 9999 23:59:59 GMT"}, new String[] {"If-Modified-Since", "yesterday"},
                new String[] {"If-Modified-Since", "Mon, 32 Foo 2001 99:00:00 GMT"});
    }

    @Provide
    Arbitrary<String> siteNames() {
        return Arbitraries.oneOf(Arbitraries.of("alep.example", "hostile.txt", "ALEP.example", "https://www.alep.example/x"),
                Arbitraries.of(HOSTILE).filter(s -> !s.isEmpty()), Arbitraries.strings().ofMinLength(1).ofMaxLength(400));
    }

    @Provide
    Arbitrary<String> siteQueries() {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of("q", "site", "signal", "from", "to", "top", "sample"), values())
                .as((n, v) -> n + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return pair.list().ofMaxSize(3).map(l -> String.join("&", l));
    }

    @Provide
    Arbitrary<String> postQueries() {
        return Arbitraries.of("", "?date=2016-10-10", "?date=hier", "?date=%2B999999999-01-01", "?url=javascript:alert(1)",
                "?url=" + "x".repeat(3000));
    }

    @Provide
    Arbitrary<String> relatedQueries() {
        return Arbitraries.of("", "?top=1", "?top=0", "?top=101", "?top=x", "?days=any", "?days=0", "?days=-1", "?days=3651",
                "?days=99999999999", "?days=%3Cscript%3E", "?top=3&days=any");
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("/api/articles/", "/api/entities/", "/api/reprints/", "/articles/", "/entities/", "/reprints/");
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(Arbitraries.of(ids), Arbitraries.of(HOSTILE).filter(s -> !s.isEmpty()),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(200),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(16),
                Arbitraries.of(ids).map(id -> id.substring(0, id.length() - 1) + "z"));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/plain", "text/plain; charset=utf-8", "text/html", "TEXT/HTML; Charset=ISO-8859-1",
                "text/html; charset=x-bogus", "text/plain; charset=\"", "application/json", "multipart/form-data; boundary=x",
                ";;;", "text/plain; charset=UTF-16", "application/octet-stream");
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of("text/plain", "text/html", "", "application/pdf", "<script>");
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        byte[] hostile = TestCorpus.HOSTILE.getBytes(StandardCharsets.UTF_8);
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, hostile.length).map(n -> java.util.Arrays.copyOf(hostile, n));
        Arbitrary<byte[]> spliced = Combinators.combine(Arbitraries.integers().between(0, hostile.length),
                Arbitraries.of("<script>alert(1)</script>", "\u0000", "<div>".repeat(5000), "{\"title\":", "\uFFFD\uD83D",
                        "<html><body><p>", "]]>", "&#0;")).as((at, s) -> {
                    String t = new String(hostile, StandardCharsets.UTF_8);
                    int i = Math.min(at, t.length());
                    return (t.substring(0, i) + s + t.substring(i)).getBytes(StandardCharsets.UTF_8);
                });
        return Arbitraries.oneOf(Arbitraries.just(hostile), cut, spliced, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.just(new byte[70 * 1024]), Arbitraries.just("{\"title\":\"T\",\"body\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
    }

    // ---- checks and requests -----------------------------------------------------------------

    /** 2xx, or 4xx with the JSON error (API) or an error page (UI); no 5xx; no script in a page. */
    static void answersSafely(String what, HttpResponse<String> r) throws Exception {
        int s = r.statusCode();
        assertTrue(s < 500, what + " -> " + s + " " + r.body());
        String type = r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) assertFalse(SCRIPT.matcher(r.body()).find(), what + " -> a page with a script: " + r.body());
        if (s >= 400) {
            if (type.startsWith("text/html")) {
                assertTrue(r.body().contains("<h1>Error " + s + "</h1>"), what + " -> " + r.body());
            } else {
                assertJsonError(r, s);
            }
        }
    }

    static void assertJsonError(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = ArticleJson.mapper().readTree(r.body()).get("error");
        assertTrue(e != null && e.get("code").asInt() == status, r.body());
        assertFalse(e.get("message").asText().isBlank(), r.body());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return assertTimeoutPreemptively(HANG_GUARD, () -> http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()), path);
    }

    static HttpResponse<String> get(String path, String header, String value) throws Exception {
        return assertTimeoutPreemptively(HANG_GUARD, () -> http.send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString()), path);
    }

    static HttpResponse<String> post(String path, String type, byte[] body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return assertTimeoutPreemptively(HANG_GUARD, () -> http.send(b.build(), HttpResponse.BodyHandlers.ofString()), path);
    }

    record RawAnswer(int status, String body) {
    }

    /** Sends bytes a client library would refuse to (control characters, broken escapes). */
    static RawAnswer raw(String request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", app.port()), 10_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            String all = b.toString(StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            return new RawAnswer(Integer.parseInt(all.substring(9, 12)), all.substring(end + 4));
        }
    }
}
