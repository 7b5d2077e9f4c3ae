package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.testkit.TestFiles.csvRows;
import static org.vigie.cli.CorpusCommandsTest.vigie;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.Corpus;

/**
 * vigie export as a user runs it: the 40 OrangeSum articles and the sample page ingested by the
 * CLI, plus one hand-annotated page whose title a spreadsheet would run as a formula.
 */
class ExportCommandTest {

    @TempDir
    Path tmp;
    Path data;
    Article hostile;

    @BeforeEach
    void corpus() throws Exception {
        data = tmp.resolve("corpus");
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(),
                Repo.file("samples/orangesum/orangesum-sample.jsonl").toString(),
                Repo.file("samples/aleppo-putin-erdogan.txt").toString()).code());
        Article a = Article.compose("=HYPERLINK(\"http://evil.example\",\"Alep\"), selon Poutine", null,
                        List.of("Vladimir Poutine a déclaré : « Nous partirons, vite ».", "Fin de la dépêche."))
                .withLanguage("fr", null)
                .withMetadata(new Metadata("https://evil.example/alep", null, "evil.example", List.of(), "2016-10-11", "meta",
                        null, null));
        int quote = a.text().indexOf("« Nous");
        int cue = a.text().indexOf("a déclaré");
        int name = a.text().indexOf("Vladimir Poutine");
        hostile = a.withEntities(List.of(new Entity("Vladimir Poutine", EntityType.PER, "vladimir-putin",
                        List.of(a.span(name, name + 16), a.span(a.text().indexOf("Poutine"), a.text().indexOf("Poutine") + 7)))))
                .withQuotes(List.of(new Quote(Quote.Kind.DIRECT, a.span(quote, a.text().indexOf("»") + 1),
                        new Speaker("Vladimir Poutine", "vladimir-putin"), a.span(name, name + 16), a.span(cue, cue + 9))));
        try (Corpus c = Corpus.open(data)) {
            c.ingest(List.of(hostile));
        }
    }

    Set<String> searchIds(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search", "--json", "-n", "1000", "--data", data.toString()));
        all.addAll(List.of(args));
        Set<String> ids = new java.util.HashSet<>();
        for (String line : vigie(all.toArray(String[]::new)).out().lines().toList()) {
            ids.add(ArticleJson.mapper().readTree(line).get("id").asText());
        }
        return ids;
    }

    List<String> leftovers() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void exportsTheQuotesOfTheMatchesToAFile() throws Exception {
        Path file = tmp.resolve("quotes.csv");
        CorpusCommandsTest.Run r = vigie("export", "--data", data.toString(), "--table", "quotes", "--out", file.toString(),
                "Poutine");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "the table goes to the file");
        assertTrue(r.err().contains("1 row of quotes to " + file), r.err());
        List<Map<String, String>> rows = csvRows(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(1, rows.size(), "the sample page was ingested without NLP: only the hand-made quote");
        Map<String, String> q = rows.get(0);
        Quote quote = hostile.quotes().get(0);
        assertEquals(hostile.id(), q.get("article_id"));
        assertEquals(quote.text().text(), q.get("text"), "a quote with a comma, read back whole");
        assertEquals(String.valueOf(quote.text().start()), q.get("start"));
        assertEquals("a déclaré", q.get("cue_text"));
        assertEquals("vladimir-putin", q.get("speaker_entity_id"));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void articlesGoToStandardOutputAsSearchFindsThemInDateOrder() throws Exception {
        CorpusCommandsTest.Run r = vigie("export", "--data", data.toString(), "--format", "jsonl", "Alep OR coronavirus");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : r.out().split("\n")) rows.add(ArticleJson.mapper().readTree(line));
        assertEquals(searchIds("Alep OR coronavirus"), rows.stream().map(n -> n.get("id").asText()).collect(Collectors.toSet()));
        List<String> dates = rows.stream().map(n -> n.get("date").isNull() ? "~" : n.get("date").asText()).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "by date (these are all bare dates or undated)");
        JsonNode h = rows.stream().filter(n -> n.get("id").asText().equals(hostile.id())).findFirst().orElseThrow();
        assertEquals(hostile.title(), h.get("title").asText(), "JSONL keeps the text as it is");
        assertEquals(1, h.get("entity_count").asInt(), "one entity (its two mentions are rows of the entities table)");

        CorpusCommandsTest.Run csv = vigie("export", "--data", data.toString(), "Alep");
        Map<String, String> row = csvRows(csv.out()).stream().filter(m -> m.get("id").equals(hostile.id())).findFirst().orElseThrow();
        assertEquals("'" + hostile.title(), row.get("title"), "CSV protects a cell that starts with =");
        assertTrue(csv.out().startsWith("id,source_id,title,standfirst,body,text,"), csv.out());
    }

    @Test
    void filtersAndTheLimitApply() throws Exception {
        CorpusCommandsTest.Run site = vigie("export", "--data", data.toString(), "--table", "entities", "--site", "evil.example");
        assertEquals(0, site.code(), site.err());
        List<Map<String, String>> mentions = csvRows(site.out());
        assertEquals(2, mentions.size(), "one row per mention");
        assertEquals(Set.of(hostile.id()), mentions.stream().map(m -> m.get("article_id")).collect(Collectors.toSet()));

        List<String> args = List.of("--from", "2020-05-01", "--to", "2020-05-31", "--language", "fr");
        List<String> cmd = new ArrayList<>(List.of("export", "--data", data.toString()));
        cmd.addAll(args);
        List<Map<String, String>> may = csvRows(vigie(cmd.toArray(String[]::new)).out());
        assertTrue(may.size() > 5, "the fixture has many articles of May 2020: " + may.size());
        assertEquals(searchIds(args.toArray(String[]::new)), may.stream().map(m -> m.get("id")).collect(Collectors.toSet()));
        assertTrue(may.stream().allMatch(m -> m.get("date").startsWith("2020-05")));

        cmd.addAll(List.of("--limit", "3"));
        List<Map<String, String>> first = csvRows(vigie(cmd.toArray(String[]::new)).out());
        assertEquals(may.subList(0, 3), first);

        CorpusCommandsTest.Run typo = vigie("export", "--data", data.toString(), "--signal", "loaded-lable");
        assertEquals(0, typo.code(), "an empty table is still a table");
        assertEquals(List.of(), csvRows(typo.out()));
        assertTrue(typo.err().contains("vigie: no stored article has the signal 'loaded-lable'"), typo.err());
    }

    @Test
    void badRequestsAreOneClearLineAndLeaveTheFileAlone() throws Exception {
        Path file = Files.writeString(tmp.resolve("keep.csv"), "previous export\n");
        CorpusCommandsTest.Run table = vigie("export", "--data", data.toString(), "--table", "article", "--out", file.toString());
        assertEquals(2, table.code());
        assertEquals("vigie: unknown table 'article': expected articles, entities, quotes, times or signals", table.err().strip());
        CorpusCommandsTest.Run format = vigie("export", "--data", data.toString(), "--format", "xlsx", "--out", file.toString());
        assertEquals(2, format.code());
        assertEquals("vigie: unknown format 'xlsx': expected csv or jsonl", format.err().strip());
        CorpusCommandsTest.Run query = vigie("export", "--data", data.toString(), "--out", file.toString(), "\"Alep");
        assertEquals(2, query.code());
        assertTrue(query.err().startsWith("vigie: bad query: "), query.err());
        assertEquals(1, query.err().strip().lines().count(), query.err());
        CorpusCommandsTest.Run limit = vigie("export", "--data", data.toString(), "--limit", "-1");
        assertEquals(2, limit.code());
        assertTrue(limit.err().contains("limit"), limit.err());
        CorpusCommandsTest.Run none = vigie("export", "--data", tmp.resolve("none").toString(), "--out", file.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no corpus"), none.err());
        assertEquals("previous export\n", Files.readString(file), "a failed export leaves the file as it was");
        assertEquals(List.of(), leftovers());

        CorpusCommandsTest.Run folder = vigie("export", "--data", data.toString(), "--out", tmp.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        CorpusCommandsTest.Run missing = vigie("export", "--data", data.toString(), "--out", tmp.resolve("no/such/x.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no folder"), missing.err());

        // a good export replaces the previous file whole
        assertEquals(0, vigie("export", "--data", data.toString(), "--out", file.toString(), "Alep").code());
        assertTrue(Files.readString(file).startsWith("id,source_id,"));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void standardOutputIsUtf8UnderAnAsciiLocale() throws Exception {
        // vigie run as `LANG=C vigie export ... > out.csv`: the JVM's stdout charset is ASCII there
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=ANSI_X3.4-1968", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "export", "--data", data.toString(), "--format", "jsonl", "--site", "evil.example");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectError(tmp.resolve("child.err").toFile());
        Process child = pb.start();
        byte[] bytes = child.getInputStream().readAllBytes();
        assertEquals(0, child.waitFor(), Files.readString(tmp.resolve("child.err")));
        JsonNode row = ArticleJson.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(hostile.text(), row.get("text").asText(), "« déclaré » and the rest, as UTF-8 bytes");
    }

    @Test
    void helpNamesTheTablesAndFormats() {
        CorpusCommandsTest.Run r = vigie("export", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: vigie export"), r.out());
        assertTrue(r.out().contains("--table") && r.out().contains("signals") && r.out().contains("jsonl"), r.out());
    }
}
