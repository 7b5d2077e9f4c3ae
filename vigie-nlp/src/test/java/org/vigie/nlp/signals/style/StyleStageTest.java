package org.vigie.nlp.signals.style;

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

class StyleStageTest {

    private final StyleStage stage = new StyleStage();
    private static final String RANT = "C'est absolument scandaleux ! Comment peut-on encore croire ces menteurs ? "
            + "Une mascarade incroyable, honteuse et VRAIMENT TOTALEMENT ridicule. Évidemment, personne ne dira rien. "
            + "Ils se moquent de nous depuis des années et les journalistes regardent ailleurs, comme toujours. "
            + "Le ministre a encore parlé hier soir à la télévision pendant une heure sans rien dire de concret "
            + "sur les prix, les salaires, les écoles ou les hôpitaux de nos régions oubliées.";
    private static final String HEDGED = "Selon certaines sources, il semblerait que plusieurs responsables auraient "
            + "peut-être reçu beaucoup d'argent. Apparemment, la plupart des témoins seraient plutôt discrets, et "
            + "quelques documents pourraient sans doute exister quelque part. On dit que de nombreux élus savaient "
            + "probablement depuis longtemps, mais personne ne semble vouloir en parler pour le moment dans la région.";

    @Test
    void rantIsSubjectiveWithItsTriggeringWords() {
        Article a = article("Le scandale", null, RANT);
        Signal s = signals(stage, a, StyleStage.SUBJECTIVITY).get(0);
        assertTrue(s.score() >= 0.5);
        List<String> words = evidence(s);
        assertTrue(words.containsAll(List.of("absolument", "scandaleux", "!", "incroyable", "VRAIMENT TOTALEMENT")), words.toString());
        assertTrue(s.explanation().contains("scandaleux"), s.explanation());
    }

    @Test
    void hedgedTextIsVagueNotSubjective() {
        Article a = article("Des soupçons", null, HEDGED);
        Signal s = signals(stage, a, StyleStage.VAGUENESS).get(0);
        assertTrue(evidence(s).containsAll(List.of("semblerait", "peut-être", "beaucoup", "Apparemment")), evidence(s).toString());
        assertEquals(List.of(), signals(stage, a, StyleStage.SUBJECTIVITY));
    }

    @Test
    void quotedWordsAndAllCapsHeadingsAreNotTheOutletsVoice() {
        String quoted = "« " + RANT.replace("« ", "").replace(" »", "") + " », a déclaré le député lors d'une réunion publique.";
        assertEquals(List.of(), stage.process(article("Le député s'emporte", null, quoted)).signals());
        StyleScorer.Profile p = StyleScorer.profile(article("PARTAGEZ CET ARTICLE", null,
                "DANS LA MÊME RUBRIQUE", "Le conseil municipal a voté le budget mardi soir."));
        assertTrue(p.subjective().stream().noneMatch(c -> c.category().equals("capitals")), p.subjective().toString());
    }

    @Test
    void neutralWireCopyIsBelowThresholds() {
        assertEquals(List.of(), stage.process(Samples.orangesum("orangesum-10885")).signals());
        assertEquals(List.of(), stage.process(Samples.aleppo()).signals());
    }

    @Test
    void englishExplanation() {
        Article a = article("Le scandale", null, RANT).withLanguage("en", 1.0);
        assertTrue(signals(stage, a, StyleStage.SUBJECTIVITY).get(0).explanation().startsWith("The text carries"));
    }
}
