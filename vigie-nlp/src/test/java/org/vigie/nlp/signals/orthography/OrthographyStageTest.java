package org.vigie.nlp.signals.orthography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;

class OrthographyStageTest {

    private static final String CLEAN_BODY = "Le président a rencontré son homologue lundi à Istanbul. "
            + "Les deux dirigeants ont parlé de commerce, de tourisme et de sécurité régionale.";
    private final OrthographyStage stage = new OrthographyStage();

    @Test
    void languageToolCatchesDuCoteAndSpacingIsCheckedToo() {
        Article a = article("Sommet", "Turquie , un membre de l'OTAN qui passe du coté de la Russie", CLEAN_BODY);
        Signal s = signals(stage, a, OrthographyStage.KIND).get(0);
        assertTrue(evidence(s).containsAll(List.of("Turquie ,", "coté")), evidence(s).toString());
        assertTrue(s.explanation().contains("côté"), s.explanation());
    }

    @Test
    void misspellingCaughtButNamesAreNot() {
        Signal s = signals(stage, article("Le gouvernment de Pechkov anonce une réforme", null,
                "Le gouvernement de M. Pechkov a annoncé une réforme."), OrthographyStage.KIND).get(0);
        assertEquals(List.of("gouvernment", "anonce"), evidence(s));
        // one slip alone is not enough to say the header was written by another hand
        assertEquals(List.of(), stage.process(article("Le gouvernment de Pechkov annonce une réforme", null,
                "Le gouvernement de M. Pechkov a annoncé une réforme.")).signals());
    }

    @Test
    void cleanHeaderOrMissingFrenchSpaceAloneIsNoSignal() {
        assertEquals(List.of(), stage.process(article("Hong Kong: manifestations sporadiques", null, CLEAN_BODY)).signals());
    }

    @Test
    void sloppyBodyHalvesTheScore() {
        String sloppy = "Le président , a rencontré son homologue . Les deux , ont parlé de commerce . Puis , ils sont partis .";
        double clean = signals(stage, article("Le gouvernment anonce", null, CLEAN_BODY), OrthographyStage.KIND).get(0).score();
        double dirty = signals(stage, article("Le gouvernment anonce", null, sloppy), OrthographyStage.KIND).get(0).score();
        assertEquals(clean / 2, dirty, 1e-9);
    }

    @Test
    void spacingRulesWorkWithoutTheSpellChecker() {
        OrthographyStage spacing = new OrthographyStage(null, false);
        Signal s = signals(spacing, article("Sommet", "Turquie , un membre de l'OTAN , qui passe du coté de la Russie",
                CLEAN_BODY), OrthographyStage.KIND).get(0);
        assertEquals(List.of("Turquie ,", "OTAN ,"), evidence(s));
    }

    @Test
    void missingAuthorAndDateOnlyJudgedForWebPages() {
        MissingAuthorDateStage m = new MissingAuthorDateStage();
        Article a = article("Titre", null, CLEAN_BODY);
        assertEquals(List.of(), m.process(a).signals());
        Article page = a.withMetadata(a.metadata().withUrl("https://exemple.fr/article"));
        assertEquals(List.of(MissingAuthorDateStage.KIND), m.process(page).signals().stream().map(Signal::kind).toList());
        assertEquals(List.of(), m.process(page.withMetadata(page.metadata().withDate("2020-01-01", "meta"))).signals());
    }
}
