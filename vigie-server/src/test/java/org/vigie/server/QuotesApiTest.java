package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;

/**
 * GET /api/quotes, /api/quotes/{ref} and their pages on a real OrangeSum article (CC BY-SA 4.0,
 * {@code samples/orangesum}) quoting Gérard Collomb, and two copies of it: one altering a word
 * into markup, one giving the words to another speaker whose name is markup.
 */
class QuotesApiTest {

    static final String QUOTE =
            "S'il doit y avoir rappel des règles, il ne doit jamais y avoir de manière stigmatisante de traiter des humains";
    static final String ALTERED = QUOTE.replace("stigmatisante", "<b>humiliante</b>");
    static TestServer app;
    static Article source;
    static Article altered;

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-quotes-test");
        JsonNode n = ArticleJson.mapper().readTree(Files.readAllLines(TestCorpus.repoFile("samples/orangesum/orangesum-sample.jsonl")).get(0));
        String title = n.get("title").asText();
        String body = n.get("article").asText();
        source = article(title, body, QUOTE, "actu.orange.fr", "2018-05-31", new Speaker("Gérard Collomb", "gerard-collomb"));
        altered = article("Collomb <i>et</i> les migrants", body.replace(QUOTE, ALTERED), ALTERED, "copie.example", "2018-06-01",
                new Speaker("Collomb", null));
        Article moved = article("Les migrants", body, QUOTE, "autre.example", "2018-06-02", new Speaker("Jean <script>X</script>", null));
        app.corpus().ingest(List.of(source, altered, moved));
        app.serve(TestCorpus.config(app.corpus(), "t0ken", true, 64 * 1024));
    }

    static Article article(String title, String body, String quote, String site, String date, Speaker speaker) {
        Article a = Article.compose(title, null, List.of(body)).withLanguage("fr", null)
                .withMetadata(new Metadata("https://" + site + "/a", null, site, List.of(), date, "meta", null, null));
        int s = a.text().indexOf(quote);
        return a.withQuotes(List.of(new Quote(Quote.Kind.DIRECT, Span.of(a.text(), s, s + quote.length()), speaker, null, null)));
    }

    static String ref(Article a) {
        return a.id() + "-" + a.quotes().get(0).text().start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void theTrailsAndOneTrail() throws Exception {
        JsonNode l = app.json("/api/quotes", 200);
        assertEquals(1, l.get("total").asInt());
        JsonNode t = l.get("trails").get(0);
        assertEquals(QUOTE, t.get("text").asText());
        assertEquals(3, t.get("articles").asInt());
        assertEquals(1, t.get("altered").asInt());
        assertEquals(1, t.get("reattributed").asInt());
        assertEquals(ref(source), t.get("id").asText());
        JsonNode one = app.json("/api/quotes/" + ref(altered), 200);
        assertEquals(ref(source), one.get("id").asText(), "an appearance finds its trail");
        JsonNode copy = one.get("appearances").get(1);
        assertEquals("altered", copy.get("relation").asText());
        List<String> changed = new java.util.ArrayList<>();
        copy.get("changed").forEach(c -> changed.add(c.get("text").asText()));
        assertEquals(List.of("b>humiliante</b"), changed, "from the first substituted word to the last, markup between them");
        assertEquals(0, app.json("/api/quotes?site=nowhere.example", 200).get("total").asInt());
        assertEquals(1, app.json("/api/quotes?flagged=true&speaker=gerard-collomb", 200).get("total").asInt());
    }

    @Test
    void malformedParametersAreClear400sAndUnknownTrails404() throws Exception {
        assertTrue(app.json("/api/quotes?flagged=maybe", 400).at("/error/message").asText().contains("flagged"));
        assertTrue(app.json("/api/quotes?top=0", 400).at("/error/message").asText().contains("top"));
        assertTrue(app.json("/api/quotes?from=yesterday", 400).at("/error/message").asText().contains("from"));
        assertTrue(app.json("/api/quotes?q=%22unclosed", 400).at("/error/message").asText().length() > 0);
        assertTrue(app.json("/api/quotes/not%20a%20ref", 400).at("/error/message").asText().contains("ARTICLE_ID-START"));
        assertTrue(app.json("/api/quotes/0123456789abcdef-12", 404).at("/error/message").asText().contains("no quotation trail"));
    }

    @Test
    void pagesEscapeEveryScrapedWordAndMarkTheChangedOnes() throws Exception {
        String list = app.get("/quotes").body();
        assertTrue(list.contains("Quotation trails"), list);
        assertFalse(list.contains("<script>X"), list);
        assertTrue(list.contains("Jean &lt;script&gt;X&lt;/script&gt;"), "the hostile speaker, escaped");
        String page = app.get("/quotes/" + ref(altered)).body();
        assertTrue(page.contains("&lt;<mark class=\"changed\">b&gt;humiliante&lt;/b</mark>&gt;"), page);
        assertFalse(page.contains("<b>humiliante") || page.contains("<i>et</i>") || page.contains("<script>X"), page);
        assertTrue(page.contains("reattributed"), page);
        String article = app.get("/articles/" + altered.id()).body();
        assertTrue(article.contains("href=\"/quotes/" + ref(altered) + "\""), "the article's quotation links to its trail");
        assertEquals(400, app.get("/quotes/%3Cscript%3E").statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesBothEndpoints() throws Exception {
        JsonNode doc = app.json("/openapi.json", 200);
        JsonNode list = doc.at("/paths/~1api~1quotes/get");
        assertFalse(list.isMissingNode());
        List<String> names = new java.util.ArrayList<>();
        list.get("parameters").forEach(p -> names.add(p.get("name").asText()));
        assertTrue(names.containsAll(List.of("q", "speaker", "site", "from", "to", "top", "flagged")), names.toString());
        assertEquals("#/components/schemas/QuoteTrail", doc.at("/paths/~1api~1quotes~1{ref}/get/responses/200/content/application~1json/schema/$ref").asText());
        assertFalse(doc.at("/components/schemas/QuoteAppearance/properties/changed").isMissingNode());
    }
}
