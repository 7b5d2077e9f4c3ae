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
    void aHeadlineFigureBetweenTwoFiguresOfVeryDifferentSizeIsNoMiddleEstimate() {
        // 345 lies between 230 (Sunday) and 8.000 (since June), but is no middle estimate of them
        Article a = article("Hong Kong : 345 personnes arrêtées dimanche lors des manifestations", null,
                "La police de Hong Kong a arrêté dimanche 230 personnes lors des manifestations contre le pouvoir central.",
                "Plus de 8.000 personnes ont été interpellées depuis le début du mouvement en juin.");
        assertEquals(List.of(List.of("345 personnes", "230 personnes")), evidences(a));
        // police and organisers: a headline figure between them is no contradiction
        Article control = article("Retraites : 15.000 manifestants à Marseille", null,
                "La manifestation contre la réforme des retraites a réuni 9.000 manifestants à Marseille selon la police.",
                "Les organisateurs ont compté 25.000 manifestants dans les rues de Marseille.");
        assertEquals(List.of(), evidences(control));
    }

    @Test
    void aNextSentenceCountingOnWithTheNextOrdinalMakesTheFigureAnEarlyToll() {
        String title = "Toulouse : cinq résidents d'un Ehpad meurent d'une intoxication alimentaire";
        Article control = article(title, null,
                "Quatre résidents de l'Ehpad de Lherm, près de Toulouse, sont décédés dimanche soir, victimes d'une intoxication alimentaire. "
                        + "Une cinquième personne est décédée lundi.");
        assertEquals(List.of(), evidences(control));
        Article a = article(title, null,
                "Quatre résidents de l'Ehpad de Lherm, près de Toulouse, sont décédés dimanche soir, victimes d'une intoxication alimentaire. "
                        + "Une enquête a été ouverte lundi.");
        assertEquals(List.of(List.of("cinq résidents", "Quatre résidents")), evidences(a));
    }

    @Test
    void aPluperfectOfReportedSpeechIsNoEarlierState() {
        // "a déclaré lundi que 70 cas avaient été détectés" states 70 cases now
        Article reported = article("Coronavirus : 105 cas dans les écoles depuis le déconfinement, selon Jean-Michel Blanquer", null,
                "Le ministre de l'Éducation, Jean-Michel Blanquer, a déclaré lundi que 70 cas avaient été détectés dans les écoles depuis le déconfinement.");
        assertEquals(List.of(List.of("105 cas", "70 cas")), evidences(reported));
        // an earlier state, or a first toll, still keeps the figure out
        Article before = article("Tempête Amanda : 39 morts en Amérique centrale", null,
                "La tempête Amanda avait fait 26 morts en Amérique centrale avant de frapper le Mexique, selon les autorités.");
        assertEquals(List.of(), evidences(before));
        Article early = article("Tempête Amanda : 39 morts en Amérique centrale", null,
                "Les autorités ont indiqué qu'un premier bilan faisait état de 26 morts en Amérique centrale.");
        assertEquals(List.of(), evidences(early));
    }

    @Test
    void aQuantityNarrowedByOneNameIsTheSameQuantity() {
        // "popularité de Macron" and "popularité d'Emmanuel Macron": one name
        Article a = article("Sondage : la popularité de Macron en forte hausse", null,
                "La cote de popularité d'Emmanuel Macron recule de cinq points en juillet, selon le baromètre BVA.");
        assertEquals(List.of(List.of("popularité de Macron en forte hausse", "cote de popularité d'Emmanuel Macron recule")), evidences(a));
        // the headline names who the body's narrowing word is
        Article named = article("Cote de popularité : Édouard Philippe s'effondre", null,
                "La cote de popularité d'Édouard Philippe s'envole en juin, selon le baromètre BVA.");
        assertEquals(1, evidences(named).size());
        // two names are two quantities
        Article other = article("Sondage : la popularité de Macron en forte hausse", null,
                "La cote de popularité d'Édouard Philippe recule de cinq points en juillet, selon le baromètre BVA.");
        assertEquals(List.of(), evidences(other));
    }

    @Test
    void aHeadlineTopicBeforeAColonMovesFurtherOn() {
        Article a = article("Popularité : Emmanuel Macron repart légèrement à la hausse", null,
                "La cote de popularité d'Emmanuel Macron a reculé d'un point en septembre, à 33 %, selon un sondage Ifop.");
        assertEquals(List.of(List.of("Popularité : Emmanuel Macron repart légèrement à la hausse",
                "cote de popularité d'Emmanuel Macron a reculé")), evidences(a));
        // a movement with an object of its own moves that object, not the topic
        Article control = article("Chômage : le gouvernement annonce une baisse des cotisations", null,
                "Le chômage a augmenté de 0,2 point au troisième trimestre, selon l'Insee.");
        assertEquals(List.of(), evidences(control));
    }

    @Test
    void aQuantityThatWinsOrLosesAndTariffsThatArePrices() {
        Article a = article("Carburants : le prix du gazole dégringole", null,
                "En l'espace d'une semaine, le prix du gazole a gagné 3 centimes, à 1,47 euro le litre, selon le ministère.");
        assertEquals(List.of(List.of("prix du gazole dégringole", "prix du gazole a gagné")), evidences(a));
        Article tariffs = article("Gaz : les prix baissent au 1er juillet", null,
                "Les tarifs du gaz augmentent de 2,4 % au 1er juillet, a annoncé la Commission de régulation de l'énergie.");
        assertEquals(1, evidences(tariffs).size());
        // the tariffs of another energy are another quantity
        Article other = article("Gaz : les prix du gaz baissent au 1er juillet", null,
                "Les tarifs de l'électricité augmentent de 2,4 % au 1er juillet, a annoncé la Commission de régulation de l'énergie.");
        assertEquals(List.of(), evidences(other));
        // a missed sentence boundary does not join one quantity to the next item's movement
        Article list = article("Électricité, gaz : ce qui change au 1er août", "Les tarifs réglementés de l'électricité augmentent.",
                "Quelque 76 % des usagers sont concernés par les tarifs réglementés de l'électricité.► Le gaz recule de 0,5 %.");
        assertEquals(List.of(), evidences(list));
    }

    @Test
    void aBodyFigureThatWasExceededIsALowerBound() {
        // "a largement dépassé les 7,4 milliards espérés": more than 7.4, as 8.8 is
        Article exceeded = article("Coronavirus : un sommet pour le vaccin", "Le sommet de l'Alliance pour le vaccin a recueilli "
                        + "8,8 milliards de dollars pour la vaccination, a annoncé l'ONU jeudi.",
                "Ce sommet virtuel de l'Alliance pour le vaccin a ainsi largement dépassé les 7,4 milliards de dollars de promesses de dons espérés sur cinq ans.");
        assertEquals(List.of(), evidences(exceeded));
    }

    @Test
    void aListOfGroupsIsNoCountGoingOn() {
        // "22 enfants et deux instituteurs": the children are counted in full
        Article a = article("Montrouge : 33 enfants intoxiqués dans une école", null,
                "Au total, 22 enfants et deux instituteurs de l'école de Montrouge ont été intoxiqués et hospitalisés jeudi.");
        assertEquals(List.of(List.of("33 enfants", "22 enfants")), evidences(a));
        Article chauffeur = article("Haute-Savoie : 86 enfants échappent à l'incendie de leur car scolaire", null,
                "Un groupe de 57 enfants, leurs six accompagnateurs et un chauffeur voyageaient à bord du car scolaire quand l'incendie s'est déclaré.");
        assertEquals(List.of(List.of("86 enfants", "57 enfants")), evidences(chauffeur));
        // the same thing counted on: a part
        Article more = article("Montrouge : 33 enfants intoxiqués dans une école", null,
                "Au total, 22 enfants de l'école de Montrouge ont été intoxiqués jeudi et 11 autres vendredi.");
        assertEquals(List.of(), evidences(more));
    }
}
