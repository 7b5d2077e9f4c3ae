package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.vigie.corpus.Corpus;

/** GET /api/terms on the 40 OrangeSum samples (no NLP model). */
class TermsApiTest {

    static TestServer app;

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-terms-test");
        Corpus corpus = app.corpus();
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(TestCorpus.repoFile("samples/orangesum/orangesum-sample.jsonl"))) {
            JsonNode n = ArticleJson.mapper().readTree(line);
            articles.add(Article.compose(n.get("title").asText(), n.get("heading").asText(), List.of(n.get("article").asText()))
                    .withSourceId(n.get("id").asText()).withLanguage("fr", null));
        }
        corpus.ingest(articles);
        app.serve(TestCorpus.config(corpus, "t0ken", true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> r = app.get(path);
        assertEquals(status, r.statusCode(), r.body());
        return ArticleJson.mapper().readTree(r.body());
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
    void openApiDescribesIt() throws Exception {
        JsonNode doc = json("/openapi.json", 200);
        JsonNode op = doc.at("/paths/~1api~1terms/get");
        List<String> names = op.get("parameters").findValuesAsText("name");
        assertTrue(names.containsAll(List.of("q", "entity", "site", "from", "to", "top", "sample", "min_articles")), names.toString());
        assertEquals("#/components/schemas/SignificantTerms", op.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertTrue(doc.at("/components/schemas/SignificantTerm/properties").has("rest_share"));
    }
}
