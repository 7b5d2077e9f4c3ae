package org.vigie.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;

/** Every endpoint over a real corpus, with its error paths (400, 401, 404, 413, 415). */
class ServerApiTest {

    static TestServer app;
    static Corpus corpus;
    static String base;
    static List<String> ids;
    static final String TOKEN = "s3cret-token";

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-server-test");
        corpus = app.corpus();
        ids = TestCorpus.fill(corpus);
        base = app.serve(TestCorpus.config(corpus, TOKEN, true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static HttpResponse<String> post(String path, String type, byte[] body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return TestServer.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return ArticleJson.mapper().readTree(r.body());
    }

    static void assertError(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = json(r).get("error");
        assertNotNull(e, r.body());
        assertEquals(status, e.get("code").asInt());
        assertFalse(e.get("message").asText().isBlank());
    }

    @Test
    void searchFindsTheSampleWithHighlightsAndFacets() throws Exception {
        HttpResponse<String> r = app.get("/api/search?q=terroriste");
        assertEquals(200, r.statusCode());
        JsonNode j = json(r);
        // (other tests may store a copy of the sample: the sample must be there, highlighted)
        assertTrue(j.get("total").asInt() >= 1);
        assertTrue(j.get("hits").findValuesAsText("id").contains(ids.get(0)), j.toString());
        for (JsonNode h : j.get("hits")) assertFalse(h.at("/snippet/highlights").isEmpty());
        assertTrue(j.get("facets").size() > 0);
        // entity and speaker facets filter by id and read as names: "Vladimir Poutine", not "vladimir-putin"
        assertEquals(List.of("Vladimir Poutine"), j.at("/facets/speaker").findValuesAsText("label"), j.get("facets").toString());
        assertTrue(j.at("/facets/entity").findValuesAsText("label").contains("Recep Tayyip Erdogan"), j.get("facets").toString());
        for (JsonNode f : j.at("/facets/entity")) assertNotEquals(f.get("value").asText(), f.get("label").asText(), f.toString());
        String page = app.get("/search?q=terroriste").body();
        assertTrue(page.contains("speaker=vladimir-putin\">Vladimir Poutine</a>"), "the UI's facet link: the name, filtering by id");
        JsonNode filtered = json(app.get("/api/search?q=Alep&speaker=Vladimir%20Poutine"));
        assertTrue(filtered.get("hits").findValuesAsText("id").contains(ids.get(0)), filtered.toString());
        assertFalse(filtered.get("hits").findValuesAsText("id").contains(ids.get(1)), "the hostile page quotes nobody");
    }

    @Test
    void searchRejectsBadParameters() throws Exception {
        assertError(app.get("/api/search?q=Alep&sort=sideways"), 400);
        assertError(app.get("/api/search?q=Alep&from=10/10/2016"), 400);
        assertError(app.get("/api/search?q=Alep&size=100000"), 400);
        assertError(app.get("/api/search?q=Alep&offset=-1"), 400);
        assertError(app.get("/api/search?q=%22unclosed"), 400);
    }

    @Test
    void articleHasAllItsSpans() throws Exception {
        HttpResponse<String> r = app.get("/api/articles/" + ids.get(0));
        assertEquals(200, r.statusCode());
        JsonNode a = json(r);
        assertEquals("Ece6acd5c1e4d6f50db947ed7ee6960c", a.get("source_id").asText());
        String text = a.get("text").asText();
        for (JsonNode e : a.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
            }
        }
        assertTrue(a.get("quotes").size() >= 4);
        assertError(app.get("/api/articles/0000000000000000"), 404);
        assertError(app.get("/api/articles/..%2F..%2Fetc%2Fpasswd"), 400);
    }

    @Test
    void analyzeDoesNotStore() throws Exception {
        long before = corpus.count();
        String page = "Titre d'essai\n\nLe ministre Jean Dupont a déclaré lundi à Paris que tout allait bien.\n";
        HttpResponse<String> r = post("/api/analyze?date=2016-10-10", "text/plain; charset=utf-8", page.getBytes(), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = json(r);
        assertEquals("Titre d'essai", a.get("title").asText());
        assertTrue(a.get("times").toString().contains("2016-10-10"), a.get("times").toString());
        assertEquals(before, corpus.count());
        assertError(post("/api/analyze", "text/plain", new byte[0], null), 400);
        assertError(post("/api/analyze", "application/pdf", "x".getBytes(), null), 415);
        assertError(post("/api/analyze", "text/plain", new byte[100 * 1024], null), 413);
        assertError(post("/api/analyze?date=hier", "text/plain", page.getBytes(), null), 400);
        byte[] binary = "<html><body>\0\1\2".getBytes();
        HttpResponse<String> bin = post("/api/analyze", "text/html", binary, null);
        assertError(bin, 400);
        assertEquals("binary content (NUL byte), expected an HTML page (at byte 12 of the body)",
                json(bin).at("/error/message").asText(), "where, as the CLI says it");
    }

    @Test
    void ingestNeedsTheToken() throws Exception {
        byte[] page = "Un autre titre\n\nLe gouvernement a annoncé mardi une réforme des retraites à Paris.\n".getBytes();
        assertError(post("/api/ingest", "text/plain", page, null), 401);
        assertError(post("/api/ingest", "text/plain", page, "wrong"), 401);
        HttpResponse<String> ok = post("/api/ingest", "text/plain", page, TOKEN);
        assertEquals(201, ok.statusCode(), ok.body());
        String id = json(ok).get("id").asText();
        assertEquals(200, app.get("/api/articles/" + id).statusCode());
        HttpResponse<String> again = post("/api/ingest", "text/plain", page, TOKEN);
        assertEquals(200, again.statusCode());
        assertFalse(json(again).get("stored").asBoolean());
    }

    @Test
    void entityProfileHasTimelineQuotesAndNeighbours() throws Exception {
        JsonNode a = json(app.get("/api/articles/" + ids.get(0)));
        String putin = null;
        for (JsonNode e : a.get("entities")) {
            if (e.get("canonical").asText().equals("Vladimir Poutine")) putin = e.get("entity_id").asText();
        }
        assertNotNull(putin);
        HttpResponse<String> r = app.get("/api/entities/" + putin);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode p = json(r);
        assertEquals("Vladimir Poutine", p.get("canonical").asText());
        assertTrue(p.get("quotes_by").size() >= 4, p.get("quotes_by").toString());
        assertFalse(p.get("timeline").isEmpty());
        assertFalse(p.get("cooccurring").isEmpty());
        JsonNode second = json(app.get("/api/entities/" + putin + "?limit=1&offset=1"));
        assertEquals(1, second.get("quotes_by").size(), "one quote per page");
        assertEquals(p.at("/quotes_by/1/quote/text/start").asInt(), second.at("/quotes_by/0/quote/text/start").asInt());
        assertError(app.get("/api/entities/nobody-at-all"), 404);
        assertError(app.get("/api/entities/a%3Cb"), 400);
        assertError(app.get("/api/entities/" + putin + "?limit=0"), 400);
    }

    @Test
    void aRepublishedCopyJoinsItsSourcesFamily() throws Exception {
        // A re-publisher's copy: its own headline, no standfirst, a paragraph dropped, a date's day changed.
        List<String> lines = Files.readAllLines(TestCorpus.repoFile("samples/aleppo-putin-erdogan.txt"));
        List<String> body = lines.subList(6, lines.size()).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("Laissez") && !l.startsWith("Aucun"))
                .map(l -> l.replace("Le 27 juin dernier", "Le 17 juin dernier")).toList();
        List<String> kept = new java.util.ArrayList<>(body);
        kept.remove(kept.size() - 2);
        String copy = "Erdogan se range derrière Poutine sur Alep\n\n" + String.join("\n", kept);
        HttpResponse<String> stored = post("/api/ingest", "text/plain", copy.getBytes(java.nio.charset.StandardCharsets.UTF_8), TOKEN);
        assertEquals(201, stored.statusCode(), stored.body());
        String copyId = json(stored).get("id").asText();
        HttpResponse<String> r = app.get("/api/reprints/" + copyId);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode f = json(r);
        assertEquals(ids.get(0), f.get("source_id").asText(), "the earlier stored text is the source");
        assertEquals(2, f.get("members").size());
        String kinds = f.at("/members/1/changes").toString();
        assertTrue(kinds.contains("headline_changed") && kinds.contains("paragraph_removed"), kinds);
        assertTrue(kinds.contains("{\"kind\":\"figure_changed\""), kinds);
        HttpResponse<String> page = app.get("/reprints/" + f.get("family_id").asText());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("side-by-side") && page.body().contains("class=\"added\""), "diff page");
        assertTrue(page.body().contains("<span class=\"added figure\" title=\"paragraph_edited\nfigure changed · the source has 27\">17</span>"),
                page.body());
        assertError(app.get("/api/reprints/0000000000000000"), 404);
    }

