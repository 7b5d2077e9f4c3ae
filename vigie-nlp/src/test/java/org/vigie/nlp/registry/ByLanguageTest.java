package org.vigie.nlp.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.Entity;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;

class ByLanguageTest {

    private static final String FRENCH = "Le président russe Vladimir Poutine a rencontré lundi à Istanbul son homologue "
            + "turc Recep Tayyip Erdogan. M. Poutine a salué un accord sur Alep.";
    private static final String ENGLISH = "Russian President Vladimir Putin met his Turkish counterpart Recep Tayyip "
            + "Erdogan in Istanbul on Monday. Mr. Putin welcomed a deal on Aleppo.";

    private static Article article(String title, String body, String language) {
        return Article.compose(title, null, List.of(body)).withLanguage(language, language == null ? null : 1.0);
    }

    /** A stage that marks which language's delegate ran. */
    private static Stage marker(String tag) {
        return new Stage() {
            @Override
            public String name() {
                return tag;
            }

            @Override
            public Article process(Article a) {
                return a.withBoilerplate(List.of(tag), 0);
            }
        };
    }

    @Test
    void eachArticleGetsTheStageOfItsLanguage() {
        ByLanguage s = new ByLanguage("x", Map.of("fr", marker("fr"), "en", marker("en")), "fr");
        assertEquals(List.of("en"), s.process(article("t", "b", "en")).boilerplate());
        assertEquals(List.of("en"), s.process(article("t", "b", "en-GB")).boilerplate());
        assertEquals(List.of("fr"), s.process(article("t", "b", "fr")).boilerplate());
        assertEquals(List.of("fr"), s.process(article("t", "b", null)).boilerplate(), "undetected: the default language");
        assertEquals(List.of(), s.process(article("t", "b", "de")).boilerplate(), "no stage for German: unchanged");
        assertTrue(s.covers("en") && s.covers(null));
        assertFalse(s.covers("es"));
        assertThrows(IllegalArgumentException.class, () -> new ByLanguage("x", Map.of("en", marker("en")), "fr"));
    }

    @Test
    void reportingSkipsAnArticleOfNoStageSaysItsLayerWasNotAnalysed() {
        ByLanguage s = new ByLanguage("x", Map.of("fr", marker("fr"), "en", marker("en")), "fr")
                .reportingSkips("entities", "entity model");
        Article de = s.process(article("t", "b", "de-AT"));
        assertEquals(List.of(), de.boilerplate());
        assertEquals(List.of(new Skipped("entities", "no entity model for German (de-AT)")), de.skipped());
        assertEquals(List.of(), s.process(article("t", "b", "en-GB")).skipped());
        assertEquals(List.of(), s.process(article("t", "b", null)).skipped(), "undetected: the default language's stage");
        assertEquals(List.of("en"), s.process(article("t", "b", "en")).boilerplate(), "the same routing");
    }

    @Test
    void theEntityPipelineSaysItHasNoModelForGerman() {
        Article de = EntityPipelines.byLanguage(null).process(article("Merkel in Berlin",
                "Bundeskanzlerin Angela Merkel hat am Montag in Berlin den französischen Präsidenten empfangen.", "de"));
        assertEquals(List.of(), de.entities());
        assertEquals(List.of(new Skipped("entities", "no entity model for German (de)")), de.skipped(),
                "one entry, though three routed stages (tokens, entities, ids) passed it by");
    }

    @Test
    void frenchArticlesGetExactlyTheFrenchLayer() {
        Article fr = article("Poutine et Erdogan d'accord sur Alep", FRENCH, "fr");
        assertEquals(EntityPipelines.french().process(fr).entities(), EntityPipelines.byLanguage(null).process(fr).entities());
        Article undetected = article("Poutine et Erdogan d'accord sur Alep", FRENCH, null);
        assertEquals(EntityPipelines.french().process(undetected).entities(),
                EntityPipelines.byLanguage(null).process(undetected).entities());
    }

    @Test
    void aLanguageWithNoModelGetsNoEntityLayerRatherThanFrenchGuesses() {
        Article de = article("Putin und Erdogan einigen sich auf Waffenruhe in Aleppo",
                "Der russische Präsident Wladimir Putin hat am Montag in Istanbul den türkischen Präsidenten Recep "
                        + "Tayyip Erdogan getroffen.", "de");
        Article out = EntityPipelines.byLanguage(null).process(de);
        assertEquals(List.of(), out.entities());
        assertEquals(List.of(), out.sentences(), "no token layer either: no model ran");
    }

    @Test
    void oneIdForOnePersonInEitherLanguage() {
        Pipeline p = EntityPipelines.byLanguage(null);
        Entity poutine = p.process(article("Poutine à Istanbul", FRENCH, "fr")).entities().stream()
                .filter(e -> e.canonical().equals("Vladimir Poutine")).findFirst().orElseThrow();
        Entity putin = p.process(article("Putin in Istanbul", ENGLISH, "en")).entities().stream()
                .filter(e -> e.canonical().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertEquals("vladimir-putin", poutine.entityId());
        assertEquals(poutine.entityId(), putin.entityId());
    }
}
