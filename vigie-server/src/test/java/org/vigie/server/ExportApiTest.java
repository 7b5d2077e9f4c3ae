package org.vigie.server;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.testkit.TestFiles.csvRows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.export.Export;
import org.vigie.corpus.export.ExportFormat;
import org.vigie.corpus.export.ExportRequest;
import org.vigie.corpus.export.ExportTable;
import org.vigie.corpus.search.SearchRequest;

/** GET /api/export over the sample page and the hostile page, analysed by the real pipeline. */
class ExportApiTest {

    static TestServer app;
    static Corpus corpus;
    static String base;
    static List<String> ids;
    static final String TOKEN = "export-token";

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.open("vigie-export-test");
        corpus = app.corpus();
        ids = TestCorpus.fill(corpus);
        base = app.serve(TestCorpus.config(corpus, TOKEN, true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static String direct(SearchRequest q, ExportTable table, ExportFormat format) throws Exception {
        StringWriter out = new StringWriter();
        try (Export e = corpus.export(ExportRequest.of(q, table, format))) {
            e.writeTo(out);
        }
        return out.toString();
    }

    static void assertError(HttpResponse<String> r, int status, String contains) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        assertTrue(r.headers().firstValue("Content-Disposition").isEmpty(), "an error is not a download");
        String message = ArticleJson.mapper().readTree(r.body()).at("/error/message").asText();
        assertTrue(message.contains(contains), message);
    }

    @Test
    void entitiesAsCsvAreADownloadWithOneRowPerMention() throws Exception {
        HttpResponse<String> r = app.get("/api/export?q=Alep&table=entities&format=csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(";charset", "; charset"));
        assertEquals("attachment; filename=\"vigie-entities.csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(direct(SearchRequest.of("Alep"), ExportTable.ENTITIES, ExportFormat.CSV), r.body(), "the bytes the corpus writes");
        List<Map<String, String>> rows = csvRows(r.body());
        long mentions = 0;
        for (String id : ids) {
            Article a = corpus.get(id).orElseThrow();
            mentions += a.entities().stream().mapToLong(e -> e.mentions().size()).sum();
            for (Map<String, String> row : rows) {
                if (row.get("article_id").equals(id)) {
                    assertEquals(a.text().substring(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))),
                            row.get("text"));
                }
            }
        }
        assertTrue(mentions > 5, "the pipeline found entities in the sample: " + mentions);
        assertEquals(mentions, rows.size(), "both pages name Alep: every mention of both");
    }

    @Test
    void quotesAsJsonlFollowTheFilters() throws Exception {
        HttpResponse<String> r = app.get("/api/export?q=Alep&speaker=Vladimir%20Poutine&table=quotes&format=jsonl");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/x-ndjson", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"vigie-quotes.jsonl\"", r.headers().firstValue("Content-Disposition").orElse(""));
        Set<String> articles = new HashSet<>();
        int rows = 0;
        for (String line : r.body().split("\n")) {
            JsonNode q = ArticleJson.mapper().readTree(line);
            articles.add(q.get("article_id").asText());
            assertTrue(q.has("speaker_mention") && q.has("cue"), line);
            rows++;
        }
        assertEquals(Set.of(ids.get(0)), articles, "the hostile page quotes nobody");
        assertEquals(corpus.get(ids.get(0)).orElseThrow().quotes().size(), rows);

        HttpResponse<String> limited = app.get("/api/export?q=Alep&limit=1&format=jsonl");
        assertEquals(1, limited.body().lines().count(), limited.body());
        HttpResponse<String> none = app.get("/api/export?q=Alep&site=nowhere.example");
        assertEquals(200, none.statusCode());
        assertEquals(1, none.body().split("\r\n").length, "no match: the header alone");
    }

    @Test
    void badRequestsAreJsonErrorsBeforeAnyRow() throws Exception {
        assertError(app.get("/api/export?q=Alep&table=article"), 400, "expected articles, entities, quotes, times or signals");
        assertError(app.get("/api/export?q=Alep&format=xlsx"), 400, "expected csv or jsonl");
        assertError(app.get("/api/export?q=%22unclosed"), 400, "bad query");
        assertError(app.get("/api/export?limit=-1"), 400, "limit");
        assertError(app.get("/api/export?limit=lots"), 400, "limit");
        assertError(app.get("/api/export?from=10/10/2016"), 400, "from");
        assertError(app.get("/api/export?from=2016-10-11&to=2016-10-10"), 400, "date range");
    }

    @Test
    void theSearchPageLinksToTheExportOfItsQuery() throws Exception {
        String page = app.get("/search?q=Alep&speaker=Vladimir%20Poutine&sort=date").body();
        String link = "/api/export?q=Alep&amp;speaker=Vladimir+Poutine&amp;table=articles&amp;format=csv";
        assertTrue(page.contains("href=\"" + link + "\" download>Download CSV</a>"), page);
        HttpResponse<String> r = app.get(link.replace("&amp;", "&"));
        assertEquals(200, r.statusCode());
        assertEquals(List.of(ids.get(0)), csvRows(r.body()).stream().map(m -> m.get("id")).toList());

        // a hostile filter value stays text in the link (languages are alternatives: French pages still match)
        String hostile = app.get("/search?q=Alep&language=fr&language=x%22onmouseover%3D1").body();
        assertTrue(hostile.contains("href=\"/api/export?q=Alep&amp;language=fr&amp;language=x%22onmouseover%3D1"
                + "&amp;table=articles&amp;format=csv\""), hostile);
        assertFalse(hostile.contains("x\"onmouseover"), hostile);
        assertFalse(app.get("/search?q=nulle-part-ailleurs").body().contains("Download CSV"), "nothing to download");
    }

    @Test
    void closedReadsNeedTheToken() throws Exception {
        try (VigieServer closed = VigieServer.create(TestCorpus.config(corpus, TOKEN, false, 1024)).start("127.0.0.1", 0)) {
            String b = "http://127.0.0.1:" + closed.port() + "/api/export?q=Alep";
            HttpResponse<String> r = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(b)).build(), HttpResponse.BodyHandlers.ofString());
            assertError(r, 401, "token");
            HttpResponse<String> ok = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(b)).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            assertEquals(Set.copyOf(ids), csvRows(ok.body()).stream().map(m -> m.get("id")).collect(Collectors.toSet()));
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheExport() throws Exception {
        JsonNode op = ArticleJson.mapper().readTree(app.get("/openapi.json").body()).at("/paths/~1api~1export/get");
        assertFalse(op.isMissingNode());
        List<String> names = new ArrayList<>();
        for (JsonNode p : op.get("parameters")) names.add(p.get("name").asText());
        assertTrue(names.containsAll(List.of("q", "entity", "speaker", "site", "language", "signal", "from", "to",
                "table", "format", "limit")), names.toString());
        List<String> tables = new ArrayList<>();
        for (ExportTable t : ExportTable.values()) tables.add(t.id());
        for (JsonNode p : op.get("parameters")) {
            if (p.get("name").asText().equals("table")) assertEquals(tables, toList(p.at("/schema/enum")), "every table, no other");
            if (p.get("name").asText().equals("format")) assertEquals(List.of("csv", "jsonl"), toList(p.at("/schema/enum")));
        }
        assertTrue(op.at("/responses/200/content").has("text/csv; charset=utf-8"));
        assertTrue(op.at("/responses/200/content").has("application/x-ndjson"));
    }

    static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