    @Test
    void searchPageListsActiveFiltersEachWithARemoveLink() throws Exception {
        String filtered = app.get("/search?q=Alep&speaker=Vladimir%20Poutine&from=2016-01-01").body();
        assertTrue(filtered.contains("class=\"active-filters\""), filtered);
        assertTrue(filtered.contains("<strong>Vladimir Poutine</strong>"), filtered);
        // Each link keeps the query and the other filter, and drops its own.
        String withoutSpeaker = "/search?q=Alep&amp;from=2016-01-01";
        String withoutFrom = "/search?q=Alep&amp;speaker=Vladimir+Poutine";
        assertTrue(filtered.contains("href=\"" + withoutSpeaker + "\""), filtered);
        assertTrue(filtered.contains("href=\"" + withoutFrom + "\""), filtered);
        assertTrue(filtered.contains("href=\"/search?q=Alep\">Remove all filters"), filtered);
        // Following a speaker filter's link brings back the page the filter hid.
        String bySpeaker = app.get("/search?q=Alep&speaker=Vladimir%20Poutine").body();
        assertFalse(bySpeaker.contains("Alerte &lt;script&gt;"), "the hostile page quotes nobody");
        assertTrue(bySpeaker.contains("aria-label=\"Remove filter speaker Vladimir Poutine\">"), bySpeaker);
        assertTrue(bySpeaker.contains("href=\"/search?q=Alep\" title=\"Remove this filter\""), bySpeaker);
        assertFalse(bySpeaker.contains("Remove all filters"), "one filter: its own link is enough");
        String unfiltered = app.get("/search?q=Alep").body();
        assertTrue(unfiltered.contains("Alerte &lt;script&gt;alert(1)&lt;/script&gt; à Alep"), unfiltered);
        assertTrue(app.get("/search?q=Alep").body().contains("Alerte &lt;script&gt;"));
        assertFalse(app.get("/search?q=Alep").body().contains("active-filters"), "no filter, no list");

        // A hostile filter value is shown as text, in the list and in its links.
        String hostile = app.get("/search?q=Alep&site=%3Cscript%3Ealert(3)%3C%2Fscript%3E&site=x%22onmouseover%3D1").body();
        assertTrue(hostile.contains("<strong>&lt;script&gt;alert(3)&lt;/script&gt;</strong>"), hostile);
        assertTrue(hostile.contains("<strong>x&quot;onmouseover=1</strong>"), hostile);
        assertFalse(hostile.contains("<script"), hostile);
        assertFalse(hostile.contains("x\"onmouseover"), hostile);
        assertTrue(hostile.contains("href=\"/search?q=Alep&amp;site=x%22onmouseover%3D1\""), hostile);
    }

