package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * A headline's person whom the body calls only by a profession noun ("le rockeur", "l'artiste",
 * "le comédien") is supported, when the body names nobody else first; through the real entity layer.
 */
class HeadlineSupportEpithetTest {

    private static final Pipeline ENTITIES = EntityPipelines.french();
    private static final HeadlineSupportStage STAGE = new HeadlineSupportStage();

    private static List<String> headline(String title, String body) {
        List<Signal> s = signals(STAGE, ENTITIES.process(Article.compose(title, null, List.of(body))), HeadlineSupportStage.HEADLINE);
        return s.isEmpty() ? List.of() : evidence(s.get(0));
    }

    @Test
    void theBodysProfessionNounIsTheHeadlinesPerson() {
        assertEquals(List.of(), headline("Johnny Hallyday : une messe sera organisée tous les mois à la Madeleine",
                "Si certains ont fait le déplacement jusqu'à Saint-Barthélemy pour se recueillir sur la tombe du rockeur, "
                        + "la plupart des fans se rendent à l'église de la Madeleine. Le curé de la paroisse, Bruno Horaist, "
                        + "compte y célébrer une messe en l'honneur du défunt chanteur."));
        assertEquals(List.of(), headline("Elton John est en deuil",
                "L'artiste de 70 ans a appris lundi le décès de sa mère, Sheila Farebrother, à l'âge de 92 ans. "
                        + "Le chanteur britannique lui a rendu hommage sur Instagram."));
    }

    @Test
    void aHeadlinePersonOtherThanTheChaposSubjectIsNotTheBodysNoun() {
        Article a = Article.compose("Elton John est en deuil", "Patrick Timsit a appris lundi la mort de son père.",
                List.of("Le comédien a rendu hommage à son père sur Instagram."));
        List<Signal> s = signals(STAGE, ENTITIES.process(a), HeadlineSupportStage.HEADLINE);
        assertEquals(List.of("Elton John"), s.isEmpty() ? List.of() : evidence(s.get(0)));
    }

    @Test
    void aNounThatIsSomeoneElsesSupportsNothing() {
        // the body names another person before its noun: "le chanteur" may be him
        assertEquals(List.of("Elton John"), headline("Elton John est en deuil",
                "Sheila Farebrother est morte lundi à l'âge de 92 ans. Le chanteur britannique lui a rendu hommage sur Instagram."));
        // a name right after the noun is whom it describes
        assertEquals(List.of("Elton John"), headline("Elton John est en deuil",
                "Le chanteur Renaud a appris lundi le décès de sa mère, à l'âge de 92 ans."));
        // a noun of the other gender is not the person
        assertEquals(List.of("Patrick Timsit"), headline("Patrick Timsit en deuil",
                "La comédienne a appris lundi le décès de son père, à l'âge de 92 ans."));
        assertEquals(List.of(), headline("Patrick Timsit en deuil",
                "Le comédien a appris lundi le décès de son père, à l'âge de 92 ans."));
        // a noun going on with "de" names another role: "l'auteur des faits" is no writer
        assertEquals(List.of("Patrick Timsit"), headline("Patrick Timsit en deuil",
                "L'auteur des faits a été interpellé lundi, quelques jours après le décès de son père."));
        // a body without any such noun still leaves the name unsupported
        assertEquals(List.of("Patrick Timsit"), headline("Patrick Timsit en deuil",
                "Son père est mort le 9 décembre et a été enterré quatre jours plus tard à Bagneux."));
    }
}
