package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.Corpus;

/**
 * A real OrangeSum article stored from its own page and, verbatim, from three pages whose URLs,
 * site names and authors are hostile: the article page lists them under "Also published at",
 * escaped, with only http(s) URLs as links; the API returns them in the article's JSON.
 */
class AlsoPublishedAtPageTest {

    static final String ORANGE = "https://actu.orange.fr/france/collomb-et-les-migrants.html";
    static final String SCRIPT_URL = "javascript:alert(1)";
    static final String SCRIPT_SITE = "<script>alert(2)</script>";
    static final String QUOTE_URL = "https://evil.example/a\"onmouseover=\"alert(3)";
    static final String IMG_AUTHOR = "<img src=x onerror=alert(4)>";
    static final String GOOD = "https://copie.example.org/2018/06/01/collomb?ref=a&b=c";

    static TestServer app;
    static Corpus corpus;
    static String base;
    static String id;

    @BeforeAll
    static void start() throws Exception {
        JsonNode n = ArticleJson.mapper().readTree(
                Files.readAllLines(TestCorpus.repoFile("samples/orangesum/orangesum-sample.jsonl")).get(0));
        Article text = Article.compose(n.get("title").asText(), n.get("heading").asText(), List.of(n.get("article").asText()))
                .withSourceId(n.get("id").asText()).withLanguage("fr", null);
        id = text.id();
        app = TestServer.open("vigie-also-test");
        corpus = app.corpus();
        corpus.ingest(List.of(text.withMetadata(new Metadata(SCRIPT_URL, null, SCRIPT_SITE, List.of(), "2018-06-02", "meta", null, null))));
        corpus.ingest(List.of(text.withMetadata(new Metadata(QUOTE_URL, null, null, List.of(IMG_AUTHOR), "2018-06-03", "meta", null, null))));
        corpus.ingest(List.of(text.withMetadata(new Metadata(GOOD, null, "Copie & Cie", List.of(), "2018-06-04", "meta", null, null))));
        corpus.ingest(List.of(text.withMetadata(new Metadata(ORANGE, null, "actu.orange.fr", List.of(), n.get("date").asText(), "orangesum", null, null))));
        base = app.serve(TestCorpus.config(corpus, "t0ken", true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void theArticlePageListsTheOtherPagesEscaped() throws Exception {
        HttpResponse<String> r = app.get("/articles/" + id);
        assertEquals(200, r.statusCode());
        String page = r.body();
        int section = page.indexOf("<h2>Also published at</h2>");
        assertTrue(section > 0, page);
        String list = page.substring(section, page.indexOf("</section>", section));
        assertTrue(list.contains("First published at <a href=\"" + ORANGE + "\" rel=\"nofollow noopener\">actu.orange.fr</a>"), list);
        assertTrue(list.contains("<a href=\"https://copie.example.org/2018/06/01/collomb?ref=a&amp;b=c\" rel=\"nofollow noopener\">Copie &amp; Cie</a>"), list);
        assertFalse(page.contains("href=\"javascript:"), "a javascript: URL is never a link");
        assertTrue(list.contains("&lt;script&gt;alert(2)&lt;/script&gt; (javascript:alert(1))"), list);
        assertTrue(list.contains("https://evil.example/a&quot;onmouseover=&quot;alert(3)"), list);
        assertFalse(page.contains("a\"onmouseover"), "no attribute breaks out of the list");
        assertTrue(list.contains("&lt;img src=x onerror=alert(4)&gt;"), list);
        assertFalse(page.contains("<script"), "pages carry no script at all");
        assertFalse(page.contains("<img src=x"));
        assertEquals(4, list.split("<time>", -1).length - 1, "four publications, each with its date");
    }

    @Test
    void theApiReturnsThemInTheArticleJsonAndTheOpenApiDescribesThem() throws Exception {
        JsonNode a = ArticleJson.mapper().readTree(app.get("/api/articles/" + id).body());
        assertEquals(ORANGE, a.at("/metadata/url").asText());
        assertEquals(List.of(SCRIPT_URL, QUOTE_URL, GOOD), a.get("also_published_at").findValuesAsText("url"));
        assertEquals(IMG_AUTHOR, a.at("/also_published_at/1/authors/0").asText());
        JsonNode doc = ArticleJson.mapper().readTree(app.get("/openapi.json").body());
        assertEquals("#/components/schemas/Publication",
                doc.at("/components/schemas/Article/properties/also_published_at/items/$ref").asText());
        assertTrue(doc.at("/components/schemas/Publication/properties").has("canonical_url"));
    }
}
