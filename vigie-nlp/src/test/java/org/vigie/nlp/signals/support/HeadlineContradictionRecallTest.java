package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;

/**
 * The rules that widened what {@link HeadlineContradictionStage} catches, each with a
 * contradiction it now finds and a control it must keep quiet on.
 */
class HeadlineContradictionRecallTest {

    private final HeadlineContradictionStage stage = new HeadlineContradictionStage();

    private List<List<String>> evidences(Article a) {
        return signals(stage, a, HeadlineContradictionStage.KIND).stream().map(s -> evidence(s)).toList();
    }

    @Test
    void aBoundOfAnotherThingFarFromTheHeadlineFigureDoesNotSupportIt() {
        // "jusqu'à 800 spectateurs" covers 36 only as an interval: it counts seats, not the injured
        Article a = article("Marseille : 36 blessés dans l'effondrement d'une tribune", null,
                "Une tribune du stade municipal, qui peut accueillir jusqu'à 800 spectateurs, s'est effondrée samedi soir à Marseille.",
                "L'effondrement de la tribune a fait 24 blessés, selon les pompiers.");
        assertEquals(List.of(List.of("36 blessés", "24 blessés")), evidences(a));
        // a bound of the same size, for another noun of the same count, still does
        Article control = article("Turquie : 236 blessés dans un accident d'avion", null,
                "L'accident d'avion a fait au moins 157 personnes blessées à Istanbul, selon le ministre de la Santé.",
                "Les 157 blessés de l'accident d'avion ont été conduits dans les hôpitaux de la ville.");
        assertEquals(List.of(), evidences(control));
        // a percentage never stands for a count
        Article percent = article("Transport aérien : l'UFC-Que Choisir attaque 86 compagnies aériennes", null,
                "L'association UFC-Que Choisir attaque 57 compagnies aériennes qui refusent de rembourser les billets, soit près de 80 % des vols annulés.");
        assertEquals(List.of(List.of("86 compagnies", "57 compagnies")), evidences(percent));
    }
}
