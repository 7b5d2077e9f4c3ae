package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Skipped;
import org.vigie.corpus.Corpus;

/**
 * A real Portuguese page (scrapinghub benchmark, MIT: vigie-nlp's {@code skipped/SOURCE.md}) stored
 * with the entries the stages give it: the article page says which layers were not analysed, escaped
 * (a hand-edited or imported store can hold anything), and the API returns them; a French article
 * every stage read shows no such note.
 */
class SkippedLayersPageTest {

    static final String HOSTILE_REASON = "no model for <script>alert(1)</script> & co";

    static TestServer app;
    static Corpus corpus;
    static String portuguese;
    static String french;

    @BeforeAll
    static void start() throws Exception {
        String[] parts = Files.readString(TestCorpus.repoFile(
                "vigie-nlp/src/test/resources/org/vigie/nlp/skipped/pt-loja-materiais-educativos.txt")).strip().split("\n\\s*\n");
        Article pt = Article.compose(parts[0], null, Arrays.asList(parts).subList(1, parts.length)).withLanguage("pt", 1.0)
                .withSkipped(Skipped.noResources("entities", "entity model", "pt"))
                .withSkipped(Skipped.noResources("quotes", "quotation rules", "pt"))
                .withSkipped(Skipped.noResources("signals:loaded-label", "loaded-label lexicon", "pt"))
                .withSkipped(new Skipped("signals:<b>x</b>", HOSTILE_REASON));
        portuguese = pt.id();
        JsonNode n = ArticleJson.mapper().readTree(
                Files.readAllLines(TestCorpus.repoFile("samples/orangesum/orangesum-sample.jsonl")).get(0));
        Article fr = Article.compose(n.get("title").asText(), n.get("heading").asText(), List.of(n.get("article").asText()))
                .withLanguage("fr", null);
        french = fr.id();
        app = TestServer.open("vigie-skipped-test");
        corpus = app.corpus();
        corpus.ingest(List.of(pt, fr));
        app.serve(TestCorpus.config(corpus, "t0ken", true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void theArticlePageSaysWhatWasNotAnalysedEscaped() throws Exception {
        String page = app.get("/articles/" + portuguese).body();
        int section = page.indexOf("<h2>Not analysed</h2>");
        assertTrue(section > 0, page);
        String notes = page.substring(section, page.indexOf("</section>", section));
        assertTrue(notes.contains("<li>Entities not analysed: no entity model for Portuguese (pt)</li>"), notes);
        assertTrue(notes.contains("<li>Quotes not analysed: no quotation rules for Portuguese (pt)</li>"), notes);
        assertTrue(notes.contains("<li>Signal loaded-label not analysed: no loaded-label lexicon for Portuguese (pt)</li>"), notes);
        assertTrue(notes.contains("<li>Signal &lt;b&gt;x&lt;/b&gt; not analysed: no model for &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</li>"),
                notes);
        assertFalse(page.contains("<script"), "pages carry no script at all");
        assertFalse(page.contains("<b>x"));
        assertFalse(app.get("/articles/" + french).body().contains("Not analysed"), "a French article skipped nothing");
    }

    @Test
    void theApiReturnsThemAndTheOpenApiDescribesThem() throws Exception {
        JsonNode a = ArticleJson.mapper().readTree(app.get("/api/articles/" + portuguese).body());
        assertEquals(List.of("entities", "quotes", "signals:loaded-label", "signals:<b>x</b>"), a.get("skipped").findValuesAsText("layer"));
        assertEquals("no entity model for Portuguese (pt)", a.at("/skipped/0/reason").asText());
        assertTrue(a.get("entities").isArray() && a.get("entities").isEmpty());
        assertFalse(ArticleJson.mapper().readTree(app.get("/api/articles/" + french).body()).has("skipped"));
        JsonNode doc = ArticleJson.mapper().readTree(app.get("/openapi.json").body());
        assertTrue(doc.at("/components/schemas/Article/properties/skipped/items/properties").has("reason"));
    }
}
