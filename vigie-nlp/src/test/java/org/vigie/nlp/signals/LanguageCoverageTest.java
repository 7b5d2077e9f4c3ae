package org.vigie.nlp.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Stage;
import org.vigie.nlp.signals.orthography.OrthographyStage;

class LanguageCoverageTest {

    /**
     * The opening of a real Italian page of the scrapinghub article-extraction benchmark (MIT licence,
     * Copyright (c) 2020 Scrapinghub): read with French lexicons and the French spell checker, nearly
     * every word of its title and standfirst is a "misspelling".
     */
    private static final Article ITALIAN = article("Black Friday per nostalgici: le occasioni da non perdere",
            "Il black Friday incombe su di noi: per chi non lo sapesse (o per chi è sbarcato da Marte recentemente) il "
                    + "“venerdì nero” è l’ennesima consuetudine importata dagli USA dove, il venerdì dopo il Giorno del "
                    + "Ringraziamento, i negozi offrono super sconti per lo shopping di Natale.",
            "Si tratta di una tradizione consolidatasi negli anni Sessanta: i negozianti americani propongono sconti "
                    + "speciali allo scopo di favorire lo shopping e dare il via alle spese natalizie.",
            "E chi siamo noi per astenersi da questa corsa consumistica? Ecco allora le offerte PRO-NOSTALGICI anni "
                    + "’80 e ’90 da non lasciarsi sfuggire!");

    @Test
    void baseCodeOfCoveredLanguagesFrenchWhenUndetectedNullOtherwise() {
        assertEquals("en", LanguageCoverage.of(ITALIAN.withLanguage("en-GB", 0.9), LanguageCoverage.FRENCH_ENGLISH));
        assertEquals("fr", LanguageCoverage.of(ITALIAN.withLanguage("fr", 1.0), LanguageCoverage.FRENCH));
        assertEquals("fr", LanguageCoverage.of(ITALIAN, LanguageCoverage.FRENCH_ENGLISH));
        assertNull(LanguageCoverage.of(ITALIAN.withLanguage("en", 1.0), LanguageCoverage.FRENCH));
        assertNull(LanguageCoverage.of(ITALIAN.withLanguage("it", 1.0), LanguageCoverage.FRENCH_ENGLISH));
    }

    @Test
    void anItalianArticleIsNotSpellCheckedInFrench() {
        OrthographyStage stage = new OrthographyStage();
        // without a detected language the page is taken for French, and the French checker objects
        List<Signal> asFrench = signals(stage, ITALIAN, OrthographyStage.KIND);
        assertFalse(asFrench.isEmpty(), "the French reading should find 'errors' in Italian");
        assertEquals(List.of(), signals(stage, ITALIAN.withLanguage("it", 1.0), OrthographyStage.KIND));
    }

    @Test
    void headlineSupportNeedsFrenchOrEnglishWords() {
        // another real Italian headline of the benchmark over this body, as a re-publisher might swap it
        Article swapped = Article.compose("Remake serie animata de “I Cavalieri dello Zodiaco” per Netflix",
                ITALIAN.standfirst(), ITALIAN.paragraphs().stream().map(p -> ITALIAN.text().substring(p.start(), p.end())).toList());
        Stage support = SignalStages.headlineSupport();
        assertFalse(signals(support, swapped, "headline-not-supported-by-body").isEmpty(), "read as French, it fires");
        assertEquals(List.of(), support.process(swapped.withLanguage("it", 1.0)).signals());
    }

    @Test
    void noLanguageBoundSignalOnALanguageWithoutLexicons() {
        Article italian = ITALIAN.withLanguage("it", 1.0);
        for (var stage : SignalStages.all(SignalStages.Options.defaults().withoutSourceContext())) {
            List<String> kinds = stage.process(italian).signals().stream().map(Signal::kind).toList();
            assertEquals(List.of(), kinds.stream().filter(k -> !k.equals("missing-author-date")
                    && !k.equals("copied-wire-marker")).toList(), stage.name());
        }
    }
}
