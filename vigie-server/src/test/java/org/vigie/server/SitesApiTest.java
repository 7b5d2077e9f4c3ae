package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
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
import org.vigie.corpus.Corpus;
import org.vigie.corpus.sites.SiteRating;

/**
 * GET /api/sites, /api/sites/{site} and their pages on the 40 OrangeSum samples (no NLP model):
 * afp.com publishes the first ten, copieur.example re-publishes four of them under a new headline
 * (two with a loaded-label signal), a site with markup in its name publishes the rest, one of its
 * articles naming an entity with markup in its name.
 */
class SitesApiTest {

    static final String HOSTILE_SITE = "evil<b onmouseover=alert(1)>.example";
    static TestServer app;
    static String copyId;

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-sites-test");
        Corpus corpus = app.corpus();
        List<Article> articles = new ArrayList<>();
        List<String> lines = Files.readAllLines(TestCorpus.repoFile("samples/orangesum/orangesum-sample.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = ArticleJson.mapper().readTree(lines.get(i));
            Article a = Article.compose(n.get("title").asText(), n.get("heading").asText(), List.of(n.get("article").asText()))
                    .withSourceId(n.get("id").asText()).withLanguage("fr", null);
            Article original = at(a, i < 10 ? "afp.com" : HOSTILE_SITE, "2020-06-01");
            if (i == 12) {
                original = original.withEntities(List.of(new Entity("<i>Mal</i>", EntityType.PER, "mal",
                        List.of(original.span(0, 5)))));
            }
            articles.add(original);
            if (i < 4) {
                Article copy = Article.compose("EXCLUSIF <script>alert(2)</script> - " + a.title(), a.standfirst(), List.of(a.body()))
                        .withLanguage("fr", null);
                copy = at(copy, "copieur.example", "2020-06-02");
                if (i < 2) copy = copy.withSignals(List.of(new Signal("loaded-label", 0.8, List.of(), "un terme chargé")));
                articles.add(copy);
                copyId = copy.id();
            }
        }
        corpus.ingest(articles);
        ServerConfig base = TestCorpus.config(corpus, "t0ken", true, 64 * 1024);
        app.serve(new ServerConfig(base.corpus(), base.pipeline(), base.readers(), base.ingestToken(), base.openReads(),
                base.maxBodyBytes(), null, site -> site.equals("copieur.example")
                        ? new SiteRating("rated unreliable", "jugé peu fiable", "a <fact> checker", 0.5) : null));
    }

