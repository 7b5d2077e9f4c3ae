package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.reprints.FigureChange;
import org.vigie.corpus.search.SearchRequest;

/**
 * The figure-changed signal as stored: a copy of a stored text with another figure carries it, whether
 * the copy comes after its source, in the same group, or before it (then it gets it when the source
 * arrives), and searching by signal finds it; a faithful copy and the source never do.
 */
class FigureChangeStoreTest {

    @TempDir
    Path tmp;

    private final Article page = Samples.aleppo();

    private Article text(String title, String site, String date, String from, String to) {
        List<String> paragraphs = page.paragraphs().stream().map(s -> page.text().substring(s.start(), s.end()).replace(from, to)).toList();
        Metadata m = new Metadata("https://" + site + "/alep", null, site, List.of(), date, "meta", null, null);
        return Article.compose(title, null, paragraphs).withLanguage("fr", null).withMetadata(m);
    }

    private Article source() {
        return text("Alep : Moscou et Ankara soutiennent le plan de l'Onu", "fr.sputniknews.com", "2016-10-09", "", "");
    }

    private Article changedCopy() {
        return text("Alep : la Turquie lâche les rebelles", "reinfo.example.org", "2016-10-11", "le 24 novembre 2015", "le 14 novembre 2015");
    }

    private Article faithfulCopy() {
        return text("Alep : Ankara change de camp", "veille.example.net", "2016-10-12", "", "");
    }

    private static List<String> figureEvidence(Corpus c, Article a) throws Exception {
        return c.get(a.id()).orElseThrow().signals().stream().filter(s -> s.kind().equals(FigureChange.KIND))
                .flatMap(s -> s.evidence().stream()).map(s -> s.text()).toList();
    }

    private static List<String> found(Corpus c) throws Exception {
        return c.search(SearchRequest.builder("Alep").signal(FigureChange.KIND).build()).hits().stream().map(h -> h.id()).toList();
    }

    @Test
    void aCopyStoredAfterItsSourceCarriesTheSignal() throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("a")); GroupCommit gc = new GroupCommit(corpus, CorpusReprints.open(corpus))) {
            gc.ingest(List.of(source()));
            gc.ingest(List.of(changedCopy(), faithfulCopy()));
            assertEquals(List.of("14"), figureEvidence(corpus, changedCopy()));
            assertEquals(List.of(), figureEvidence(corpus, faithfulCopy()));
            assertEquals(List.of(), figureEvidence(corpus, source()));
            assertEquals(List.of(changedCopy().id()), found(corpus));
        }
    }

    @Test
    void aCopyStoredWithOrBeforeItsSourceGetsItWhenTheSourceIsThere() throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("b")); GroupCommit gc = new GroupCommit(corpus, CorpusReprints.open(corpus))) {
            gc.ingest(List.of(changedCopy(), source()));
            assertEquals(List.of("14"), figureEvidence(corpus, changedCopy()), "source in the same group");
        }
        try (Corpus corpus = Corpus.open(tmp.resolve("c")); GroupCommit gc = new GroupCommit(corpus, CorpusReprints.open(corpus))) {
            gc.ingest(List.of(changedCopy()));
            assertEquals(List.of(), figureEvidence(corpus, changedCopy()), "alone, nothing to compare with");
            gc.ingest(List.of(source()));
            assertEquals(List.of("14"), figureEvidence(corpus, changedCopy()), "re-stored when its source arrives");
            assertEquals(List.of(changedCopy().id()), found(corpus));
        }
    }
}
