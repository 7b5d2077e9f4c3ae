package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;

/**
 * A headline figure is supported by the same quantity written another way in the body (digit
 * groups, a multiplier word, words, a hedged rounding), and still flagged when the body gives
 * another figure.
 */
class HeadlineSupportFiguresTest {

    private final HeadlineSupportStage stage = new HeadlineSupportStage();

    private List<String> headline(Article a) {
        List<org.vigie.core.model.Signal> s = signals(stage, a, HeadlineSupportStage.HEADLINE);
        return s.isEmpty() ? List.of() : evidence(s.get(0));
    }

    @Test
    void aMultiplierWordIsTheBodysDigits() {
        String body = "Le ministère a recensé 1 500 000 demandes d'aide depuis l'ouverture du guichet, dont 3000 dans les outre-mer.";
        assertEquals(List.of(), headline(article("Aides : 1,5 million de demandes déposées", null, body)));
        assertEquals(List.of(), headline(article("Les hôpitaux recevront 1 000 millions d'euros", null,
                "Le gouvernement débloque un milliard d'euros pour les hôpitaux.")));
        assertEquals(List.of(), headline(article("Le groupe lève 2,3 Md€ pour se désendetter", null,
                "Le groupe a annoncé jeudi avoir levé 2,3 milliards d'euros auprès de ses actionnaires.")));
        // the body in words, the headline in digits: "1 500 000" over "un million et demi" is not read, but "1,5 million" over "1 500 000" is
        assertEquals(List.of(), headline(article("Aides : 1 500 000 demandes déposées", null,
                "Le ministère a recensé 1,5 million de demandes d'aide depuis l'ouverture du guichet.")));
        // another quantity is still a claim, reported as one figure
        assertEquals(List.of("2,5"), headline(article("Aides : 2,5 millions de demandes déposées", null, body)));
        assertEquals(List.of("2 500 000"), headline(article("Aides : 2 500 000 demandes déposées", null, body)));
    }

    @Test
    void digitGroupsAreOneFigure() {
        String body = "Selon la préfecture, 3000 personnes ont défilé samedi dans les rues de Nantes.";
        assertEquals(List.of(), headline(article("Nantes : 3 000 manifestants dans les rues", null, body)));
        assertEquals(List.of("4 000"), headline(article("Nantes : 4 000 manifestants dans les rues", null, body)));
    }

    @Test
    void aHedgedOrRoundFigureRoundsTheBodys() {
        assertEquals(List.of(), headline(article("Séisme : près de 300 morts selon un nouveau bilan", null,
                "Le dernier bilan fait état de 297 morts et de plusieurs centaines de blessés.")));
        assertEquals(List.of(), headline(article("Il récolte plus de 150.000 \"j'aime\" avec sa photo", null,
                "En trois jours, la publication a généré près de 155.000 \"like\".")));
        assertEquals(List.of(), headline(article("Loiret : un motard flashé à 250 km/h", null,
                "Le motard roulait à 251 km/h sur une portion limitée à 110 km/h.")));
        // a hedge or a rounding stretches so far: the body's figure is another
        assertEquals(List.of("150.000"), headline(article("Il récolte plus de 150.000 \"j'aime\" avec sa photo", null,
                "En trois jours, la publication a généré près de 250.000 \"like\".")));
        assertEquals(List.of("300"), headline(article("Séisme : 300 morts selon un nouveau bilan", null,
                "Le dernier bilan fait état de 200 morts et de plusieurs centaines de blessés.")));
        assertEquals(List.of("260"), headline(article("Loiret : un motard flashé à 260 km/h", null,
                "Le motard roulait à 251 km/h sur une portion limitée à 110 km/h.")));
        // a year is exact: 2021 is no rounding of 2020
        assertEquals(List.of("2020"), headline(article("Le rapport de 2020 enfin publié", null,
                "Le rapport, rédigé en 2021, a été publié mardi.")));
    }

    @Test
    void aNumberInWordsOrAsAPercentageIsTheBodysFigure() {
        assertEquals(List.of(), headline(article("Trois blessés et 10 % des vols annulés", null,
                "L'accident a fait 3 blessés. Dix pour cent des vols ont été annulés samedi.")));
        assertEquals(List.of(), headline(article("Une quinzaine d'interpellations et 15 gardes à vue", null,
                "Une quinzaine de personnes ont été interpellées et placées en garde à vue.")));
        assertEquals(List.of("12"), headline(article("12 gardes à vue", null,
                "Une quinzaine de personnes ont été interpellées et placées en garde à vue.")));
    }

    @Test
    void tonnesAreTheBodysKilos() {
        String body = "La couche de neige faisait plus de 40 centimètres d'épaisseur et pesait plus de 1.600 kilos.";
        assertEquals(List.of(), headline(article("Suisse : un car arrêté avec 1,6 tonne de neige sur le toit", null, body)));
        assertEquals(List.of("2,6"), headline(article("Suisse : un car arrêté avec 2,6 tonnes de neige sur le toit", null, body)));
    }

    @Test
    void aTotalIsTheBodysCountAndTheItemsAddedToIt() {
        String body = "Les investigations ont permis de constater douze cas confirmés dans l'entreprise. "
                + "Les tests de dépistage ont fait apparaître 22 cas supplémentaires.";
        assertEquals(List.of(), headline(article("Loiret : 34 cas de coronavirus dans un abattoir", null, body)));
        // a sum the body does not make is a claim
        assertEquals(List.of("44"), headline(article("Loiret : 44 cas de coronavirus dans un abattoir", null, body)));
        assertEquals(List.of("34"), headline(article("Loiret : 34 cas de coronavirus dans un abattoir", null,
                "Les investigations ont permis de constater douze cas confirmés dans l'entreprise, et 22 salariés ont été testés.")));
    }
}
