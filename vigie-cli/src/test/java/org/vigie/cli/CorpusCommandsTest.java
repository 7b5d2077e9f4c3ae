package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;

/** vigie ingest / vigie search through the command line, as a user runs them. */
class CorpusCommandsTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run vigie(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingestThenSearchFindsTheSampleWithAHighlightedSnippet() throws Exception {
        Path data = tmp.resolve("corpus");
        String sample = Repo.file("samples/aleppo-putin-erdogan.txt").toString();
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), sample).code());
        Run r = vigie("search", "--data", data.toString(), "terroriste");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 hit"), r.out());
        assertTrue(r.out().contains("[terroristes]"), "highlighted snippet: " + r.out());

        Run json = vigie("search", "--json", "--data", data.toString(), "terroriste");
        var hit = ArticleJson.mapper().readTree(json.out().lines().findFirst().orElseThrow());
        assertEquals("Ece6acd5c1e4d6f50db947ed7ee6960c", hit.get("source_id").asText());
        assertTrue(hit.get("score").asDouble() > 0);
        assertTrue(hit.get("snippet").get("text").asText().contains("terroristes"));
    }

    @Test
    void aBadQueryIsOneClearLine() throws Exception {
        Path data = tmp.resolve("corpus");
        String sample = Repo.file("samples/aleppo-putin-erdogan.txt").toString();
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), sample).code());
        Run r = vigie("search", "--data", data.toString(), "\"président russe");
        assertEquals(2, r.code());
        assertEquals("vigie: bad query: a quotation mark is not closed: \"président russe", r.err().strip());
        Run field = vigie("search", "--data", data.toString(), "title:");
        assertEquals(2, field.code());
        assertTrue(field.err().startsWith("vigie: bad query: ") && !field.err().contains("bad query: bad query"), field.err());
        // an escaped quotation mark is a character, not an open phrase
        assertNotEquals(2, vigie("search", "--data", data.toString(), "Alep \\\"").code());
    }

    @Test
    void ingestingWhileAnotherProcessWritesIsOneClearLineAndChangesNothing() throws Exception {
        Path data = tmp.resolve("corpus");
        String sample = Repo.file("samples/aleppo-putin-erdogan.txt").toString();
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), sample).code());
        try (org.vigie.corpus.Corpus server = org.vigie.corpus.Corpus.open(data)) {   // as vigie serve holds it
            Run r = vigie("ingest", "--no-nlp", "--data", data.toString(), Repo.file("samples/orangesum/html/1349.html").toString());
            assertNotEquals(0, r.code());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("vigie: ") && r.err().contains("vigie serve") && !r.err().contains("IOException"), r.err());
            assertEquals(1, server.count());
        }
        assertEquals(1, vigie("search", "--json", "--data", data.toString(), "*").out().lines().count());
    }

    @Test
    void aMistypedSignalSaysNoArticleHasIt() throws Exception {
        Path data = tmp.resolve("corpus");
        String sample = Repo.file("samples/aleppo-putin-erdogan.txt").toString();
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), sample).code());
        Run r = vigie("search", "--data", data.toString(), "--signal", "loaded-lable", "Alep");
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("0 hits"), r.out());
        assertEquals("vigie: no stored article has the signal 'loaded-lable'", r.err().strip());
        assertEquals("", vigie("search", "--data", data.toString(), "nulpart").err(), "no signal asked, nothing to say");
    }

    @Test
    void facetsNameTheirEntitiesAndGiveTheIdTheirFilterTakes() throws Exception {
        Path data = tmp.resolve("corpus");
        String sample = Repo.file("samples/aleppo-putin-erdogan.txt").toString();
        assertEquals(0, vigie("ingest", "--data", data.toString(), sample).code());
        Run r = vigie("search", "--facets", "--data", data.toString(), "terroriste");
        assertTrue(r.out().contains("speaker: Vladimir Poutine [vladimir-putin] (1)"), r.out());
        Run filtered = vigie("search", "--speaker", "vladimir-putin", "--data", data.toString(), "terroriste");
        assertTrue(filtered.out().startsWith("1 hit"), "the id in brackets is what --speaker takes: " + filtered.out());
    }

    @Test
    void ingestingTwiceKeepsOneCopy() throws Exception {
        Path data = tmp.resolve("corpus");
        String sample = Repo.file("samples/aleppo-putin-erdogan.txt").toString();
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), sample).code());
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), sample).code());
        Run r = vigie("search", "--json", "--data", data.toString(), "Alep");
        assertEquals(1, r.out().lines().count(), r.out());
    }

    @Test
    void reprintsShowsTheFamilyOfACopyWithItsChanges() throws Exception {
        Path data = tmp.resolve("corpus");
        Path sample = Repo.file("samples/aleppo-putin-erdogan.txt");
        java.util.List<String> body = Files.readAllLines(sample).subList(6, 20).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("Laissez") && !l.startsWith("Aucun")).toList();
        Path copy = Files.writeString(tmp.resolve("copy.txt"),
                "Erdogan se range derrière Poutine sur Alep\n\n" + String.join("\n", body.subList(0, body.size() - 1)) + "\n");
        // the original first, the copy in a later run: the stored original must learn its family
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), sample.toString()).code());
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), copy.toString()).code());
        Run r = vigie("reprints", "--data", data.toString(), "--all", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        var family = ArticleJson.mapper().readTree(r.out());
        assertEquals(2, family.get("members").size());
        assertEquals("Ece6acd5c1e4d6f50db947ed7ee6960c", family.at("/members/0/source_id").asText(), "the original is the source");
        assertTrue(family.at("/members/1/changes").toString().contains("headline_changed"));
        try (org.vigie.corpus.Corpus c = org.vigie.corpus.Corpus.openReadOnly(data)) {
            var source = c.get(family.at("/members/0/id").asText()).orElseThrow();
            var storedCopy = c.get(family.at("/members/1/id").asText()).orElseThrow();
            assertEquals(family.get("family_id").asText(), source.familyId(), "the stored source knows its family");
            assertEquals(source.id(), storedCopy.reprintOf(), "the stored copy points at its source");
        }
        Run text = vigie("reprints", "--data", data.toString(), family.at("/members/1/id").asText());
        assertTrue(text.out().contains("standfirst_removed"), text.out());
        assertNotEquals(0, vigie("reprints", "--data", data.toString(), "ffffffffffffffff").code());
    }

    @Test
    void signalsAgainstACorpusShowWhichStoredWireTextAPageCopies() throws Exception {
        Path data = tmp.resolve("corpus");
        String sample = Repo.file("samples/aleppo-putin-erdogan.txt").toString();
        var page = ArticleJson.mapper().readTree(vigie("analyze", "--no-nlp", "--jsonl", sample).out().lines().findFirst().orElseThrow());
        // the dispatch the sample page re-publishes: its body, Sputnik's headline, dated the day before
        var dispatch = ArticleJson.mapper().createObjectNode().put("title", "Alep : Moscou et Ankara soutiennent le plan de l'Onu")
                .put("article", page.get("body").asText()).put("date", "2016-10-09")
                .put("url", "https://fr.sputniknews.com/international/alep.html");
        Path wire = Files.writeString(tmp.resolve("sputnik.jsonl"), dispatch + "\n");
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(), wire.toString()).code());

        Run r = vigie("signals", "--no-nlp", "--against", data.toString(), sample);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wire-reprint") && r.out().contains("publié d'abord par Sputnik (2016-10-09) sous un autre titre"), r.out());
        assertTrue(r.out().contains("«Turquie , un membre de l'OTAN qui passe du coté de la Russie»"), "its own standfirst is evidence: " + r.out());
        Run json = vigie("search", "--json", "--data", data.toString(), "Alep");
        assertEquals(1, json.out().lines().count(), "checked against, not stored: " + json.out());

        Run alone = vigie("signals", "--no-nlp", sample);
        assertFalse(alone.out().contains("wire-reprint"), "without a corpus nothing says where the text comes from: " + alone.out());
        Run missing = vigie("signals", "--against", tmp.resolve("nope").toString(), sample);
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().contains("--against") && missing.err().contains("nope"), missing.err());
    }

    @Test
    void errorsAreOneClearLineAndANonZeroExit() throws Exception {
        Run missing = vigie("analyze", tmp.resolve("nope.txt").toString());
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().startsWith("vigie: no such file or folder"), "[" + missing.err() + "]");
        assertEquals(1, missing.err().strip().lines().count());

        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Run e = vigie("analyze", "--no-nlp", empty.toString());
        assertNotEquals(0, e.code());
        assertTrue(e.err().contains("empty.txt"), e.err());

        Run noCorpus = vigie("search", "--data", tmp.resolve("none").toString(), "x");
        assertEquals(2, noCorpus.code());
        assertTrue(noCorpus.err().contains("no corpus"), noCorpus.err());

        Run badDate = vigie("analyze", "--date", "10/10/2016", Repo.file("samples/aleppo-putin-erdogan.txt").toString());
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().contains("YYYY-MM-DD"), badDate.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"analyze", "ingest", "search", "signals", "reprints", "serve", "demo"}) {
            Run r = vigie(c, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: vigie " + c), r.out());
        }
    }
}
