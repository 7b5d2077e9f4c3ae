package org.vigie.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.TimeExpression;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.quotes.QuoteStage;
import org.vigie.nlp.signals.SignalStages;
import org.vigie.nlp.times.TimeStage;

/**
 * Each stage that does not read an article's language says so in {@code skipped}: a Portuguese page
 * of the scrapinghub benchmark (MIT, {@code src/test/resources/org/vigie/nlp/skipped/SOURCE.md})
 * gets one entry per layer and signal family it was not analysed for; French and English articles
 * get only what their language truly lacks.
 */
class SkippedLayersTest {

    private static final Pipeline STANDARD = NlpPipelines.standard(LocalDate.of(2019, 11, 20),
            SignalStages.Options.defaults().withoutSpellChecker().withoutSourceContext());

    private static Article fixture(String path, String language) throws IOException {
        try (InputStream in = SkippedLayersTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, "missing fixture " + path);
            String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n\\s*\n");
            return Article.compose(parts[0], null, Arrays.asList(parts).subList(1, parts.length))
                    .withLanguage(language, 1.0);
        }
    }

    private static List<String> layers(Article a) {
        return a.skipped().stream().map(Skipped::layer).toList();
    }

    @Test
    void aPortugueseArticleSaysWhichLayersWereNotAnalysedAndWhy() throws IOException {
        Article pt = fixture("skipped/pt-loja-materiais-educativos.txt", "pt");
        Article out = STANDARD.process(pt);
        assertEquals(List.of("entities", "quotes", "times", "signals:headline-support", "signals:headline-contradicts-body",
                "signals:loaded-label", "signals:style", "signals:satirical-register"), layers(out));
        assertEquals("no entity model for Portuguese (pt)", out.skipped().get(0).reason());
        assertEquals("no quotation rules for Portuguese (pt)", out.skipped().get(1).reason());
        assertEquals("no time expression rules for Portuguese (pt)", out.skipped().get(2).reason());
        assertTrue(out.entities().isEmpty() && out.quotes().isEmpty() && out.times().isEmpty());
        assertEquals(pt.text(), out.text());
    }

    @Test
    void quotesAreSkippedRatherThanReadWithFrenchRules() throws IOException {
        Article pt = fixture("skipped/pt-loja-materiais-educativos.txt", "pt");
        // read as French (as before languages were told apart) a rhetorical question became an
        // unattributed quotation: a guess, which the skip replaces
        Article asFrench = new QuoteStage().process(pt.withLanguage(null, null));
        assertTrue(asFrench.quotes().stream().anyMatch(q -> q.text().text().startsWith("Mas 3 anos, Prof. Carlos?")),
                asFrench.quotes().toString());
        assertTrue(asFrench.skipped().isEmpty());
        assertEquals(List.of(), new QuoteStage().find(pt));
    }

    @Test
    void germanTextIsTimeTaggedWithGermanRulesNotFrenchOnes() {
        // "hier" is "here" in German and "yesterday" in French
        Article de = Article.compose("Die Wahl", null, List.of(
                "Der Minister sagte am Montag, er sei hier, um zu helfen. Die Wahl findet im Mai 2021 statt."));
        TimeStage times = new TimeStage(LocalDate.of(2020, 3, 10));
        List<String> asFrench = times.process(de.withLanguage("fr", 1.0)).times().stream()
                .map(TimeExpression::text).map(s -> s.text()).toList();
        assertTrue(asFrench.contains("hier"), "French rules read the German 'here' as yesterday: " + asFrench);
        Article out = times.process(de.withLanguage("de", 0.99));
        assertEquals(List.of("Montag=2020-03-09", "Mai 2021=2021-05"),
                out.times().stream().map(t -> t.text().text() + "=" + t.value()).toList());
        assertEquals(List.of(), out.skipped());
    }

    @Test
    void languagesWithoutTimeRulesAreStillSkipped() {
        Article it = Article.compose("Il voto", null, List.of("Il ministro ha detto lunedì che il voto si terrà a maggio."))
                .withLanguage("it", 0.99);
        Article out = new TimeStage(LocalDate.of(2020, 3, 10)).process(it);
        assertEquals(List.of(), out.times());
        assertEquals(List.of(new Skipped("times", "no time expression rules for Italian (it)")), out.skipped());
    }

    @Test
    void frenchArticlesSkipNothingAndEnglishOnesOnlyTheFrenchRegisterModel() throws IOException {
        Article fr = Article.compose("Poutine et Erdogan d'accord sur Alep", "Le président russe a rencontré son homologue turc.",
                List.of("Le président russe Vladimir Poutine a rencontré lundi à Istanbul son homologue turc Recep Tayyip "
                        + "Erdogan. « Nous sommes d'accord sur Alep », a déclaré M. Poutine."));
        assertEquals(List.of(), STANDARD.process(fr.withLanguage("fr", 1.0)).skipped());
        assertEquals(List.of(), STANDARD.process(fr).skipped(), "undetected: read as French");

        Article en = fixture("quotes/en/ap-esper-vietnam.txt", "en");
        Article out = STANDARD.process(en);
        assertFalse(out.entities().isEmpty());
        assertFalse(out.quotes().isEmpty());
        assertEquals(List.of(new Skipped("signals:satirical-register", "no register model for English (en)")), out.skipped(),
                "the register score is fitted on French satire only");
    }
}