    @Test
    void openApiDescribesTheEndpoints() throws Exception {
        JsonNode doc = json(app.get("/openapi.json"));
        for (String p : List.of("/api/search", "/api/articles/{id}", "/api/analyze", "/api/ingest", "/api/entities/{id}", "/api/reprints/{id}", "/api/stories")) {
            assertTrue(doc.get("paths").has(p), p);
        }
    }

    @Test
    void pagesEscapeScrapedTextAndCarryAStrictPolicy() throws Exception {
        HttpResponse<String> r = app.get("/articles/" + ids.get(1));
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"), csp);
        assertFalse(r.body().contains("<script>alert(1)</script>"), "script tag must be escaped");
        assertFalse(r.body().contains("<img src=x"), "img tag must be escaped");
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(r.body().contains("<script"), "pages carry no script at all");
        HttpResponse<String> search = app.get("/search?q=%3Cscript%3E");
        assertFalse(search.body().contains("<script>"), search.body());
        assertEquals(404, app.get("/nothing-here").statusCode());
    }

    @Test
    void closedReadsNeedTheToken() throws Exception {
        try (VigieServer closed = VigieServer.create(TestCorpus.config(corpus, TOKEN, false, 1024)).start("127.0.0.1", 0)) {
            String b = "http://127.0.0.1:" + closed.port();
            HttpResponse<String> r = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(b + "/api/search?q=Alep")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertError(r, 401);
            HttpResponse<String> ok = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(b + "/api/search?q=Alep"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
        }
    }
}
