package org.vigie.corpus.export;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.testkit.TestFiles.csvRows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Place;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.core.model.TimeExpression;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.Samples;
import org.vigie.corpus.search.QuerySyntaxException;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;

/**
 * Exports of a corpus of the 40 OrangeSum articles and four hand-made ones whose text a spreadsheet
 * would trip on (commas, quotes, newlines, tabs, cells starting with = + - @), read back with a
 * real CSV parser and a JSON parser.
 */
class ExportTest {

    @TempDir
    Path tmp;
    Corpus corpus;
    Article hostile;
    Article english;
    Article undated;
    Article before;
    List<Article> all;

    @BeforeEach
    void setUp() throws IOException {
        hostile = hostile();
        english = Article.compose("Aleppo talks, day two", null, List.of("Talks on Aleppo went on \"in earnest\"."))
                .withLanguage("en", 0.97).withMetadata(meta("https://other.example/aleppo", "other.example", List.of(),
                        "2016-10-10T09:00:00Z"));
        english = english.withEntities(List.of(new Entity("Alep", EntityType.LOC, null, mentions(english, "Aleppo"))))
                .withSkipped(new Skipped("signals:satirical-register", "no register model for English (en)"));
        undated = Article.compose("@home: une note sans date", null, List.of("Une note sur Alep, sans date."))
                .withLanguage("fr", null).withMetadata(meta(null, "evil.example", List.of(), null));
        before = Article.compose("La veille", null, List.of("Rien encore à Alep."))
                .withLanguage("fr", null).withSourceId("before-1")
                .withMetadata(meta("https://other.example/veille", "other.example", List.of(), "2016-10-09"));
        all = new ArrayList<>(Samples.orangesum());
        all.addAll(List.of(hostile, english, undated, before));
        corpus = Corpus.open(tmp.resolve("data"));
        corpus.ingest(all);
    }

    @AfterEach
    void tearDown() throws IOException {
        corpus.close();
    }

    /** Every layer, and text that a spreadsheet would run or split. */
    static Article hostile() {
        Article a = Article.compose("=HYPERLINK(\"http://evil.example/x\",\"Alep\"), dit Poutine",
                "-10 % à Alep, selon \"Le Monde\"",
                List.of("Vladimir Poutine a déclaré : « Nous quitterons Alep, vite ». C'était le 10 octobre 2016.",
                        "@Erdogan répond\tsur Twitter."))
                .withLanguage("fr", 0.99).withSourceId("hostile-1")
                .withMetadata(meta("https://evil.example/alep", "evil.example", List.of("Dupont, Jean", "+AFP"),
                        "2016-10-10T09:00:00Z"));
        String t = a.text();
        Span quote = span(a, "« Nous quitterons Alep, vite »");
        return a.withEntities(List.of(
                        new Entity("Vladimir Poutine", EntityType.PER, "vladimir-putin", mentions(a, "Poutine")),
                        new Entity("Alep", EntityType.LOC, null, mentions(a, "Alep"))
                                .withPlace(new Place("SY", Place.Kind.CITY, "Aleppo", 170063L, 36.20124, 37.16117))))
                .withCountries(List.of(new CountryMentions("SY", 3)))
                .withQuotes(List.of(new Quote(Quote.Kind.DIRECT, quote, new Speaker("Vladimir Poutine", "vladimir-putin"),
                        span(a, "Vladimir Poutine"), span(a, "a déclaré"))))
                .withTimes(List.of(new TimeExpression(span(a, "10 octobre 2016"), "2016-10-10", "DATE", "absolute")))
                .withSignals(List.of(new Signal("loaded-label", 0.5, List.of(span(a, "quitterons"), span(a, "vite")),
                        "Des mots « chargés », dit-on.")));
    }

    static Metadata meta(String url, String site, List<String> authors, String date) {
        return new Metadata(url, null, site, authors, date, date == null ? null : "meta", null, null);
    }

    static Span span(Article a, String words) {
        int i = a.text().indexOf(words);
        assertTrue(i >= 0, words);
        return a.span(i, i + words.length());
    }

