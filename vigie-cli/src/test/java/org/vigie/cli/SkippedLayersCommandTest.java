package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.cli.CorpusCommandsTest.vigie;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;

/**
 * A real Portuguese page (scrapinghub benchmark, MIT: vigie-nlp's {@code skipped/SOURCE.md}) read
 * as a JSONL record: its language is detected, and {@code analyze} and {@code signals} say which
 * layers and signal families were not analysed.
 */
class SkippedLayersCommandTest {

    @TempDir
    Path tmp;

    private Path portugueseRecord() throws Exception {
        String[] parts = Files.readString(Repo.file(
                "vigie-nlp/src/test/resources/org/vigie/nlp/skipped/pt-loja-materiais-educativos.txt")).strip().split("\n\\s*\n");
        var record = ArticleJson.mapper().createObjectNode().put("title", parts[0])
                .put("body", String.join("\n", Arrays.asList(parts).subList(1, parts.length)));
        Path f = tmp.resolve("pt.jsonl");
        Files.writeString(f, ArticleJson.mapper().writeValueAsString(record) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void analyzeAndSignalsSayWhatWasNotAnalysed() throws Exception {
        Path pt = portugueseRecord();
        CorpusCommandsTest.Run analyzed = vigie("analyze", "--no-spell-check", pt.toString());
        assertEquals(0, analyzed.code(), analyzed.err());
        JsonNode a = ArticleJson.mapper().readTree(analyzed.out());
        assertEquals("pt", a.get("language").asText());
        assertEquals(List.of("entities", "quotes", "times", "signals:headline-support", "signals:headline-contradicts-body",
                "signals:loaded-label", "signals:style", "signals:satirical-register"), a.get("skipped").findValuesAsText("layer"));

        CorpusCommandsTest.Run text = vigie("signals", "--no-spell-check", pt.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("loaded-label") && text.out().contains("not analysed: no loaded-label lexicon for Portuguese (pt)"),
                text.out());
        assertFalse(text.out().contains("entity model"), "signals lists signal families only: " + text.out());

        CorpusCommandsTest.Run json = vigie("signals", "--json", "--no-spell-check", pt.toString());
        JsonNode s = ArticleJson.mapper().readTree(json.out());
        assertEquals(5, s.get("skipped").size(), json.out());
        assertEquals("signals:headline-support", s.at("/skipped/0/layer").asText());
    }

    @Test
    void aFrenchSampleSkipsNothing() throws Exception {
        CorpusCommandsTest.Run r = vigie("signals", "--json", "--no-spell-check", Repo.file("samples/aleppo-putin-erdogan.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(ArticleJson.mapper().readTree(r.out()).has("skipped"), r.out());
    }
}
