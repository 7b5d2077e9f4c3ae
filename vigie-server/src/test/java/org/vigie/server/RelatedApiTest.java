package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.Corpus;

/**
 * GET /api/articles/{id}/related and the article page's "Related coverage", on four real English
 * pages (vigie-corpus's story fixtures, MIT: two events, two outlets each) and a hostile page on
 * the same plague case whose headline, site and entity name are markup.
 */
class RelatedApiTest {

    static TestServer app;
    static Article nypost;
    static Article sun;
    static Article hostile;

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-related-test");
        nypost = page("plague-nypost.txt", "nypost.com", "2019-11-18");
        int at = nypost.text().indexOf("Inner Mongolia");
        nypost = nypost.withEntities(List.of(new Entity("Inner Mongolia", EntityType.LOC, "Q41079",
                List.of(nypost.span(at, at + 14)))));
        sun = page("plague-thesun.txt", "thesun.co.uk", "2019-11-19");
        hostile = Article.compose("<script>alert(1)</script>Hunter's bubonic plague: the rabbit he ate", null, List.of(
                        "A hunter in Inner Mongolia caught bubonic plague after he ate a wild rabbit, officials said.",
                        "The plague patient is in quarantine in hospital; <img src=x onerror=alert(2)> the people he met too."))
                .withMetadata(new Metadata("https://evil.example/plague", null, "x\"onmouseover=alert(3)", List.of(), "2019-11-20",
                        "meta", null, null))
                .withLanguage("en", 1.0);
        int h = hostile.text().indexOf("Inner Mongolia");
        hostile = hostile.withEntities(List.of(new Entity("<b>Inner Mongolia</b>", EntityType.LOC, "Q41079",
                List.of(hostile.span(h, h + 14)))));
        Corpus corpus = app.corpus();
        corpus.ingest(List.of(nypost, sun, hostile, page("duvet-gizmodo.txt", "gizmodo.com", "2019-11-18"),
                page("duvet-livescience.txt", "livescience.com", "2019-11-19")));
        app.serve(TestCorpus.config(corpus, "t0ken", true, 64 * 1024));
    }

    private static Article page(String file, String site, String date) throws Exception {
        String text = Files.readString(TestCorpus.repoFile("vigie-corpus/src/test/resources/org/vigie/corpus/stories/english/" + file),
                StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> blocks = Arrays.asList(text.split("\n\n"));
        return Article.compose(blocks.get(0), null, blocks.subList(1, blocks.size()))
                .withMetadata(new Metadata("https://" + site + "/" + file, null, site, List.of(), date, "meta", null, null))
                .withLanguage("en", 1.0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static JsonNode json(String path, int status) throws Exception {
        return app.json(path, status);
    }

    @Test
    void theOtherPlagueReportsComeFirstWithTheirDatesAndSharedEntities() throws Exception {
        JsonNode r = json("/api/articles/" + nypost.id() + "/related", 200);
        assertEquals(nypost.id(), r.get("id").asText());
        assertEquals("2019-10-19", r.get("from").asText());
        assertEquals("en", r.get("language").asText());
        List<String> ids = r.get("related").findValuesAsText("id");
        assertEquals(List.of(sun.id(), hostile.id()), ids.subList(0, 2), r.toString());
        JsonNode h = r.get("related").get(ids.indexOf(hostile.id()));
        assertEquals("later", h.get("when").asText());
        assertEquals("Q41079", h.at("/shared_entities/0/entity_id").asText());
        double similarity = r.at("/related/0/similarity").asDouble();
        assertTrue(similarity >= 0.15 && similarity <= 1.5, r.toString());
        // a floor over the first answer's similarity lists nothing
        JsonNode none = json("/api/articles/" + nypost.id() + "/related?min_similarity=" + Math.min(1, similarity + 0.01), 200);
        assertFalse(none.get("related").findValuesAsText("id").contains(sun.id()), none.toString());

        JsonNode one = json("/api/articles/" + sun.id() + "/related?top=1&days=any", 200);
        assertEquals(1, one.get("related").size());
        assertEquals(nypost.id(), one.at("/related/0/id").asText());
        assertEquals("earlier", one.at("/related/0/when").asText());
        assertTrue(one.get("from").isNull());
        // a day's window around the hostile page (20 Nov) leaves the New York Post's (18 Nov) out
        JsonNode day = json("/api/articles/" + hostile.id() + "/related?days=1", 200);
        assertFalse(day.get("related").findValuesAsText("id").contains(nypost.id()), day.toString());
        assertTrue(day.get("related").findValuesAsText("id").contains(sun.id()), day.toString());
    }

    @Test
    void badRequestsSayWhatIsWrong() throws Exception {
        assertTrue(json("/api/articles/" + nypost.id() + "/related?top=0", 400).at("/error/message").asText().contains("top"));
        assertTrue(json("/api/articles/" + nypost.id() + "/related?days=soon", 400).at("/error/message").asText().contains("'any'"));
        assertTrue(json("/api/articles/" + nypost.id() + "/related?days=-1", 400).at("/error/message").asText().contains("days"));
        assertTrue(json("/api/articles/" + nypost.id() + "/related?min_similarity=2", 400).at("/error/message").asText()
                .contains("between 0 and 1"));
        assertTrue(json("/api/articles/" + nypost.id() + "/related?min_similarity=most", 400).at("/error/message").asText()
                .contains("min_similarity"));
        assertTrue(json("/api/articles/0000000000000000/related", 404).at("/error/message").asText().contains("no article 0000000000000000"));
    }

    @Test
    void thePageListsRelatedCoverageWithEveryScrapedStringEscaped() throws Exception {
        HttpResponse<String> page = app.get("/articles/" + nypost.id());
        assertEquals(200, page.statusCode());
        String body = page.body();
        int section = body.indexOf("<section class=\"related\"><h2>Related coverage</h2>");
        assertTrue(section > 0, body);
        String related = body.substring(section, body.indexOf("</section>", section));
        assertTrue(related.contains("<a href=\"/articles/" + sun.id() + "\">Hunter in Beijing diagnosed with bubonic plague"), related);
        assertTrue(related.contains("&lt;script&gt;alert(1)&lt;/script&gt;Hunter&#39;s bubonic plague")
                || related.contains("&lt;script&gt;alert(1)&lt;/script&gt;Hunter&#x27;s bubonic plague")
                || related.contains("&lt;script&gt;alert(1)&lt;/script&gt;Hunter's bubonic plague"), related);
        assertTrue(related.contains("x&quot;onmouseover=alert(3)"), related);
        assertTrue(related.contains("&lt;b&gt;Inner Mongolia&lt;/b&gt;"), related);
        assertTrue(related.contains("later"), related);
        assertFalse(body.contains("<script"), "no script tag on the page");
        assertFalse(body.contains("<b>Inner"), body);
        assertFalse(body.contains("x\"onmouseover"), body);
    }

    @Test
    void openApiDescribesTheEndpoint() throws Exception {
        JsonNode op = json("/openapi.json", 200).at("/paths/~1api~1articles~1{id}~1related/get");
        assertFalse(op.isMissingNode());
        assertEquals(List.of("id", "top", "days", "min_similarity"), op.get("parameters").findValuesAsText("name"));
        assertTrue(op.at("/responses/200/content/application~1json/schema/$ref").asText().endsWith("/Related"));
    }
}
