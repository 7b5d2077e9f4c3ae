package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.core.pipeline.Pipeline;

/** GET /api/timeline and the chart of the search page, on hand-made dated articles (no NLP model). */
class TimelineApiTest {

    static final String HOSTILE_AUTHOR = "<img src=x onerror=alert(7)> Dupond";
    static TestServer app;

    static Article article(String title, String body, String url, String date, String author) {
        return Article.compose(title, null, List.of(body)).withLanguage("fr", null)
                .withMetadata(new Metadata(url, null, null, author == null ? List.of() : List.of(author), date, "meta",
                        null, null));
    }

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-timeline-test");
        app.corpus().ingest(List.of(
                article("Alep sous les bombes", "Les bombardements ont repris sur Alep.", "https://fr.sputniknews.com/a",
                        "2016-10-03", HOSTILE_AUTHOR),
                article("Alep : la trêve rompue", "La trêve annoncée à Alep n'a pas tenu.", "https://www.lemonde.example/b",
                        "2016-10-03T21:00:00Z", null),
                article("Alep : les convois", "Les convois attendent aux portes d'Alep.", "https://fr.sputniknews.com/c",
                        "2016-10-05", HOSTILE_AUTHOR)
                        .withAlsoPublishedAt(List.of(new Publication("https://blog.example.org/c", null, null, List.of(),
                                "2016-10-07", "meta"))),
                article("Alep sans date", "Une dépêche sur Alep sans date.", "https://blog.example.org/d", null, null),
                article("Négociations à Genève", "Les délégations se retrouvent à Genève.", "https://www.lemonde.example/e",
                        "2016-10-05", null)));
        app.serve(new ServerConfig(app.corpus(), Pipeline::of, mime -> null, "t0ken", true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static JsonNode json(String path, int status) throws Exception {
        return app.json(path, status);
    }

    static List<Long> counts(JsonNode t) {
        List<Long> out = new ArrayList<>();
        for (JsonNode b : t.get("buckets")) out.add(b.get("count").asLong());
        return out;
    }

    @Test
    void countsPerDayZeroFilledWithTheUndatedApart() throws Exception {
        JsonNode t = json("/api/timeline?q=alep", 200);
        assertEquals("day", t.get("interval").asText());
        assertEquals(4, t.get("total").asInt());
        assertEquals(1, t.get("undated").asInt());
        assertEquals(List.of(2L, 0L, 1L), counts(t), "10-03, 10-04, 10-05; the convoys once, not on 10-07: " + t);
        assertEquals("2016-10-03", t.at("/buckets/0/label").asText());
        assertFalse(t.at("/buckets/0").has("share"), "no share unless normalized");
    }

    @Test
    void weeksMonthsNormalizeAndFilters() throws Exception {
        assertEquals(List.of(3L), counts(json("/api/timeline?q=alep&interval=week", 200)));
        assertEquals("2016-W40", json("/api/timeline?q=alep&interval=week", 200).at("/buckets/0/label").asText());
        JsonNode norm = json("/api/timeline?q=alep&interval=month&normalize=true", 200);
        assertEquals(4, norm.at("/buckets/0/corpus").asInt(), "the dated articles of October");
        assertEquals(0.75, norm.at("/buckets/0/share").asDouble(), 1e-9);
        JsonNode site = json("/api/timeline?q=alep&site=fr.sputniknews.com&from=2016-10-01&to=2016-10-06", 200);
        assertEquals(List.of(0L, 0L, 1L, 0L, 1L, 0L), counts(site), "the window spans the chart: " + site);
        JsonNode outside = json("/api/timeline?q=alep&from=2016-10-07&to=2016-10-07", 200);
        assertEquals(1, outside.get("outside").asInt(), "found by its page of 10-07, counted on 10-05: " + outside);
        assertEquals(List.of(0L), counts(outside));
    }

    @Test
    void badParametersAreJsonErrors() throws Exception {
        assertTrue(json("/api/timeline?q=alep&interval=year", 400).at("/error/message").asText()
                .contains("interval must be day, week or month"));
        assertTrue(json("/api/timeline?q=alep&normalize=yes", 400).at("/error/message").asText()
                .contains("normalize must be true or false"));
        assertTrue(json("/api/timeline?q=" + URLEncoder.encode("\"alep", StandardCharsets.UTF_8), 400)
                .at("/error/message").asText().startsWith("bad query"));
        assertTrue(json("/api/timeline?from=2016-13-01", 400).at("/error/message").asText().contains("from must be YYYY-MM-DD"));
        String tooMany = json("/api/timeline?from=2000-01-01&to=2016-12-31", 400).at("/error/message").asText();
        assertTrue(tooMany.contains("6,210 intervals") && tooMany.contains("week (888) or month (204)"), tooMany);
    }

    @Test
    void closedReadsNeedTheToken() throws Exception {
        try (VigieServer closed = VigieServer.create(new ServerConfig(app.corpus(), Pipeline::of, mime -> null, "t0ken",
                false, 64 * 1024)).start("127.0.0.1", 0)) {
            URI uri = URI.create("http://127.0.0.1:" + closed.port() + "/api/timeline?q=alep");
            assertEquals(401, TestServer.HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
            assertEquals(200, TestServer.HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer t0ken").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void openApiDescribesIt() throws Exception {
        JsonNode doc = json("/openapi.json", 200);
        JsonNode op = doc.at("/paths/~1api~1timeline/get");
        List<String> names = op.get("parameters").findValuesAsText("name");
        assertTrue(names.containsAll(List.of("q", "entity", "site", "author", "from", "to", "interval", "normalize")), names.toString());
        assertEquals("#/components/schemas/Timeline", op.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertTrue(doc.at("/components/schemas/TimelineBucket/properties").has("share"));
    }

    /** The svg element of a page. */
    static String svg(String page) {
        int i = page.indexOf("<svg class=\"timeline\"");
        assertTrue(i >= 0, page);
        return page.substring(i, page.indexOf("</svg>", i) + 6);
    }

    @Test
    void searchPageDrawsTheMatchesPerDayEachBarLinkingToItsDay() throws Exception {
        HttpResponse<String> r = app.get("/search?q=alep");
        assertEquals(200, r.statusCode());
        String svg = svg(r.body());
        Matcher titles = Pattern.compile("<title>([^<]*)</title>").matcher(svg);
        List<String> tips = new ArrayList<>();
        while (titles.find()) tips.add(titles.group(1));
        assertEquals(List.of("2016-10-03: 2 articles", "2016-10-04: 0 articles", "2016-10-05: 1 article"), tips);
        assertTrue(svg.contains("<a href=\"/search?q=alep&amp;from=2016-10-03&amp;to=2016-10-03\">"), svg);
        assertTrue(r.body().contains("1 undated not shown."), r.body());
        assertFalse(r.body().contains("<script"), "no script");
        assertEquals(200, app.get("/search?q=alep&from=2016-10-03&to=2016-10-03").statusCode());
        assertTrue(svg(app.get("/search?q=alep&interval=month").body()).contains("<title>2016-10: 3 articles</title>"));
        assertFalse(app.get("/search?q=kaboul").body().contains("<svg"), "no chart without a match");
        String week = svg(app.get("/search?q=alep&from=2016-10-04&interval=week").body());
        assertTrue(week.contains("<a href=\"/search?q=alep&amp;from=2016-10-04&amp;to=2016-10-09\">"),
                "a week cut by from links to its days within the search's dates: " + week);
        assertTrue(week.contains("<title>2016-W40: 1 article</title>"), week);
    }

    @Test
    void theChartOfAHostileFilterIsEscaped() throws Exception {
        String page = app.get("/search?q=alep&author=" + URLEncoder.encode(HOSTILE_AUTHOR, StandardCharsets.UTF_8)).body();
        String svg = svg(page);
        assertTrue(svg.contains("<title>2016-10-03: 1 article</title>"), svg);
        assertTrue(svg.contains("author=%3Cimg+src%3Dx+onerror%3Dalert%287%29%3E+Dupond&amp;from=2016-10-03"), svg);
        assertFalse(page.contains("<img"), "the author is never markup");
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(svg);
        int n = 0;
        for (; hrefs.find(); n++) assertFalse(hrefs.group(1).matches(".*[<>'].*"), "no markup in a link: " + hrefs.group(1));
        assertEquals(3, n, "a link per day: " + svg);
    }
}
