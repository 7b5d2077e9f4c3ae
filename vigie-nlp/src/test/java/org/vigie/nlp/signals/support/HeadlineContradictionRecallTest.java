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
    void aFigureRestatedTwiceIsNotTwoCountsToAdd() {
        // "5 chats" and "cinq chats" are one count said twice, not 5 + 5
        Article a = article("Insolite : une famille de Dijon adopte 10 chats abandonnés", null,
                "Une famille de Dijon a adopté 5 chats abandonnés par leur propriétaire, rapporte Le Bien public.",
                "Les cinq chats vivent désormais dans la maison familiale.");
        assertEquals(List.of(List.of("10 chats", "5 chats")), evidences(a));
        // two counts of the same size in one list still add up
        Article control = article("Intempéries : 10 morts dans le sud de la France", null,
                "Les intempéries dans le sud de la France ont fait 5 morts dans le Var et 5 morts dans les Alpes-Maritimes, selon le ministère.");
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
    void aBoundAddsNothingToAFigureOfItsSentence() {
        // 300 euros + "au moins deux complices" is no reading of 450 euros
        Article a = article("Paris : un commerçant poignardé pour 450 euros, son pronostic vital engagé", null,
                "Un épicier de la rue de Bagnolet, à Paris, a été poignardé par un braqueur dans la nuit de jeudi à vendredi. "
                        + "Accompagné d'au moins deux complices, l'agresseur a poignardé le commerçant et lui a dérobé 300 euros.");
        assertEquals(List.of(List.of("450 euros", "300 euros")), evidences(a));
        // a count and an approximate count of the same sentence still add up
        Article control = article("Usine de Lorraine : 265 personnes licenciées", null,
                "La fermeture de l'usine de Lorraine touche 215 salariés et une cinquantaine d'intérimaires, licenciés lundi.");
        assertEquals(List.of(), evidences(control));
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
    void aTitleFigureNeedsOneWordInCommonWithTheBodyFiguresSentenceAStandfirstTwo() {
        Article a = article("Pour une bouchée de pain, il met la main sur un tableau à 45 millions d'euros", null,
                "Un Belge a acheté pour 500 euros un tableau qui s'est révélé valoir finalement 30 millions d'euros, rapporte SudPresse.");
        assertEquals(List.of(List.of("45 millions d'euros", "30 millions d'euros")), evidences(a));
        // a standfirst shares a word with almost any sentence: "contamination" is not enough
        Article standfirst = article("Coronavirus : le point sur l'épidémie dans le Haut-Rhin",
                "Le ministère de la Santé a appelé les fidèles d'une église évangélique à surveiller leur santé après l'annonce "
                        + "de 7 cas de contamination à Mulhouse mardi soir.",
                "Au total, 10 cas de contamination ont été confirmés dans le département, ont indiqué les responsables locaux mercredi.");
        assertEquals(List.of(), evidences(standfirst));
    }

    @Test
    void aHeadlineBoundIsHeldOnlyByANumberOfItsSize() {
        // "au moins 14 morts" is not held by "60 personnes" (wounded)
        Article a = article("Afghanistan : au moins 14 morts dans un attentat-suicide à la voiture piégée", null,
                "Un attentat-suicide à la voiture piégée a fait 7 morts dans l'est de l'Afghanistan, selon les autorités. "
                        + "Près de 60 personnes ont été blessées.");
        assertEquals(List.of(List.of("au moins 14 morts", "7 morts")), evidences(a));
        Article control = article("Séisme en Turquie : plus de 100 morts", null,
                "Le séisme qui a frappé l'est de la Turquie a fait 103 morts et 1.200 blessés, selon les secours.");
        assertEquals(List.of(), evidences(control));
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
