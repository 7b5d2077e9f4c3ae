package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.cli.CorpusCommandsTest.vigie;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.Corpus;

/** vigie show: the sample page, ingested by the CLI, then the same text from two other pages. */
class ShowCommandTest {

    @TempDir
    Path tmp;

    @Test
    void showPrintsTheEarliestPublicationThenTheOthers() throws Exception {
        Path data = tmp.resolve("corpus");
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(),
                Repo.file("samples/aleppo-putin-erdogan.txt").toString()).code());
        String id;
        try (Corpus corpus = Corpus.open(data)) {
            Article stored = corpus.get(corpus.search(org.vigie.corpus.search.SearchRequest.builder("Alep").build())
                    .hits().get(0).id()).orElseThrow();
            id = stored.id();
            corpus.ingest(List.of(stored.withMetadata(new Metadata("https://blog.example.org/alep", null, "Le blog",
                    List.of("Jean Dupont"), "2016-10-11", "meta", null, null))));
            corpus.ingest(List.of(stored.withMetadata(new Metadata("https://fr.sputniknews.com/alep", null, null,
                    List.of(), "2016-10-10", "meta", null, null))));
        }
        CorpusCommandsTest.Run r = vigie("show", "--data", data.toString(), id);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Poutine: Moscou et Ankara œuvreront pour le départ des terroristes d’Alep", lines.get(0));
        assertTrue(lines.contains("published  2016-10-10  https://fr.sputniknews.com/alep"), r.out());
        assertTrue(lines.contains("also published at (1):"), r.out());
        assertTrue(lines.contains("  2016-10-11  Le blog  https://blog.example.org/alep  by Jean Dupont"), r.out());

        CorpusCommandsTest.Run json = vigie("show", "--json", "--data", data.toString(), id);
        var tree = ArticleJson.mapper().readTree(json.out());
        assertEquals("https://blog.example.org/alep", tree.at("/also_published_at/0/url").asText());

        CorpusCommandsTest.Run missing = vigie("show", "--data", data.toString(), "0000000000000000");
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("vigie: no article 0000000000000000"), missing.err());
    }
}
