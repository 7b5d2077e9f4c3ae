package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.vigie.corpus.Corpus;

/** GET /api/terms and the /terms page on the 40 OrangeSum samples (no NLP model). */
class TermsApiTest {

    static TestServer app;

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-terms-test");
        Corpus corpus = app.corpus();
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(TestCorpus.repoFile("samples/orangesum/orangesum-sample.jsonl"))) {
            JsonNode n = ArticleJson.mapper().readTree(line);
            Article a = Article.compose(n.get("title").asText(), n.get("heading").asText(), List.of(n.get("article").asText()))
                    .withSourceId(n.get("id").asText()).withLanguage("fr", null);
            int i = a.text().indexOf("Anne Hidalgo"); // as an entity stage would name her
            if (i >= 0) a = a.withEntities(List.of(new Entity("Anne Hidalgo", EntityType.PER, "anne-hidalgo", List.of(a.span(i, i + 12)))));
            articles.add(a);
        }
        corpus.ingest(articles);
        app.serve(TestCorpus.config(corpus, "t0ken", true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static JsonNode json(String path, int status) throws Exception {
        return app.json(path, status);
    }

    @Test
    void theWordsThatStandOutWithTheirCounts() throws Exception {
        JsonNode t = json("/api/terms?q=municipales&min_articles=2&top=5", 200);
        assertEquals(4, t.get("matched").asInt());
        assertEquals(4, t.get("read").asInt());
        assertEquals(40, t.get("corpus").asInt());
        assertEquals(5, t.get("terms").size(), t.toString());
        JsonNode first = t.get("terms").get(0);
        assertEquals("municipal", first.get("term").asText(), t.toString());
        assertEquals("fr", first.get("language").asText());
        for (JsonNode term : t.get("terms")) {
            assertTrue(term.get("share").asDouble() > term.get("rest_share").asDouble(), term.toString());
            assertTrue(term.get("articles").asInt() >= 2, term.toString());
        }
    }

    @Test
    void filtersNarrowTheMatches() throws Exception {
        JsonNode all = json("/api/terms?q=municipales&min_articles=1", 200);
        JsonNode none = json("/api/terms?q=municipales&min_articles=1&language=en", 200);
        assertEquals(4, all.get("matched").asInt());
        assertEquals(0, none.get("matched").asInt());
        assertEquals(0, none.get("terms").size());
    }

    @Test
    void badRequestsSayWhatIsWrong() throws Exception {
        assertTrue(json("/api/terms?q=municipales&top=0", 400).at("/error/message").asText().contains("top must be between 1 and 1000"));
        assertTrue(json("/api/terms?q=municipales&sample=x", 400).at("/error/message").asText().contains("sample must be a whole number"));
        assertTrue(json("/api/terms", 400).at("/error/message").asText().contains("match all 40 stored articles"));
        assertEquals(400, app.get("/api/terms?q=%22unclosed").statusCode());
    }

    @Test
    void thePageListsTheWordsEachLinkedToTheNarrowedSearch() throws Exception {
        HttpResponse<String> search = app.get("/search?q=municipales");
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("<a class=\"terms\" href=\"/terms?q=municipales\">Words that stand out</a>"), search.body());
        HttpResponse<String> page = app.get("/terms?q=municipales&min_articles=2");
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("<p class=\"count\">4 articles of 40 stored.</p>"), html);
        // the first row: the query's own word, linked to the search narrowed to it
        int row = html.indexOf("<tbody><tr><td><a href=\"");
        assertTrue(row > 0, html);
        String href = html.substring(row + "<tbody><tr><td><a href=\"".length(), html.indexOf('"', row + "<tbody><tr><td><a href=\"".length()));
        assertTrue(href.startsWith("/search?q=%28municipales%29+AND+%22") && href.toLowerCase(java.util.Locale.ROOT).endsWith("municipales%22"), href);
        assertEquals(200, app.get(href.replace("&amp;", "&")).statusCode());
        assertTrue(html.contains("<h2>Entities that stand out</h2>"), html);
        assertTrue(html.contains("<a href=\"/search?q=municipales&amp;entity=anne-hidalgo\">Anne Hidalgo</a></td><td>PER</td><td>50.0 % (2)</td><td>0.00 %</td>"), html);
    }

    @Test
    void theQueryIsEchoedEscapedAndARefusalIsShownAsANote() throws Exception {
        HttpResponse<String> hostile = app.get("/terms?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertEquals(200, hostile.statusCode(), hostile.body());
        assertFalse(hostile.body().contains("<script>alert"), hostile.body());
        assertTrue(hostile.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), hostile.body());
        HttpResponse<String> all = app.get("/terms");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("<p class=\"note\">the query and filters match all 40 stored articles"), all.body());
    }

    @Test
    void anEntityPageLinksToTheWordsAroundIt() throws Exception {
        HttpResponse<String> entity = app.get("/entities/anne-hidalgo");
        assertEquals(200, entity.statusCode(), entity.body());
        assertTrue(entity.body().contains("<a href=\"/terms?entity=anne-hidalgo\">words that stand out around Anne Hidalgo</a>"), entity.body());
        String page = app.get("/terms?entity=anne-hidalgo&min_articles=2").body();
        assertTrue(page.contains("<p class=\"count\">2 articles of 40 stored.</p>"), page);
        assertTrue(page.contains(">Anne Hidalgo</a></td><td>fr</td>"), "her name is among the words of the two articles naming her: " + page);
        assertFalse(page.contains(">est</a>"), "in 2 of 2 articles and most of the rest: chance, under G2 3.84: " + page);
        assertTrue(page.contains("<a href=\"/search?entity=anne-hidalgo\">Anne Hidalgo</a></td><td>PER</td>"), "the filter is not repeated: " + page);
    }

    @Test
    void versusParametersCompareWithASecondSelection() throws Exception {
        JsonNode t = json("/api/terms?q=municipales&min_articles=2&versus_q=Paris", 200);
        assertEquals(4, t.get("matched").asInt());
        assertTrue(t.get("against").asInt() > 0, t.toString());
        assertEquals(t.get("against").asInt(), t.get("against_read").asInt());
        JsonNode blank = json("/api/terms?q=municipales&min_articles=2&versus_q=&versus_site=&versus_from=", 200);
        assertFalse(blank.has("against"), "empty form fields: the rest of the corpus: " + blank);
        assertTrue(json("/api/terms?q=municipales&versus_q=municipales", 400).at("/error/message").asText()
                .contains("the comparison matches no article other than the 4 matches"));
        assertTrue(json("/api/terms?q=municipales&versus_from=2020-13-01", 400).at("/error/message").asText()
                .contains("versus_from must be YYYY-MM-DD"));
        String page = app.get("/terms?q=municipales&min_articles=2&versus_q=%3Cb%3EParis").body();
        assertTrue(page.contains("against those matching <a href=\"/search?q=%3Cb%3EParis\">&lt;b&gt;Paris</a>"), page);
        assertTrue(page.contains("name=\"versus_q\" type=\"search\" value=\"&lt;b&gt;Paris\""), page);
        assertFalse(page.contains("<b>Paris"), page);
        // nothing matched, with a comparison asked for (found by FuzzRun: it was a 500)
        HttpResponse<String> none = app.get("/terms?site=nowhere.example&versus_from=2018-05-31");
        assertEquals(200, none.statusCode(), none.body());
        assertTrue(none.body().contains("<p class=\"count\">0 articles of 40 stored; compared with"), none.body());
        JsonNode api = json("/api/terms?site=nowhere.example&versus_from=2018-05-31", 200);
        assertEquals(0, api.get("matched").asInt());
        assertEquals(0, api.get("against_read").asInt());
    }

    @Test
    void openApiDescribesIt() throws Exception {
        JsonNode doc = json("/openapi.json", 200);
        JsonNode op = doc.at("/paths/~1api~1terms/get");
        List<String> names = op.get("parameters").findValuesAsText("name");
        assertTrue(names.containsAll(List.of("q", "entity", "site", "from", "to", "top", "sample", "min_articles", "versus_q",
                "versus_site", "versus_from", "versus_to")), names.toString());
        assertEquals("#/components/schemas/SignificantTerms", op.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertTrue(doc.at("/components/schemas/SignificantTerm/properties").has("rest_share"));
    }
}
