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
    void theEntityPipelineSaysItHasNoModelForPortuguese() {
        Article pt = EntityPipelines.byLanguage(null).process(article("Bolsonaro em Brasília",
                "O presidente Jair Bolsonaro recebeu na segunda-feira em Brasília o presidente francês.", "pt"));
        assertEquals(List.of(), pt.entities());
        assertEquals(List.of(new Skipped("entities", "no entity model for Portuguese (pt)")), pt.skipped(),
                "one entry, though three routed stages (tokens, entities, ids) passed it by");
    }

    @Test
    void germanAndSpanishArticlesGetTheirOwnEntityLayer() {
        Article de = EntityPipelines.byLanguage(null).process(article("Merkel in Berlin",
                "Bundeskanzlerin Angela Merkel hat am Montag in Berlin den französischen Präsidenten empfangen.", "de"));
        assertEquals(List.of(), de.skipped());
        assertTrue(de.entities().stream().anyMatch(e -> e.canonical().equals("Angela Merkel")), de.entities().toString());
        Article es = EntityPipelines.byLanguage(null).process(article("Maduro en Caracas",
                "El presidente Nicolás Maduro recibió el lunes en Caracas al presidente francés.", "es-VE"));
        assertEquals(List.of(), es.skipped());
        assertTrue(es.entities().stream().anyMatch(e -> e.canonical().equals("Nicolás Maduro")), es.entities().toString());
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
        Article it = article("Putin ed Erdogan d'accordo su una tregua ad Aleppo",
                "Il presidente russo Vladimir Putin ha incontrato lunedì a Istanbul il presidente turco Recep "
                        + "Tayyip Erdogan.", "it");
        Article out = EntityPipelines.byLanguage(null).process(it);
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
