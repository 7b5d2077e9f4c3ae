package org.vigie.nlp.signals.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.nlp.signals.Samples;

class LoadedLabelStageTest {

    private final LoadedLabelStage stage = new LoadedLabelStage();

    @Test
    void headlineLabelTheBodyOnlyQuotesIsTheStrongestCase() {
        Article attributed = article("Le tyran menace les manifestants", null,
                "Le président a interdit les rassemblements. « Ce tyran doit partir », a déclaré un opposant.");
        Article absent = article("Le tyran menace les manifestants", null,
                "Le président a interdit les rassemblements dans la capitale.");
        Article own = article("Le tyran menace les manifestants", null,
                "Le tyran a interdit les rassemblements dans la capitale.");
        Signal sa = signals(stage, attributed, LoadedLabelStage.KIND).get(0);
        Signal sb = signals(stage, absent, LoadedLabelStage.KIND).get(0);
        Signal sc = signals(stage, own, LoadedLabelStage.KIND).get(0);
        assertTrue(sa.score() > sb.score() && sb.score() > sc.score(), sa.score() + " " + sb.score() + " " + sc.score());
        assertEquals("tyran", evidence(sa).get(0));
        assertTrue(sa.explanation().contains("rapportant"), sa.explanation());
        assertTrue(sb.explanation().contains("n'emploie jamais"), sb.explanation());
    }

    @Test
    void speakerNamedFromTheQuoteLayer() {
        Signal s = signals(stage, Samples.aleppo(), LoadedLabelStage.KIND).get(0);
        assertEquals("terroristes", evidence(s).get(0));
        assertTrue(s.explanation().contains("Vladimir Poutine"), s.explanation());
    }

    @Test
    void quotedLabelInHeadlineAndNeutralSensesAreNotFlagged() {
        Article a = article("« Des terroristes », accuse le ministre", null,
                "Le ministre a qualifié les auteurs de l'attaque de terroristes. La coopération anti-terroriste continue.");
        assertEquals(List.of(), stage.process(a).signals());
        Article pensions = article("La réforme des régimes spéciaux adoptée", null,
                "Les régimes spéciaux de retraite seront supprimés, a annoncé le gouvernement.");
        assertEquals(List.of(), stage.process(pensions).signals());
    }

    @Test
    void bodyLabelsInOwnVoiceFlaggedOnlyPastAThreshold() {
        Article one = article("Les élections", null, "Le régime a organisé des élections dimanche.");
        assertEquals(List.of(), stage.process(one).signals());
        Article many = article("Les élections", null,
                "Les mondialistes et leurs marionnettes du nouvel ordre mondial ont truqué les élections dimanche.");
        Signal s = signals(stage, many, LoadedLabelStage.KIND).get(0);
        assertEquals(List.of("mondialistes", "marionnettes", "nouvel ordre mondial"), evidence(s));
    }
}