    static List<Span> mentions(Article a, String words) {
        List<Span> out = new ArrayList<>();
        for (int i = a.text().indexOf(words); i >= 0; i = a.text().indexOf(words, i + 1)) out.add(a.span(i, i + words.length()));
        return out;
    }

    String export(SearchRequest q, ExportTable table, ExportFormat format, long limit) throws IOException {
        StringWriter out = new StringWriter();
        try (Export e = corpus.export(new ExportRequest(q, table, format, limit))) {
            ExportSummary s = e.writeTo(out);
            assertEquals(e.articles(), s.articles());
        }
        return out.toString();
    }

    String export(ExportTable table, ExportFormat format) throws IOException {
        return export(SearchRequest.of(""), table, format, ExportRequest.NO_LIMIT);
    }

    static List<String> csvHeader(String text) {
        return List.of(text.substring(0, text.indexOf("\r\n")).split(","));
    }

    static List<JsonNode> jsonl(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) out.add(ArticleJson.mapper().readTree(line));
        }
        assertTrue(text.isEmpty() || text.endsWith("\n"), "every line ends with LF");
        return out;
    }

    Map<String, Article> byId() {
        return all.stream().collect(Collectors.toMap(Article::id, a -> a));
    }

    @Test
    void articlesCsvHasTheSparkColumnsAndReadsBackExactlyExceptFormulaCells() throws Exception {
        String text = export(ExportTable.ARTICLES, ExportFormat.CSV);
        assertEquals(List.of("id", "source_id", "title", "standfirst", "body", "text", "language", "language_confidence",
                "comment_count", "url", "canonical_url", "site", "authors", "date", "date_source", "modified", "section",
                "origin_path", "origin_record", "origin_url", "entity_count", "quote_count", "time_count", "signal_count",
                "skipped", "reprint_of", "family_id", "story_id"), csvHeader(text));
        List<Map<String, String>> rows = csvRows(text);
        assertEquals(all.size(), rows.size());
        Map<String, Map<String, String>> byId = rows.stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));

        Map<String, String> h = byId.get(hostile.id());
        // a cell starting with = + - @ gets an apostrophe; the rest of it is the text, commas and quotes included
        assertEquals("'" + hostile.title(), h.get("title"));
        assertEquals("'" + hostile.standfirst(), h.get("standfirst"));
        assertEquals(hostile.body(), h.get("body"), "newline and tab inside a quoted field survive");
        assertTrue(h.get("body").contains("\n@Erdogan répond\tsur"), h.get("body"));
        assertEquals("'" + hostile.text(), h.get("text"));
        assertEquals("[\"Dupont, Jean\",\"+AFP\"]", h.get("authors"), "a list is its JSON array");
        assertEquals("0.99", h.get("language_confidence"));
        assertEquals("2", h.get("entity_count"));
        assertEquals("1", h.get("signal_count"));
        assertEquals("[]", h.get("skipped"), "every layer analysed");
        assertEquals("[\"signals:satirical-register\"]", byId.get(english.id()).get("skipped"));
        assertEquals("hostile-1", h.get("source_id"));
        assertEquals("", h.get("canonical_url"), "null is an empty field");
        assertEquals("'@home: une note sans date", byId.get(undated.id()).get("title"));

        // every other title reads back as it is, quotes and all (OrangeSum titles hold "…" and commas)
        int quoted = 0;
        for (Article a : all) {
            if (a == hostile || a == undated) continue;
            assertEquals(a.title(), byId.get(a.id()).get("title"));
            assertEquals(a.body(), byId.get(a.id()).get("body"));
            assertEquals(a.metadata().date() == null ? "" : a.metadata().date(), byId.get(a.id()).get("date"));
            if (a.title().contains("\"")) quoted++;
        }
        assertTrue(quoted > 3, "the fixture has titles with double quotes: " + quoted);
        // records end with CRLF; a newline inside a field stays a bare LF
        assertTrue(text.endsWith("\r\n"));
        assertEquals(all.size() + 1, text.split("\r\n", -1).length - 1, "one CRLF per record, none inside fields");
    }

    @Test
    void articlesJsonlIsOneCompleteObjectPerArticleWithoutProtection() throws Exception {
        List<JsonNode> rows = jsonl(export(ExportTable.ARTICLES, ExportFormat.JSONL));
        assertEquals(all.size(), rows.size());
        List<String> names = ExportTable.ARTICLES.columns().stream().map(Column::name).toList();
        Map<String, Article> byId = byId();
        for (JsonNode r : rows) {
            List<String> keys = new ArrayList<>();
            r.fieldNames().forEachRemaining(keys::add);
            assertEquals(names, keys, "every key, in column order, null included");
            Article a = byId.get(r.get("id").asText());
            assertEquals(a.title(), r.get("title").asText(), "JSONL is data: no apostrophe");
            assertEquals(a.text(), r.get("text").asText());
            assertEquals(a.entities().size(), r.get("entity_count").asInt());
            assertEquals(a.metadata().authors().size(), r.get("authors").size());
        }
        JsonNode h = rows.stream().filter(r -> r.get("id").asText().equals(hostile.id())).findFirst().orElseThrow();
        assertEquals("+AFP", h.at("/authors/1").asText());
        assertEquals(0.99, h.get("language_confidence").asDouble());
        JsonNode b = rows.stream().filter(r -> r.get("id").asText().equals(before.id())).findFirst().orElseThrow();
        assertTrue(b.get("standfirst").isNull());
    }

    @Test
    void entitiesAreOneRowPerMentionWhoseOffsetsPointAtItsWords() throws Exception {
        Map<String, Article> byId = byId();
        long mentions = all.stream().flatMap(a -> a.entities().stream()).mapToLong(e -> e.mentions().size()).sum();
        List<Map<String, String>> csvRows = csvRows(export(ExportTable.ENTITIES, ExportFormat.CSV));
        List<JsonNode> jsonRows = jsonl(export(ExportTable.ENTITIES, ExportFormat.JSONL));
        assertEquals(mentions, csvRows.size());
        assertEquals(mentions, jsonRows.size());
        assertEquals(List.of("article_id", "entity_index", "entity_id", "canonical", "type", "start", "end", "text", "country"),
                List.copyOf(csvRows.get(0).keySet()));
        for (int i = 0; i < csvRows.size(); i++) {
            Map<String, String> c = csvRows.get(i);
            JsonNode j = jsonRows.get(i);
            Article a = byId.get(c.get("article_id"));
            int start = Integer.parseInt(c.get("start"));
            int end = Integer.parseInt(c.get("end"));
            assertEquals(a.text().substring(start, end), c.get("text"));
            Entity e = a.entities().get(Integer.parseInt(c.get("entity_index")));
            assertEquals(e.canonical(), c.get("canonical"));
            assertEquals(e.type().name(), c.get("type"));
            assertEquals(e.entityId() == null ? "" : e.entityId(), c.get("entity_id"));
            assertEquals(e.place() == null ? "" : e.place().country(), c.get("country"));
            assertEquals(e.place() == null, j.get("country").isNull());
            // the same row in both formats
            assertEquals(c.get("article_id"), j.get("article_id").asText());
            assertEquals(start, j.get("start").asInt());
            assertEquals(e.entityId() == null, j.get("entity_id").isNull());
        }
        assertEquals(5, hostile.entities().stream().mapToLong(e -> e.mentions().size()).sum());
        assertEquals(3, csvRows.stream().filter(r -> r.get("article_id").equals(hostile.id()) && r.get("country").equals("SY")).count(),
                "every mention of Alep carries the country of its place");
        assertEquals(5, csvRows.stream().filter(r -> r.get("article_id").equals(hostile.id())).count(),
                "Poutine in the title and the body, Alep in the title, standfirst and body: a row each");
    }

    @Test
    void quotesFlattenTheirSpansInCsvAndNestThemInJsonl() throws Exception {
        String text = export(ExportTable.QUOTES, ExportFormat.CSV);
        assertEquals(List.of("article_id", "quote_index", "kind", "start", "end", "text", "speaker", "speaker_entity_id",
                "speaker_mention_start", "speaker_mention_end", "speaker_mention_text", "cue_start", "cue_end", "cue_text"),
                csvHeader(text));
        List<Map<String, String>> rows = csvRows(text);
        assertEquals(1, rows.size());
        Quote q = hostile.quotes().get(0);
        Map<String, String> r = rows.get(0);
        assertEquals("direct", r.get("kind"));
        assertEquals(q.text().text(), r.get("text"), "a quote with a comma, in one field");
        assertEquals(String.valueOf(q.text().start()), r.get("start"));
        assertEquals("Vladimir Poutine", r.get("speaker"));
        assertEquals("vladimir-putin", r.get("speaker_entity_id"));
        assertEquals(String.valueOf(q.cue().start()), r.get("cue_start"));
        assertEquals("a déclaré", r.get("cue_text"));
        assertEquals("Vladimir Poutine", r.get("speaker_mention_text"));

        JsonNode j = jsonl(export(ExportTable.QUOTES, ExportFormat.JSONL)).get(0);
        assertEquals(q.speakerMention().start(), j.at("/speaker_mention/start").asInt());
        assertEquals(q.speakerMention().end(), j.at("/speaker_mention/end").asInt());
        assertEquals("a déclaré", j.at("/cue/text").asText());
        assertEquals(0, j.get("quote_index").asInt());
    }

    @Test
    void timesAndSignalsKeepTheirValuesAndEvidence() throws Exception {
        List<Map<String, String>> times = csvRows(export(ExportTable.TIMES, ExportFormat.CSV));
        assertEquals(1, times.size());
        assertEquals(Map.of("article_id", hostile.id(), "start", String.valueOf(hostile.times().get(0).text().start()),
                "end", String.valueOf(hostile.times().get(0).text().end()), "text", "10 octobre 2016",
                "value", "2016-10-10", "type", "DATE", "resolved_from", "absolute"), times.get(0));

        Signal s = hostile.signals().get(0);
        Map<String, String> c = csvRows(export(ExportTable.SIGNALS, ExportFormat.CSV)).get(0);
        assertEquals(List.of("article_id", "signal_index", "kind", "score", "evidence", "explanation"), List.copyOf(c.keySet()));
        assertEquals("0.5", c.get("score"));
        assertEquals(s.explanation(), c.get("explanation"));
        JsonNode evidence = ArticleJson.mapper().readTree(c.get("evidence"));
        assertEquals(2, evidence.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(s.evidence().get(i).start(), evidence.get(i).get("start").asInt());
            assertEquals(s.evidence().get(i).text(), evidence.get(i).get("text").asText());
        }
        JsonNode j = jsonl(export(ExportTable.SIGNALS, ExportFormat.JSONL)).get(0);
        assertEquals(evidence, j.get("evidence"), "the same spans, as an array, in JSONL");
        assertEquals("loaded-label", j.get("kind").asText());
        assertEquals(0.5, j.get("score").asDouble());
    }

    /** The indexed instant of an article's date (a bare date is midnight UTC), or null. */
    static Long instant(Article a) {
        String d = a.metadata().date();
        if (d == null) return null;
        return d.length() == 10 ? LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                : OffsetDateTime.parse(d).toInstant().toEpochMilli();
    }

    @Test
    void rowsComeByDateThenIdUndatedLast() throws Exception {
        List<String> ids = jsonl(export(ExportTable.ARTICLES, ExportFormat.JSONL)).stream()
                .map(r -> r.get("id").asText()).toList();
        List<String> expected = all.stream().sorted(Comparator
                        .comparing(ExportTest::instant, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::id))
                .map(Article::id).toList();
        assertEquals(expected, ids);
        assertEquals(undated.id(), ids.get(ids.size() - 1));
        // two articles at the same instant: the smaller id first, whatever the order they were stored in
        int h = ids.indexOf(hostile.id());
        int e = ids.indexOf(english.id());
        assertEquals(1, Math.abs(h - e));
        assertEquals(hostile.id().compareTo(english.id()) < 0, h < e);
        assertEquals(ids, jsonl(export(ExportTable.ARTICLES, ExportFormat.JSONL)).stream().map(r -> r.get("id").asText()).toList(),
                "the same export twice is the same");
    }

    @Test
    void manyArticlesComeInOrderAcrossReadBatches() throws Exception {
        // 600 texts on the 40 OrangeSum dates: batches of Export.BATCH, and fifteen articles per date to tie-break by id
        List<Article> many = Samples.synthesize(600);
        corpus.ingest(many);
        List<Article> stored = new ArrayList<>(all);
        stored.addAll(many);
        List<JsonNode> rows = jsonl(export(ExportTable.ARTICLES, ExportFormat.JSONL));
        assertTrue(rows.size() > 2 * Export.BATCH);
        List<String> expected = stored.stream()
                .sorted(Comparator.comparing(ExportTest::instant, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::id))
                .map(Article::id).toList();
        List<String> ids = rows.stream().map(r -> r.get("id").asText()).toList();
        assertTrue(expected.equals(ids), "date then id order across batches");
        Map<String, Article> byId = stored.stream().collect(Collectors.toMap(Article::id, a -> a));
        for (JsonNode r : rows) assertEquals(byId.get(r.get("id").asText()).text(), r.get("text").asText());
    }

    /** The ids a search finds for the same request (every page). */
    Set<String> searched(SearchRequest q) throws IOException {
        return corpus.search(q.toBuilder().size(SearchRequest.MAX_WINDOW).facetSize(0).build()).hits().stream()
                .map(SearchHit::id).collect(Collectors.toSet());
    }

    @Test
    void theQueryAndFiltersSelectWhatSearchFinds() throws Exception {
        List<SearchRequest> requests = List.of(
                SearchRequest.of("Alep"),
                SearchRequest.builder("Alep").site("evil.example").build(),
                SearchRequest.builder("").entity("vladimir-putin").build(),
                SearchRequest.builder("").speaker("Vladimir Poutine").build(),
                SearchRequest.builder("").language("en").build(),
                SearchRequest.builder("").signal("loaded-label").build(),
                SearchRequest.builder("").from(LocalDate.parse("2016-10-09")).to(LocalDate.parse("2016-10-10")).build(),
                SearchRequest.of("coronavirus OR confinement"),
                SearchRequest.of("title:Municipales"),
                SearchRequest.builder("Hollande").from(LocalDate.parse("2018-01-01")).build());
        for (SearchRequest q : requests) {
            List<String> ids = csvRows(export(q, ExportTable.ARTICLES, ExportFormat.CSV, ExportRequest.NO_LIMIT)).stream()
                    .map(r -> r.get("id")).toList();
            assertEquals(searched(q), Set.copyOf(ids), q.toString());
            assertEquals(ids.size(), Set.copyOf(ids).size(), "each article once");
        }
        assertEquals(List.of(hostile.id(), undated.id()), csvRows(export(SearchRequest.builder("Alep").site("evil.example").build(),
                ExportTable.ARTICLES, ExportFormat.CSV, ExportRequest.NO_LIMIT)).stream().map(r -> r.get("id")).toList(),
                "the two pages of evil.example naming Alep, the undated one last");
    }

    @Test
    void theLimitKeepsTheFirstArticlesWithAllTheirRows() throws Exception {
        List<String> every = jsonl(export(ExportTable.ARTICLES, ExportFormat.JSONL)).stream().map(r -> r.get("id").asText()).toList();
        List<String> first = jsonl(export(SearchRequest.of(""), ExportTable.ARTICLES, ExportFormat.JSONL, 5)).stream()
                .map(r -> r.get("id").asText()).toList();
        assertEquals(every.subList(0, 5), first);

        // the limit counts articles, not rows: the first three articles naming Alep, with all their mentions
        SearchRequest alep = SearchRequest.of("Alep OR Aleppo");
        List<String> three = csvRows(export(alep, ExportTable.ARTICLES, ExportFormat.CSV, 3)).stream().map(r -> r.get("id")).toList();
        assertEquals(3, three.size());
        List<Map<String, String>> mentions = csvRows(export(alep, ExportTable.ENTITIES, ExportFormat.CSV, 3));
        Map<String, Article> byId = byId();
        long expected = three.stream().flatMap(id -> byId.get(id).entities().stream()).mapToLong(e -> e.mentions().size()).sum();
        assertEquals(7, expected, "the day before (none), then the hostile page (5) and the English one (2)");
        assertEquals(expected, mentions.size());
        assertEquals(Set.of(hostile.id(), english.id()), mentions.stream().map(r -> r.get("article_id")).collect(Collectors.toSet()));

        String none = export(SearchRequest.of(""), ExportTable.QUOTES, ExportFormat.CSV, 0);
        assertEquals(1, none.split("\r\n").length, "limit 0: the header alone");
        assertEquals("", export(SearchRequest.of(""), ExportTable.QUOTES, ExportFormat.JSONL, 0));
    }

    @Test
    void anExportSeesTheCorpusAsItWasWhenPrepared() throws Exception {
        Article late = Article.compose("Une dépêche tardive sur Alep", null, List.of("Arrivée après la préparation."))
                .withLanguage("fr", null);
        StringWriter out = new StringWriter();
        try (Export e = corpus.export(ExportRequest.of(SearchRequest.of("Alep"), ExportTable.ARTICLES, ExportFormat.JSONL))) {
            corpus.ingest(List.of(late));
            e.writeTo(out);
        }
        List<String> ids = jsonl(out.toString()).stream().map(r -> r.get("id").asText()).toList();
        assertFalse(ids.contains(late.id()));
        assertEquals(searched(SearchRequest.of("Alep")).size() - 1, ids.size());
        assertTrue(export(SearchRequest.of("Alep"), ExportTable.ARTICLES, ExportFormat.JSONL, ExportRequest.NO_LIMIT)
                .contains(late.id()), "a new export sees the commit");
    }

    @Test
    void badRequestsAreClearErrors() throws Exception {
        QuerySyntaxException q = assertThrows(QuerySyntaxException.class, () -> corpus.export(
                ExportRequest.of(SearchRequest.of("\"Alep"), ExportTable.ARTICLES, ExportFormat.CSV)));
        assertTrue(q.getMessage().startsWith("bad query: "), q.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> ExportTable.of("article"));
        assertEquals("unknown table 'article': expected articles, entities, quotes, times or signals", t.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("xlsx"));
        assertEquals("unknown format 'xlsx': expected csv or jsonl", f.getMessage());
        assertEquals(ExportTable.SIGNALS, ExportTable.of("Signals"));
        assertEquals(ExportFormat.JSONL, ExportFormat.of("JSONL"));
        assertThrows(IllegalArgumentException.class,
                () -> new ExportRequest(SearchRequest.of(""), ExportTable.TIMES, ExportFormat.CSV, -1));
        assertEquals("vigie-times.csv", ExportRequest.of(SearchRequest.of(""), ExportTable.TIMES, ExportFormat.CSV).fileName());
        // the view is given back after a failed preparation: the corpus still takes writes and closes cleanly
        corpus.ingest(List.of(Article.compose("Encore une", null, List.of("Texte.")).withLanguage("fr", null)));
        assertEquals(all.size() + 1, corpus.count());
    }

    @Test
    void formulaProtectionCoversEveryTriggerAndOnlyTheFirstCharacter() {
        Map<String, String> cases = new HashMap<>();
        cases.put("=1+1", "'=1+1");
        cases.put("+33 6 12", "'+33 6 12");
        cases.put("-2 %", "'-2 %");
        cases.put("@SUM(A1)", "'@SUM(A1)");
        cases.put("\tx", "'\tx");
        cases.put("\rx", "\"'\rx\"");
        cases.put("a=b", "a=b");
        cases.put(" =b", " =b");
        cases.put("'déjà", "'déjà");
        cases.put("", "");
        cases.put("a,b", "\"a,b\"");
        cases.put("dit \"non\"", "\"dit \"\"non\"\"\"");
        cases.put("=a,\"b\"", "\"'=a,\"\"b\"\"\"");
        cases.forEach((in, out) -> assertEquals(out, CsvRowWriter.text(in), in));
    }
}
