package org.vigie.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Skipped;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusRepair;

/**
 * The layers an article was not analysed for are part of what the corpus keeps: read back after a
 * reopen, kept when another page of the same text arrives, restored from the journal by repair; an
 * article that skipped nothing is stored without the field, as before it existed.
 */
class SkippedLayersStoreTest {

    @TempDir
    Path tmp;

    private static final List<Skipped> PT = List.of(
            Skipped.noResources("entities", "entity model", "pt"),
            Skipped.noResources("quotes", "quotation rules", "pt"),
            Skipped.noResources("signals:style", "subjectivity and vagueness lexicons", "pt"));

    // the opening of a real Portuguese page of the scrapinghub benchmark (MIT, Copyright (c) 2020 Scrapinghub)
    private static Article portuguese(String url) {
        return Article.compose("A Fantástica Loja dos Materiais Educativos", null, List.of(
                        "O prof. Carlos Nadalim apresenta, neste vídeo, uma loja incrível nos EUA, repleta de materiais "
                                + "didáticos, livros e uma quantidade enorme de recursos educativos para crianças. Por que "
                                + "não temos uma assim no Brasil?"))
                .withLanguage("pt", 1.0).withSkipped(PT)
                .withMetadata(new Metadata(url, null, null, List.of(), "2019-11-18", "meta", null, null));
    }

    private static Article french() {
        return Article.compose("Titre", null, List.of("Le président a parlé lundi.")).withLanguage("fr", 1.0);
    }

    @Test
    void storedReadBackMergedAndRestoredFromTheJournal() throws IOException {
        Path data = tmp.resolve("data");
        Article pt = portuguese("https://comoeducarseusfilhos.com.br/blog/loja");
        try (Corpus c = Corpus.open(data)) {
            c.ingest(List.of(pt, french()));
        }
        try (Corpus c = Corpus.open(data)) {
            assertEquals(PT, c.get(pt.id()).orElseThrow().skipped());
            assertTrue(c.getJson(pt.id()).orElseThrow().contains("\"skipped\":[{\"layer\":\"entities\""),
                    c.getJson(pt.id()).orElseThrow());
            assertFalse(c.getJson(french().id()).orElseThrow().contains("skipped"), "nothing skipped: no field");
            assertEquals(List.of(), c.get(french().id()).orElseThrow().skipped());
            // the same text from a second page: one article, its layers and skips kept
            c.ingest(List.of(portuguese("https://copia.example.org/loja")));
            Article merged = c.get(pt.id()).orElseThrow();
            assertEquals(1, merged.alsoPublishedAt().size());
            assertEquals(PT, merged.skipped());
        }
        try (Stream<Path> files = Files.walk(data.resolve(CorpusStore.INDEX_DIR))) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(f)) Files.delete(f);
            }
        }
        CorpusRepair repair = Corpus.repair(data);
        assertFalse(repair.after().damaged(), repair.toText());
        try (Corpus c = Corpus.open(data)) {
            assertEquals(PT, c.get(pt.id()).orElseThrow().skipped(), repair.toText());
            assertEquals(List.of(), c.get(french().id()).orElseThrow().skipped());
        }
    }
}
