package org.vigie.server;

import static org.junit.jupiter.api.Assertions.*;

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
import org.vigie.core.model.Metadata;
import org.vigie.corpus.Corpus;

/**
 * GET /api/stories over the OrangeSum samples of early May 2020 (as read, no NLP) plus a follow-up
 * report of the gas-leak article: the two make one story, the other articles stay apart.
 */
class StoriesApiTest {

    static TestServer app;
    static Corpus corpus;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-stories-test");
        corpus = app.corpus();
        List<Article> articles = new ArrayList<>();
        JsonNode gas = null;
        for (String line : Files.readAllLines(TestCorpus.repoFile("samples/orangesum/orangesum-sample.jsonl"))) {
            JsonNode n = ArticleJson.mapper().readTree(line);
            if (!n.get("date").asText().startsWith("2020-05")) continue;
            articles.add(article(n.get("id").asText(), n.get("title").asText(), n.get("heading").asText(),
                    n.get("article").asText(), n.get("date").asText()));
            if (n.get("id").asText().equals("orangesum-12158")) gas = n;
        }
        assertNotNull(gas, "the gas-leak sample");
        String body = gas.get("article").asText();
        articles.add(article("followup-gas", "Inde : à Visakhapatnam, les villageois racontent la nuit de la fuite de gaz",
                null, body.substring(body.length() / 2), "2020-05-08"));
        corpus.ingest(articles);
        base = app.serve(TestCorpus.config(corpus, "t0ken", true, 64 * 1024));
    }

    static Article article(String sourceId, String title, String heading, String body, String date) {
        return Article.compose(title, heading, List.of(body)).withSourceId(sourceId).withLanguage("fr", null)
                .withMetadata(new Metadata(null, null, "actu.orange.fr", List.of(), date, "test", null, null));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static List<String> sourceIds(JsonNode story) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : story.get("members")) out.add(m.get("source_id").asText());
        return out;
    }

    @Test
    void aDaysStoriesAreItsEventsWithTheirFollowUps() throws Exception {
        HttpResponse<String> r = app.get("/api/stories?date=2020-05-07");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode d = ArticleJson.mapper().readTree(r.body());
        assertEquals("2020-05-05", d.get("from").asText());
        assertEquals("2020-05-09", d.get("to").asText());
        assertFalse(d.get("persisted").asBoolean());
        assertEquals(1, d.get("stories").size(), r.body());
        JsonNode story = d.get("stories").get(0);
        assertEquals(List.of("orangesum-12158", "followup-gas"), sourceIds(story));
        assertEquals("[\"2020-05-07\",\"2020-05-08\"]", story.get("days").toString());
        assertTrue(story.at("/members/0/title").asText().startsWith("Fuite de gaz"));

        JsonNode all = ArticleJson.mapper().readTree(app.get("/api/stories?date=2020-05-07&min_size=1").body());
        assertEquals(2, all.get("stories").size(), all.toString());
        assertEquals(List.of("orangesum-1349"), sourceIds(all.get("stories").get(1)), "Holyfield is another event");
        assertEquals(0, ArticleJson.mapper().readTree(app.get("/api/stories?date=2001-01-01").body()).get("stories").size());
    }

    @Test
    void aNewArticleOfTheWindowIsSeenByTheNextRequest() throws Exception {
        JsonNode before = ArticleJson.mapper().readTree(app.get("/api/stories?date=2020-05-10&min_size=1").body());
        int stories = before.get("stories").size();
        corpus.ingest(List.of(article("late-report", "Un article du 10 mai sur un autre sujet : la pêche au thon rouge",
                null, "Les pêcheurs de thon rouge de Sète préparent une saison courte, faute de quotas suffisants.",
                "2020-05-10")));
        JsonNode after = ArticleJson.mapper().readTree(app.get("/api/stories?date=2020-05-10&min_size=1").body());
        assertEquals(before.get("articles").asInt() + 1, after.get("articles").asInt(), after.toString());
        assertEquals(stories + 1, after.get("stories").size(), "the new article starts its own story");
    }

    @Test
    void theStoriesPageListsADaysStoriesWithLinksAndEscapesWhatItShows() throws Exception {
        HttpResponse<String> form = app.get("/stories");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<input id=\"date\" name=\"date\" type=\"date\"") && !form.body().contains("class=\"story\""),
                "without a date, the form alone");

        String page = app.get("/stories?date=2020-05-07").body();
        assertEquals(1, page.split("<section class=\"story\">", -1).length - 1, "one story of two articles or more: " + page);
        JsonNode story = ArticleJson.mapper().readTree(app.get("/api/stories?date=2020-05-07").body()).get("stories").get(0);
        for (JsonNode m : story.get("members")) {
            assertTrue(page.contains("<a href=\"/articles/" + m.get("id").asText() + "\">"), "each member links to its page");
        }
        assertTrue(page.contains("Inde : à Visakhapatnam, les villageois racontent la nuit de la fuite de gaz"), page);
        assertTrue(page.contains("<a href=\"/stories\">Stories</a>"), "in the navigation");

        // a day of its own, far from the other tests' windows
        corpus.ingest(List.of(article("hostile-story", "Fuite de gaz <script>alert(1)</script> en Inde",
                null, "Une fuite de gaz <img src=x onerror=alert(2)> a fait des victimes près de Visakhapatnam.", "2019-01-15")));
        String hostile = app.get("/stories?date=2019-01-15&min_size=1").body();
        assertFalse(hostile.contains("<script>alert") || hostile.contains("<img src=x"), "scraped text is escaped");
        assertTrue(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), hostile);
        assertEquals(400, app.get("/stories?date=mai").statusCode());
    }

    @Test
    void badParametersAre400() throws Exception {
        for (String q : List.of("", "?date=mai", "?date=2020-05-07&min_size=0", "?date=2020-05-07&min_size=x")) {
            HttpResponse<String> r = app.get("/api/stories" + q);
            assertEquals(400, r.statusCode(), q + ": " + r.body());
            assertFalse(ArticleJson.mapper().readTree(r.body()).at("/error/message").asText().isBlank());
        }
    }
}
