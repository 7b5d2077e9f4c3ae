package org.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.corpus.publications.Publications;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.SourceRanking;
import org.vigie.corpus.reprints.WireReprint;
import org.vigie.ingest.source.Ingestion;

/**
 * The job in local mode against the embedded pipeline on the same inputs: the bundled samples
 * (a raw dump, 8 HTML pages, 40 OrangeSum articles in JSONL, whose 8 pages are the same stories:
 * reprint families), plus a folder of bad inputs. Every table is checked article by article.
 */
class VigieJobTest {

    static SparkSession spark;
    static Path samples = Path.of("../samples");
    /** 300 more real OrangeSum articles, 15 pairs of them sharing one body under another title (fixtures/orangesum/ATTRIBUTION.md). */
    static Path realArticles = Path.of("../fixtures/orangesum/orangesum-300.jsonl.gz");
    @TempDir
    static Path tmp;
    static Path out;
    static VigieJob.Summary summary;
    static Map<String, Article> embedded = new LinkedHashMap<>();
    static int embeddedPages;
    static List<String> embeddedRejects = new ArrayList<>();
    static ReprintFamilies embeddedFamilies = new ReprintFamilies();
    static final JobOptions OPTIONS = new JobOptions(null, true, false);

    @BeforeAll
    static void run() throws IOException {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("broken.jsonl"), "{\"title\": \"Sans fin\", \"body\": \n", StandardCharsets.UTF_8);
        Files.write(bad.resolve("truncated.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        // the state-media dispatch that the sample page re-publishes under its own headline and standfirst
        Path wire = Files.createDirectories(tmp.resolve("wire"));
        List<Article> page = new ArrayList<>();
        new Ingestion(Models.readers()).read(List.of(samples.resolve("aleppo-putin-erdogan.txt")), page::add, e -> { });
        StringBuilder body = new StringBuilder();
        for (var para : page.get(0).paragraphs()) body.append(page.get(0).text(), para.start(), para.end()).append('\n');
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var dispatch = json.createObjectNode().put("title", "Alep : Moscou et Ankara soutiennent le plan de Staffan de Mistura")
                .put("article", body.toString().strip()).put("date", "2016-10-10").put("url", "https://fr.sputniknews.com/international/a.html");
        Files.writeString(wire.resolve("sputnik.jsonl"), json.writeValueAsString(dispatch) + "\n", StandardCharsets.UTF_8);
        // the same dispatch word for word on a mirror a day later, read first (file order): one
        // article, whose metadata is Sputnik's page and whose other publication is the mirror's
        var mirror = dispatch.deepCopy().put("date", "2016-10-11").put("url", "https://miroir.example.org/alep.html");
        Files.writeString(wire.resolve("mirror.jsonl"), json.writeValueAsString(mirror) + "\n", StandardCharsets.UTF_8);
        List<Path> inputs = List.of(samples, realArticles, bad, wire);

        // embedded: the CLI's reading and pipeline, then the corpus's reprint families in input order
        Pipeline p = Models.pipeline(OPTIONS);
        new Ingestion(Models.readers()).read(inputs, a -> {
            Article done = p.process(a);
            embeddedPages++;
            Article known = embedded.get(done.id());
            if (known == null) {
                embedded.put(done.id(), done);
                embeddedFamilies.add(done);
            } else { // the corpus stores a text met again with all its publications, and its family follows
                Article merged = Publications.merge(known, done, SourceRanking.defaults());
                embedded.put(done.id(), merged);
                embeddedFamilies.refresh(merged);
            }
        }, e -> embeddedRejects.add(e.getMessage()));

        spark = SparkSession.builder().master("local[2]").appName("vigie-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        out = tmp.resolve("out");
        summary = VigieJob.run(spark, inputs.stream().map(Path::toString).toList(), out.toString(), OPTIONS, 4);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    static List<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString()).collectAsList();
    }

    static Map<String, Article> sparkArticles() {
        Map<String, Article> m = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (Row r : table(Tables.ARTICLES)) {
            m.put(r.getAs("id"), ArticleJson.fromJson(r.getAs("json")));
            order.add(r.getAs("input_order"));
        }
        assertEquals(m.size(), new HashSet<>(order).size(), "input_order is unique");
        return m;
    }

    @Test
    void theSkippedColumnListsTheLayersTheJsonSaysWereNotAnalysed() {
        for (Row r : table(Tables.ARTICLES)) {
            Article a = ArticleJson.fromJson(r.getAs("json"));
            assertEquals(a.skipped().stream().map(Skipped::layer).toList(), r.getList(r.fieldIndex("skipped")), a.id());
        }
        Article pt = Article.compose("A Fantástica Loja dos Materiais Educativos", null, List.of("Por que não temos uma assim no Brasil?"))
                .withLanguage("pt", 1.0).withSkipped(Skipped.noResources("entities", "entity model", "pt"))
                .withSkipped(Skipped.noResources("signals:style", "subjectivity and vagueness lexicons", "pt"));
        Row row = Tables.article(pt, 0);
        assertEquals(List.of("entities", "signals:style"),
                List.of((String[]) row.get(Tables.ARTICLES_SCHEMA.fieldIndex("skipped"))));
    }

    @Test
    void articlesAreTheEmbeddedOnesLayerByLayer() {
        Map<String, Article> got = sparkArticles();
        assertTrue(embedded.size() >= 340, "samples and the 300 real articles give at least 340 articles: " + embedded.size());
        assertEquals(embedded.keySet(), got.keySet());
        int entities = 0, quotes = 0, times = 0, signals = 0;
        for (Article e : embedded.values()) {
            Article s = got.get(e.id());
            assertEquals(e.text(), s.text());
            assertEquals(e.language(), s.language(), e.id());
            assertEquals(e.metadata(), s.metadata(), e.id());
            assertEquals(e.alsoPublishedAt(), s.alsoPublishedAt(), e.id());
            assertEquals(e.entities(), s.entities(), "entities of " + e.id());
            assertEquals(e.quotes(), s.quotes(), "quotes of " + e.id());
            assertEquals(e.times(), s.times(), "times of " + e.id());
            assertEquals(embeddedFamilies.withLinks(e).signals(), s.signals(), "signals of " + e.id() + " (with the corpus's)");
            assertTrue(s.origin().path().startsWith("file:"), s.origin().path());
            entities += e.entities().size();
            quotes += e.quotes().size();
            times += e.times().size();
            signals += e.signals().size();
        }
        assertTrue(entities > 200 && quotes > 20 && times > 40 && signals > 5,
                entities + " entities, " + quotes + " quotes, " + times + " times, " + signals + " signals");
        assertEquals(embedded.size(), summary.articles());
    }

    @Test
    void aTextReadAtTwoPagesIsOneArticleWithBothPublications() {
        List<Article> dispatches = sparkArticles().values().stream()
                .filter(a -> a.title().startsWith("Alep : Moscou et Ankara")).toList();
        assertEquals(1, dispatches.size());
        Article a = dispatches.get(0);
        assertEquals("https://fr.sputniknews.com/international/a.html", a.metadata().url(), "the earliest page is the article's own");
        assertEquals(List.of("https://miroir.example.org/alep.html"), a.alsoPublishedAt().stream().map(x -> x.url()).toList());
        assertEquals(embeddedPages - embedded.size(), summary.duplicates(), "pages of a text already read");
    }

    @Test
    void entityMentionRowsMatchTheArticles() {
        Set<String> expected = new TreeSet<>();
        for (Article a : embedded.values()) {
            for (Entity e : a.entities()) {
                for (Span s : e.mentions()) {
                    expected.add(String.join("|", a.id(), String.valueOf(e.entityId()), e.canonical(), e.type().name(),
                            s.start() + "", s.end() + "", s.text()));
                }
            }
        }
        List<Row> rows = table(Tables.ENTITIES);
        Set<String> got = new TreeSet<>();
        for (Row r : rows) {
            got.add(String.join("|", r.<String>getAs("article_id"), String.valueOf(r.<String>getAs("entity_id")),
                    r.getAs("canonical"), r.getAs("type"), r.<Integer>getAs("start") + "", r.<Integer>getAs("end") + "",
                    r.getAs("text")));
        }
        assertEquals(expected.size(), rows.size());
        assertEquals(expected, got);
    }

    @Test
    void quoteTimeAndSignalRowsMatchTheArticles() {
        Set<String> q = new TreeSet<>(), t = new TreeSet<>(), s = new TreeSet<>();
        for (Article a : embedded.values()) {
            for (Quote x : a.quotes()) {
                q.add(a.id() + "|" + x.kind().json() + "|" + x.text().start() + "|" + x.text().end() + "|"
                        + (x.speaker() == null ? null : x.speaker().canonical()) + "|" + (x.cue() == null ? null : x.cue().text()));
            }
            for (TimeExpression x : a.times()) {
                t.add(a.id() + "|" + x.text().start() + "|" + x.text().text() + "|" + x.value() + "|" + x.type() + "|" + x.resolvedFrom());
            }
            for (Signal x : embeddedFamilies.withLinks(a).signals()) { // with the corpus's wire-reprint signal
                s.add(a.id() + "|" + x.kind() + "|" + x.score() + "|" + x.evidence().size() + "|" + x.explanation());
            }
        }
        Set<String> gq = new TreeSet<>(), gt = new TreeSet<>(), gs = new TreeSet<>();
        for (Row r : table(Tables.QUOTES)) {
            Row cue = r.getAs("cue");
            gq.add(r.getAs("article_id") + "|" + r.getAs("kind") + "|" + r.getAs("start") + "|" + r.getAs("end") + "|"
                    + r.getAs("speaker") + "|" + (cue == null ? null : cue.getAs("text")));
        }
        for (Row r : table(Tables.TIMES)) {
            gt.add(r.getAs("article_id") + "|" + r.getAs("start") + "|" + r.getAs("text") + "|" + r.getAs("value") + "|"
                    + r.getAs("type") + "|" + r.getAs("resolved_from"));
        }
        for (Row r : table(Tables.SIGNALS)) {
            gs.add(r.getAs("article_id") + "|" + r.getAs("kind") + "|" + r.getAs("score") + "|"
                    + r.getList(r.fieldIndex("evidence")).size() + "|" + r.getAs("explanation"));
        }
        assertFalse(q.isEmpty() || t.isEmpty() || s.isEmpty());
        assertEquals(q, gq);
        assertEquals(t, gt);
        assertEquals(s, gs);
    }

    @Test
    void reprintFamiliesAreTheEmbeddedCorpusOnes() {
        Map<String, Set<String>> expected = new HashMap<>();
        Map<String, String> expectedSource = new HashMap<>();
        for (String fid : embeddedFamilies.familyIds(2)) {
            expected.put(fid, new HashSet<>(embeddedFamilies.members(fid)));
            expectedSource.put(fid, embeddedFamilies.sourceOf(fid).orElseThrow());
        }
        // the 8 HTML pages reprint JSONL articles of samples/ (2 of them give the very text of their JSONL
        // record, paragraph breaks restored: one article, no family); 12 families in the fixture
        assertTrue(expected.size() >= 18, "reprint families expected from samples and fixture: " + expected);
        Map<String, Set<String>> got = new HashMap<>();
        Map<String, String> gotSource = new HashMap<>();
        for (Row r : table(Tables.REPRINT_FAMILIES)) {
            got.computeIfAbsent(r.getAs("family_id"), k -> new HashSet<>()).add(r.getAs("article_id"));
            gotSource.put(r.getAs("family_id"), r.getAs("source_id"));
        }
        assertEquals(expected, got);
        assertEquals(expectedSource, gotSource);
        assertEquals(expected.size(), summary.families());
        // and the links on the articles table are the corpus's, with the wire-reprint signal of the page that copied the dispatch
        Map<String, Article> arts = sparkArticles();
        List<Signal> reprinted = arts.values().stream().flatMap(a -> a.signals().stream())
                .filter(x -> x.kind().equals(WireReprint.KIND)).toList();
        assertEquals(1, reprinted.size(), "one copy of a listed source in the inputs: " + reprinted);
        assertEquals(List.of("Poutine: Moscou et Ankara œuvreront pour le départ des terroristes d’Alep",
                        "Turquie , un membre de l'OTAN qui passe du coté de la Russie"),
                reprinted.get(0).evidence().stream().map(Span::text).toList(),
                "the sample page's own headline and standfirst are what it added to the dispatch");
        assertTrue(reprinted.get(0).explanation().contains("Sputnik (2016-10-10) sous un autre titre"), reprinted.get(0).explanation());
        for (Article e : embedded.values()) {
            ReprintFamilies.Links l = embeddedFamilies.links(e.id());
            assertEquals(l.familyId(), arts.get(e.id()).familyId(), e.id());
            assertEquals(l.reprintOf(), arts.get(e.id()).reprintOf(), e.id());
        }
    }

    @Test
    void badInputsAreRejectedWithTheirReasonAndTheJobGoesOn() {
        List<Row> rows = table(Tables.REJECTS);
        assertEquals(embeddedRejects.size(), rows.size(), embeddedRejects.toString());
        assertEquals(2, rows.size());
        Set<String> reasons = new TreeSet<>();
        for (Row r : rows) {
            assertEquals("read", r.getAs("stage"));
            assertTrue(((String) r.getAs("path")).contains("/bad/"), r.toString());
            reasons.add(r.getAs("path").toString().replaceAll(".*/", "") + ": " + r.getAs("message"));
        }
        assertTrue(reasons.stream().anyMatch(m -> m.startsWith("broken.jsonl") && m.contains(":1")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(m -> m.startsWith("truncated.jsonl.gz") && m.contains("gzip")), reasons.toString());
        assertEquals(2, summary.rejectedRead());
        assertEquals(0, summary.rejectedAnalysis());
    }

    @Test
    void importParquetFillsTheEmbeddedCorpusWithTheSameArticlesAndFamilies() throws IOException {
        Path data = tmp.resolve("corpus");
        var report = ImportParquet.load(spark, out.toString(), data, 20);
        try (org.vigie.corpus.Corpus c = org.vigie.corpus.Corpus.open(data)) {
            assertEquals(embedded.size(), c.count(), report.toString());
            for (Article e : embedded.values()) {
                Article stored = c.get(e.id()).orElseThrow();
                assertEquals(e.entities(), stored.entities(), e.id());
                assertEquals(e.quotes(), stored.quotes(), e.id());
                ReprintFamilies.Links l = embeddedFamilies.links(e.id());
                assertEquals(l.familyId(), stored.familyId(), e.id());
            }
            var reprints = org.vigie.corpus.CorpusReprints.open(c);
            assertEquals(embeddedFamilies.familyIds(2), reprints.familyIds());
        }
        // importing again adds nothing: the corpus is idempotent by id
        ImportParquet.load(spark, out.toString(), data, 20);
        try (org.vigie.corpus.Corpus c = org.vigie.corpus.Corpus.open(data)) {
            assertEquals(embedded.size(), c.count());
        }
    }
}
