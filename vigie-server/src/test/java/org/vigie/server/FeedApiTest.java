package org.vigie.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.read.RawDocument;
import org.vigie.ingest.feed.FeedReader;
import org.vigie.testkit.AtomCheck;

/** The Atom feeds (/feeds/...): format, filters, conditional GET, hostile text, errors, and Vigie reading its own feed. */
class FeedApiTest {

    static final String HOSTILE_TITLE = "Alep <script>alert(1)</script> ]]> \u0001\u001B & « fin »";
    static TestServer app;
    static String base;
    static Article truce;
    static Article convoys;
    static Article hostile;

    static Article article(String title, String body, String url, String site, String date, List<String> authors) {
        return Article.compose(title, null, List.of(body)).withLanguage("fr", null)
                .withMetadata(new Metadata(url, null, site, authors, date, "meta", null, null));
    }

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-feed-test");
        Article t = article("Alep : la trêve rompue", "Vladimir Poutine accuse. La trêve annoncée à Alep n'a pas tenu.",
                "https://fr.sputniknews.com/a", "fr.sputniknews.com", "2016-10-03", List.of("Jean Dupont"));
        int p = t.text().indexOf("Vladimir Poutine");
        truce = t.withEntities(List.of(new Entity("Vladimir Poutine", EntityType.PER, "vladimir-putin", List.of(t.span(p, p + 16)))))
                .withSignals(List.of(new Signal("loaded-label", 0.8, List.<Span>of(), "Un terme chargé.")));
        convoys = article("Alep : les convois attendent", "Les convois attendent aux portes d'Alep.", "https://www.lemonde.example/b",
                null, "2016-10-05T08:00:00Z", List.of());
        hostile = article(HOSTILE_TITLE, "Un texte hostile sur Alep <img src=x onerror=alert(2)>.", "javascript:alert(1)",
                "evil.example", "2016-10-04", List.of());
        app.corpus().ingest(List.of(truce, convoys, hostile,
                article("Alep sans date", "Une dépêche sur Alep sans date.", "https://blog.example.org/d", null, null, List.of()),
                article("Négociations à Genève", "Les délégations se retrouvent.", "https://www.lemonde.example/e", null, "2016-10-06",
                        List.of())));
        base = app.serve(new ServerConfig(app.corpus(), Pipeline::of, mime -> null, "t0ken", true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return TestServer.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static AtomCheck.Feed feed(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/atom+xml; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        return AtomCheck.read(r.body());
    }

    static List<String> titles(AtomCheck.Feed f) {
        return f.entries().stream().map(AtomCheck.Entry::title).toList();
    }

    static void jsonError(String path, int status, String says) throws Exception {
        HttpResponse<byte[]> r = get(path);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(status, r.statusCode(), path + ": " + body);
        JsonNode e = ArticleJson.mapper().readTree(body).get("error");
        assertEquals(status, e.get("code").asInt(), body);
        assertTrue(e.get("message").asText().contains(says), path + ": " + body);
    }

    @Test
    void aSearchFeedListsTheNewestMatchesWithLinksBack() throws Exception {
        AtomCheck.Feed f = feed("/feeds/search.atom?q=alep");
        assertEquals("Vigie: “alep”", f.title());
        assertEquals(base + "/feeds/search.atom?q=alep", f.link("self"));
        assertEquals(base + "/search?q=alep", f.link("alternate"));
        assertEquals(List.of("Alep sans date", "Alep : les convois attendent", HOSTILE_TITLE.replaceAll("[\\u0001\\u001B]", ""),
                        "Alep : la trêve rompue"),
                titles(f), "newest first; the undated one by when it was stored (today)");
        // the undated article: no publication date, updated = its ingest time, the stored record's stored_at
        AtomCheck.Entry u = f.entries().get(0);
        assertNull(u.published());
        assertEquals("https://blog.example.org/d", u.link("alternate"));
        String id = article("Alep sans date", "Une dépêche sur Alep sans date.", "https://blog.example.org/d", null, null, List.of()).id();
        assertEquals(base + "/articles/" + id, u.link("related"));
        JsonNode stored = ArticleJson.mapper().readTree(app.get("/api/articles/" + id).body());
        String storedAt = stored.path("stored_at").asText();
        assertEquals(java.time.Instant.parse(storedAt).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), u.updated());
        assertEquals(u.updated(), f.updated(), "the newest entry's");
        assertTrue(app.get("/articles/" + id).body().contains("stored on <time datetime=\"" + u.updated() + "\">"), "the article page says when");
        AtomCheck.Entry t = f.entries().get(3);
        assertEquals("https://fr.sputniknews.com/a", t.link("alternate"));
        assertEquals(base + "/articles/" + truce.id(), t.link("related"));
        assertEquals("2016-10-03T00:00:00Z", t.published());
        assertEquals(List.of("Jean Dupont"), t.authors());
        assertEquals("Vladimir Poutine accuse. La trêve annoncée à Alep n'a pas tenu.", t.summary());
        assertEquals(List.of("loaded-label", "vladimir-putin"), t.categories().stream().map(AtomCheck.Category::term).toList());
        assertEquals("fr.sputniknews.com", t.sourceTitle());
    }

    @Test
    void filtersAndLimitAreThoseOfTheSearch() throws Exception {
        assertEquals(List.of("Alep sans date"), titles(feed("/feeds/search.atom?q=alep&limit=1")));
        assertEquals(List.of("Alep sans date", "Alep : les convois attendent"), titles(feed("/feeds/search.atom?q=alep&limit=2")));
        assertEquals(List.of("Alep : la trêve rompue"), titles(feed("/feeds/search.atom?signal=loaded-label")));
        assertEquals(List.of("Alep : la trêve rompue"), titles(feed("/feeds/search.atom?author=dupont")));
        assertEquals(List.of("Négociations à Genève", "Alep : les convois attendent"),
                titles(feed("/feeds/search.atom?site=lemonde.example")));
        assertEquals(List.of("Alep : les convois attendent"), titles(feed("/feeds/search.atom?q=alep&from=2016-10-05&to=2016-10-05")));
        AtomCheck.Feed byEntity = feed("/feeds/entities/vladimir-putin.atom");
        assertEquals("Vigie: naming Vladimir Poutine", byEntity.title());
        assertEquals(List.of("Alep : la trêve rompue"), titles(byEntity));
        assertEquals(base + "/feeds/entities/vladimir-putin.atom", byEntity.link("self"));
        AtomCheck.Feed bySite = feed("/feeds/sites/lemonde.example.atom?q=alep");
        assertEquals("Vigie: “alep” · on lemonde.example", bySite.title());
        assertEquals(List.of("Alep : les convois attendent"), titles(bySite));
    }

    @Test
    void hostileHeadlinesGiveAWellFormedFeedOfPlainText() throws Exception {
        HttpResponse<byte[]> r = get("/feeds/sites/evil.example.atom");
        String raw = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script") || raw.contains("<img") || raw.contains("\u0001"), raw);
        AtomCheck.Entry e = AtomCheck.read(r.body()).entries().get(0);
        assertEquals("Alep <script>alert(1)</script> ]]>  & « fin »", e.title());
        assertEquals(base + "/articles/" + hostile.id(), e.link("alternate"), "the javascript: URL is not a link");
        assertTrue(e.summary().contains("<img src=x onerror=alert(2)>"), "text, escaped: " + e.summary());
    }

    @Test
    void aSearchWithoutMatchesIsAValidEmptyFeed() throws Exception {
        AtomCheck.Feed f = feed("/feeds/search.atom?q=zanzibar");
        assertEquals(List.of(), f.entries());
        assertEquals("0 articles match; none listed, by first publication.", f.subtitle());
        assertEquals(List.of(), feed("/feeds/entities/nobody-known.atom").entries());
    }

    @Test
    void badParametersGetTheJsonErrorOfTheApi() throws Exception {
        jsonError("/feeds/search.atom?limit=0", 400, "limit must be between 1 and 200");
        jsonError("/feeds/search.atom?limit=201", 400, "limit must be between 1 and 200");
        jsonError("/feeds/search.atom?limit=x", 400, "limit must be a whole number");
        jsonError("/feeds/search.atom?from=2016-13-40", 400, "from must be YYYY-MM-DD");
        jsonError("/feeds/search.atom?from=2016-10-05&to=2016-10-01", 400, "date range is empty");
        jsonError("/feeds/search.atom?q=%22alep", 400, "bad query");
        jsonError("/feeds/entities/a..b.atom", 400, "invalid entity id");
        jsonError("/feeds/entities/vladimir-putin.rss", 404, "feeds end in .atom");
        jsonError("/feeds/nothing.atom", 404, "not found");
    }

    @Test
    void pollingAnUnchangedCorpusIsAnsweredNotModified() throws Exception {
        HttpResponse<byte[]> first = get("/feeds/search.atom?q=alep");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<byte[]> again = get("/feeds/search.atom?q=alep", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(304, get("/feeds/search.atom?q=alep", "If-None-Match", "\"other\", W/" + etag).statusCode(), "a list, a weak tag");
        assertEquals(304, get("/feeds/search.atom?q=alep", "If-Modified-Since", modified).statusCode());
        assertEquals(200, get("/feeds/search.atom?q=alep", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
        assertEquals(200, get("/feeds/search.atom?q=alep", "If-Modified-Since", "yesterday").statusCode(), "an unreadable date is ignored");
        assertEquals(200, get("/feeds/search.atom?q=alep", "If-None-Match", "\"other\"", "If-Modified-Since", modified).statusCode(),
                "If-None-Match decides when both are sent");
        assertEquals(200, get("/feeds/search.atom?q=alep&limit=2", "If-None-Match", etag).statusCode(), "another feed, another tag");
        HttpResponse<Void> head = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/feeds/search.atom?q=alep"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode(), "readers that check with HEAD get the validators");
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));
        assertEquals(304, get("/feeds/search.atom?q=%20alep&limit=50", "If-None-Match", etag).statusCode(),
                "the same feed however its address is written (the query is read as it is searched)");
    }

    @Test
    void aCommitChangesTheTagAndTheNewArticleIsListed() throws Exception {
        try (TestServer other = TestServer.open("vigie-feed-commit")) {
            other.corpus().ingest(List.of(truce));
            other.serve(new ServerConfig(other.corpus(), Pipeline::of, mime -> null, "t0ken", true, 64 * 1024));
            HttpResponse<String> first = other.get("/feeds/search.atom?q=alep");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            other.corpus().ingest(List.of(convoys));
            HttpResponse<String> after = TestServer.HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + other.port() + "/feeds/search.atom?q=alep")).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode());
            assertNotEquals(etag, after.headers().firstValue("ETag").orElse(etag));
            assertEquals(List.of("Alep : les convois attendent", "Alep : la trêve rompue"),
                    titles(AtomCheck.read(after.body().getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void vigieReadsItsOwnFeedBackToTheSameTitlesAndUrls() throws Exception {
        HttpResponse<byte[]> r = get("/feeds/search.atom?q=alep");
        AtomCheck.Feed f = AtomCheck.read(r.body());
        List<Article> read = new FeedReader().read(RawDocument.of(r.body(), "vigie.atom"));
        // the reader collapses runs of spaces (here where control characters were dropped)
        assertEquals(titles(f).stream().map(t -> t.replaceAll(" +", " ")).toList(), read.stream().map(Article::title).toList());
        assertEquals(f.entries().stream().map(e -> e.link("alternate")).toList(),
                read.stream().map(a -> a.metadata().url()).toList());
        assertEquals(List.of("https://blog.example.org/d", "https://www.lemonde.example/b", base + "/articles/" + hostile.id(),
                        "https://fr.sputniknews.com/a"),
                read.stream().map(a -> a.metadata().url()).toList());
        assertEquals(List.of("Alep sans date", convoys.title(), "Alep <script>alert(1)</script> ]]> & « fin »", truce.title()),
                read.stream().map(Article::title).toList());
        assertEquals(List.of("Jean Dupont"), read.get(3).metadata().authors());
        assertEquals("2016-10-03", read.get(3).metadata().date().substring(0, 10));
    }

    @Test
    void theSearchAndEntityPagesAnnounceTheirFeed() throws Exception {
        String page = app.get("/search?q=alep&site=lemonde.example&sort=date").body();
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom feed of this search\""
                + " href=\"/feeds/search.atom?q=alep&amp;site=lemonde.example\">"), page);
        assertTrue(page.contains("<a class=\"feed\" href=\"/feeds/search.atom?q=alep&amp;site=lemonde.example\""
                + " type=\"application/atom+xml\">Feed</a>"), page);
        String none = app.get("/search?q=zanzibar").body();
        assertTrue(none.contains(">Feed</a>"), "a search without matches yet can be followed too");
        String entity = app.get("/entities/vladimir-putin").body();
        assertTrue(entity.contains("href=\"/feeds/entities/vladimir-putin.atom\""), entity);
        assertTrue(entity.contains("title=\"Atom feed of the articles naming Vladimir Poutine\""), entity);
    }

    @Test
    void theOpenApiDocumentDescribesTheFeeds() throws Exception {
        JsonNode doc = ArticleJson.mapper().readTree(app.get("/openapi.json").body());
        for (String path : List.of("/feeds/search.atom", "/feeds/entities/{id}.atom", "/feeds/sites/{site}.atom")) {
            JsonNode op = doc.path("paths").path(path).path("get");
            assertTrue(op.isObject(), path);
            List<String> params = new java.util.ArrayList<>();
            op.path("parameters").forEach(p -> params.add(p.path("name").asText()));
            assertTrue(params.containsAll(List.of("q", "entity", "site", "signal", "author", "country", "from", "to", "limit", "key",
                    "If-None-Match", "If-Modified-Since")), path + ": " + params);
            assertTrue(op.path("responses").has("304") && op.path("responses").path("200").path("content").has("application/atom+xml; charset=utf-8"),
                    path);
            assertTrue(op.path("responses").path("401").path("description").asText().contains("key"), path);
        }
        assertEquals("date-time", doc.path("components").path("schemas").path("Article").path("properties").path("stored_at").path("format").asText());
        assertFalse(doc.path("paths").path("/api/search").path("get").path("parameters").toString().contains("\"key\""),
                "keys are for feeds only");
    }

    @Test
    void behindAProxyTheFeedLinksToThePublicAddress() throws Exception {
        try (TestServer proxied = TestServer.open("vigie-feed-proxied")) {
            proxied.corpus().ingest(List.of(truce));
            proxied.serve(new ServerConfig(proxied.corpus(), Pipeline::of, mime -> null, "t0ken", true, 64 * 1024,
                    "https://vigie.example.org/news/", null));
            AtomCheck.Feed f = AtomCheck.read(proxied.get("/feeds/entities/vladimir-putin.atom?limit=10").body().getBytes(StandardCharsets.UTF_8));
            assertEquals("https://vigie.example.org/news/feeds/entities/vladimir-putin.atom?limit=10", f.link("self"));
            assertEquals("https://vigie.example.org/news/articles/" + truce.id(), f.entries().get(0).link("related"));
        }
        assertThrows(IllegalArgumentException.class,
                () -> new ServerConfig(app.corpus(), Pipeline::of, mime -> null, "t0ken", true, 1, "javascript:alert(1)", null));
    }

    @Test
    void closedReadsRequireTheTokenForFeedsToo() throws Exception {
        try (TestServer closed = TestServer.open("vigie-feed-closed")) {
            closed.corpus().ingest(List.of(truce));
            closed.serve(new ServerConfig(closed.corpus(), Pipeline::of, mime -> null, "s3cret", false, 64 * 1024));
            assertEquals(401, closed.get("/feeds/search.atom").statusCode());
            HttpResponse<String> ok = TestServer.HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + closed.port() + "/feeds/search.atom")).header("Authorization", "Bearer s3cret").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            assertEquals("private, no-cache", ok.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    @Test
    void underClosedReadsAFeedKeyOpensItsOwnFeedOnly() throws Exception {
        try (TestServer closed = TestServer.open("vigie-feed-keys")) {
            closed.corpus().ingest(List.of(truce, convoys));
            closed.serve(new ServerConfig(closed.corpus(), Pipeline::of, mime -> null, "s3cret", false, 64 * 1024));
            org.vigie.server.api.FeedKeys keys = new org.vigie.server.api.FeedKeys("s3cret");
            String alep = "/feeds/search.atom?q=alep";
            String key = keys.keyFor(alep);
            assertTrue(key.matches("[A-Za-z0-9_-]{43}"), "base64url of 32 bytes: " + key);

            HttpResponse<String> ok = closed.get(alep + "&key=" + key);
            assertEquals(200, ok.statusCode(), ok.body());
            AtomCheck.Feed f = AtomCheck.read(ok.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("Alep : les convois attendent", "Alep : la trêve rompue"), titles(f));
            assertTrue(f.link("self").endsWith(alep + "&key=" + key), "the reader's own URL, key kept: " + f.link("self"));
            assertEquals("private, no-cache", ok.headers().firstValue("Cache-Control").orElse(""));
            // the key is not part of the feed: the same ETag as with the token, and a poll with it gets 304
            String etag = ok.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> poll = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port()
                    + alep + "&key=" + key)).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(304, poll.statusCode());

            assertEquals(401, closed.get(alep).statusCode(), "no key, no token");
            HttpResponse<String> wrong = closed.get(alep + "&key=" + key.substring(0, 42) + (key.endsWith("A") ? "B" : "A"));
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.body().contains("wrong feed key"), wrong.body());
            assertEquals(401, closed.get(alep + "&key=").statusCode(), "an empty key");
            assertEquals(401, closed.get("/feeds/search.atom?q=syrie&key=" + key).statusCode(), "another query");
            assertEquals(401, closed.get(alep + "&limit=10&key=" + key).statusCode(), "another limit");
            assertEquals(401, closed.get("/feeds/sites/lemonde.example.atom?q=alep&key=" + key).statusCode(), "another feed");
            assertEquals(401, closed.get(alep + "&limit=0&key=" + key).statusCode(), "a bad parameter with a key tells nothing");
            String siteFeed = "/feeds/sites/lemonde.example.atom";
            assertEquals(200, closed.get(siteFeed + "?key=" + keys.keyFor(siteFeed)).statusCode());
            assertEquals(401, closed.get(siteFeed + "?key=" + new org.vigie.server.api.FeedKeys("other").keyFor(siteFeed)).statusCode(),
                    "a key of another server token: rotating the token revokes every key");

            // never on the API or the pages
            assertEquals(401, closed.get("/api/search?q=alep&key=" + key).statusCode());
            assertEquals(401, closed.get("/api/search?q=alep&key=" + keys.keyFor("/api/search?q=alep")).statusCode());
            assertEquals(401, closed.get("/search?q=alep&key=" + keys.keyFor("/search?q=alep")).statusCode());

            // the authorised reader's search page links to the feed with its key
            HttpResponse<String> page = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port()
                    + "/search?site=lemonde.example&q=alep&sort=date")).header("Authorization", "Bearer s3cret").build(),
                    HttpResponse.BodyHandlers.ofString());
            String link = "/feeds/search.atom?q=alep&site=lemonde.example";
            assertTrue(page.body().contains("<a class=\"feed\" href=\"" + link.replace("&", "&amp;") + "&amp;key=" + keys.keyFor(link) + "\""),
                    page.body());
            assertEquals(200, closed.get(link + "&key=" + keys.keyFor(link)).statusCode(), "the page's link works in a feed reader");
            HttpResponse<String> entity = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port()
                    + "/entities/vladimir-putin")).header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
            String entityFeed = "/feeds/entities/vladimir-putin.atom";
            assertTrue(entity.body().contains("href=\"" + entityFeed + "?key=" + keys.keyFor(entityFeed) + "\""), entity.body());
            assertEquals(200, closed.get(entityFeed + "?key=" + keys.keyFor(entityFeed)).statusCode());
        }
    }

    @Test
    void anOpenServerNeedsNoKeyAndItsPagesGiveNone() throws Exception {
        assertEquals(200, get("/feeds/search.atom?q=alep&key=anything").statusCode(), "reads are open: the key is ignored");
        assertFalse(app.get("/search?q=alep").body().contains("key="));
    }
}
