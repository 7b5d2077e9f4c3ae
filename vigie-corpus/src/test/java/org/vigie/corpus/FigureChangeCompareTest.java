package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;
import org.vigie.corpus.reprints.FigureChange;

/**
 * A page checked against a corpus ({@code --against}, {@code POST /api/analyze}) that copies a stored
 * text with other figures gets {@code figure-changed}: the sample page copies a Sputnik dispatch;
 * a copy that turns the dispatch's "24 novembre 2015" into "14 novembre 2015" is told so, one that
 * keeps the figures is not, and neither is the dispatch itself.
 */
class FigureChangeCompareTest {

    @TempDir
    Path tmp;

    private final Article page = Samples.aleppo();

    private Article dispatch() {
        List<String> paragraphs = page.paragraphs().stream().map(s -> page.text().substring(s.start(), s.end())).toList();
        Metadata m = new Metadata("https://fr.sputniknews.com/international/alep.html", null, "fr.sputniknews.com", List.of(),
                "2016-10-09", "meta", null, null);
        return Article.compose("Alep : Moscou et Ankara soutiennent le plan de l'Onu", null, paragraphs)
                .withLanguage("fr", null).withMetadata(m);
    }

    private Article copy(String from, String to) {
        List<String> paragraphs = page.paragraphs().stream().map(s -> page.text().substring(s.start(), s.end()).replace(from, to)).toList();
        Metadata m = new Metadata("https://reinfo.example.org/alep", null, "reinfo.example.org", List.of(), "2016-10-11", "meta", null, null);
        return Article.compose("Alep : la Turquie lâche les rebelles", null, paragraphs).withLanguage("fr", null).withMetadata(m);
    }

    private static List<Signal> figureSignals(Article a) {
        return a.signals().stream().filter(s -> s.kind().equals(FigureChange.KIND)).toList();
    }

    @Test
    void aCopyWithAnotherFigureIsToldWhichAndWhereFrom() throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            try (GroupCommit gc = new GroupCommit(corpus, reprints)) {
                gc.ingest(List.of(dispatch()));
            }
            Article changed = reprints.compare(copy("le 24 novembre 2015", "le 14 novembre 2015"));
            List<Signal> s = figureSignals(changed);
            assertEquals(1, s.size(), changed.signals().toString());
            assertEquals(List.of("14"), s.get(0).evidence().stream().map(e -> e.text()).toList());
            assertTrue(s.get(0).evidence().get(0).matches(changed.text()));
            assertEquals("Ce texte reprend celui publié d'abord par fr.sputniknews.com (2016-10-09) avec d'autres chiffres : "
                    + "«\u00a014\u00a0» là où il donne «\u00a024\u00a0».", s.get(0).explanation());

            assertEquals(List.of(), figureSignals(reprints.compare(copy("le 24 novembre 2015", "le 24 novembre 2015"))),
                    "the same figures: a copy, no change of figure");
            assertEquals(List.of(), figureSignals(reprints.compare(dispatch())), "the source itself");
            assertEquals(0, corpus.count() - 1, "nothing was stored by comparing");
        }
    }
}