    private static Article at(Article a, String site, String date) {
        return a.withMetadata(new Metadata(null, null, site, List.of(), date, "meta", null, null));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void theListOfSites() throws Exception {
        JsonNode l = app.json("/api/sites", 200);
        assertEquals(44, l.get("matched").asInt());
        assertEquals(3, l.get("sites").size(), l.toString());
        assertEquals(HOSTILE_SITE, l.at("/sites/0/site").asText());
        JsonNode copier = l.at("/sites/2");
        assertEquals("copieur.example", copier.get("site").asText());
        assertEquals(4, copier.get("articles").asInt());
        assertEquals(1.0, copier.get("copied_share").asDouble());
        assertEquals("rated unreliable", copier.at("/rating/rating").asText());
        assertEquals(0.0, l.at("/sites/1/copied_share").asDouble(), "afp.com published its texts first");
        JsonNode filtered = app.json("/api/sites?signal=loaded-label", 200);
        assertEquals(2, filtered.get("matched").asInt());
        assertEquals(1, filtered.get("sites").size());
        assertEquals(400, app.get("/api/sites?q=%22unclosed").statusCode());
    }

    @Test
    void aCopiersProfileNamesItsSourceAndItsNewHeadlines() throws Exception {
        JsonNode p = app.json("/api/sites/copieur.example", 200);
        assertEquals(4, p.get("copied").asInt());
        assertEquals("afp.com", p.at("/sources/0/site").asText());
        assertEquals("AFP", p.at("/sources/0/wire").asText());
        assertEquals(4, p.at("/sources/0/copies").asInt());
        assertEquals(1, p.at("/sources/0/median_delay_days").asInt());
        JsonNode kinds = p.at("/changes/kinds");
        assertEquals("headline_changed", kinds.get(0).get("kind").asText());
        assertEquals(4, kinds.get(0).get("copies").asInt());
        assertEquals(1.0, kinds.get(0).get("share").asDouble());
        JsonNode loaded = p.get("signals").get(0);
        assertEquals("loaded-label", loaded.get("kind").asText());
        assertEquals(0.5, loaded.get("share").asDouble());
        assertEquals(0, loaded.get("rest").asInt());
        assertEquals("month", p.at("/months/interval").asText());
        JsonNode wire = app.json("/api/sites/AFP.com?top=1", 200);
        assertEquals("copieur.example", wire.at("/copied_by/0/site").asText());
        assertEquals(4, wire.get("texts_copied").asInt());
    }

    @Test
    void anUnchangedCorpusIsAnsweredNotModifiedAndTheSameAnswerIsKept() throws Exception {
        for (String path : List.of("/api/sites?q=alep", "/api/sites/copieur.example?top=3")) {
            HttpResponse<String> first = app.get(path);
            assertEquals(200, first.statusCode(), first.body());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""));
            HttpResponse<String> again = app.get(path);
            assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
            assertEquals(first.body(), again.body(), "the kept answer, took_ms included");
            HttpResponse<String> poll = TestServer.HTTP.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(app.base() + path)).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(304, poll.statusCode(), poll.body());
            assertEquals("", poll.body());
            HttpResponse<String> stale = TestServer.HTTP.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(app.base() + path)).header("If-None-Match", "\"old\"").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, stale.statusCode());
        }
        assertNotEquals(app.get("/api/sites?q=alep").headers().firstValue("ETag"), app.get("/api/sites").headers().firstValue("ETag"),
                "another request, another tag");
    }

    @Test
    void anUnknownSiteIsA404NamingTheCloseOnes() throws Exception {
        JsonNode e = app.json("/api/sites/copieur.exampl", 404);
        assertEquals(404, e.at("/error/code").asInt());
        assertTrue(e.at("/error/message").asText().contains("close names: copieur.example"), e.toString());
        assertEquals(400, app.get("/api/sites/afp.com?top=0").statusCode());
        assertEquals(400, app.get("/api/sites/afp.com?sample=x").statusCode());
        HttpResponse<String> page = app.get("/sites/nowhere.example");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<h1>Error 404</h1>"), page.body());
    }

    @Test
    void pagesEscapeAHostileSiteNameAndEntity() throws Exception {
        String list = app.get("/sites").body();
        String escapedName = "evil&lt;b onmouseover=alert(1)&gt;.example";
        assertTrue(list.contains("<a class=\"site\" href=\"/sites/evil%3Cb%20onmouseover%3Dalert%281%29%3E.example\">" + escapedName + "</a>"),
                list);
        assertFalse(list.contains("<b onmouseover"), list);
        HttpResponse<String> page = app.get("/sites/evil%3Cb%20onmouseover%3Dalert%281%29%3E.example");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<h1>" + escapedName + "</h1>"), page.body());
        assertTrue(page.body().contains("&lt;i&gt;Mal&lt;/i&gt;"), "the entity's name, escaped: " + page.body());
        assertFalse(page.body().contains("<b onmouseover") || page.body().contains("<i>Mal"), page.body());
        String copier = app.get("/sites/copieur.example").body();
        assertTrue(copier.contains("Rating: <span class=\"rating\">rated unreliable</span> (a &lt;fact&gt; checker)"), copier);
        assertTrue(copier.contains("<a class=\"site\" href=\"/sites/afp.com\">afp.com</a></td><td>4</td><td>100.0 %</td><td>1 day</td><td>AFP</td>"), copier);
        assertTrue(copier.contains("<tr><td>new headline</td><td>4</td><td>100.0 %</td></tr>"), copier);
        assertFalse(copier.contains("<script>"), copier);
    }

    @Test
    void articlesAndSearchHitsLinkToTheirSite() throws Exception {
        String article = app.get("/articles/" + copyId).body();
        assertTrue(article.contains("<a class=\"site\" href=\"/sites/copieur.example\">copieur.example</a>"), article);
        assertFalse(article.contains("<script>alert(2)"), article);
        String search = app.get("/search?site=copieur.example").body();
        assertTrue(search.contains("<a class=\"site\" href=\"/sites/copieur.example\">copieur.example</a>"), search);
        assertTrue(search.contains("<a href=\"/sites\">Sites</a>"), "in the navigation");
    }

    @Test
    void openApiDescribesThem() throws Exception {
        JsonNode doc = app.json("/openapi.json", 200);
        List<String> names = doc.at("/paths/~1api~1sites/get/parameters").findValuesAsText("name");
        assertTrue(names.containsAll(List.of("q", "site", "signal", "from", "to")), names.toString());
        assertEquals("#/components/schemas/SiteProfile",
                doc.at("/paths/~1api~1sites~1{site}/get/responses/200/content/application~1json/schema/$ref").asText());
        assertTrue(doc.at("/paths/~1api~1sites~1{site}/get/responses").has("404"));
        assertTrue(doc.at("/components/schemas/SiteProfile/properties").has("copied_by"));
    }
}
