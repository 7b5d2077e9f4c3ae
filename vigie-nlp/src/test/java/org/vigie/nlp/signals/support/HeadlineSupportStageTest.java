package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Signal;
import org.vigie.nlp.signals.Samples;

class HeadlineSupportStageTest {

    private final HeadlineSupportStage stage = new HeadlineSupportStage();

    @Test
    void acronymAbsentFromBodyIsUnsupported() {
        Article a = article("Sommet à Bruxelles", "La Turquie quitte l'OTAN pour rejoindre la Russie",
                "Le président turc a rencontré son homologue russe à Istanbul. Ils ont parlé de commerce.");
        List<Signal> s = signals(stage, a, HeadlineSupportStage.STANDFIRST);
        assertEquals(1, s.size());
        assertEquals(List.of("OTAN"), evidence(s.get(0)));
        assertTrue(s.get(0).explanation().contains("OTAN"));
    }

    @Test
    void expansionCapitalAndDemonymInBodySupportTheHeadline() {
        Article a = article("Moscou et l'OTAN en désaccord", "Washington appelle au calme",
                "Le Kremlin a critiqué l'Organisation du traité de l'Atlantique nord. Les Américains appellent au calme.");
        assertEquals(List.of(), stage.process(a).signals());
    }

    @Test
    void acronymSupportedByTheInitialsOfABodyPhrase() {
        Article a = article("La FNSEA proteste", null,
                "La Fédération nationale des syndicats d'exploitants agricoles a manifesté devant la préfecture.");
        assertEquals(List.of(), stage.process(a).signals());
    }

    @Test
    void numberAbsentFromBodyIsUnsupportedAndWordNumbersCount() {
        Article flagged = article("Incendie : 12 morts dans un entrepôt", null,
                "Un incendie a ravagé un entrepôt, faisant plusieurs victimes selon les pompiers.");
        assertEquals(List.of("12"), evidence(signals(stage, flagged, HeadlineSupportStage.HEADLINE).get(0)));
        Article supported = article("Incendie : 3 morts dans un entrepôt", null,
                "Un incendie a ravagé un entrepôt, faisant trois morts selon les pompiers.");
        assertEquals(List.of(), stage.process(supported).signals());
        // number words beyond sixteen and multipliers are the contradiction stage's figure words too
        Article tens = article("Grève : 20 lycées bloqués et 1000 élèves dehors", null,
                "Vingt lycées étaient bloqués mardi ; mille élèves n'ont pas eu cours, selon le rectorat.");
        assertEquals(List.of(), stage.process(tens).signals());
        // a headline rounds: "20 millions" for the body's "20,4 millions", not "30 millions"
        String body = "Un Américain a remporté 24,1 millions de dollars (20,4 millions d'euros) grâce à un vieux billet.";
        assertEquals(List.of(), stage.process(article("Loto : il gagne 20 millions d'euros", null, body)).signals());
        assertEquals(List.of("30"), evidence(signals(stage, article("Loto : il gagne 30 millions d'euros", null, body),
                HeadlineSupportStage.HEADLINE).get(0)));
    }

    @Test
    void entityLayerAliasesSupportAHeadlineName() {
        Article a = article("Le Tsar reçoit Erdogan", null,
                "Le président russe a reçu M. Erdogan au Kremlin lundi.");
        Entity putin = new Entity("Vladimir Poutine", EntityType.PER, null,
                List.of(Samples.all(a, "Tsar").get(0), Samples.all(a, "président russe").get(0)));
        Entity erdogan = new Entity("Recep Tayyip Erdogan", EntityType.PER, null, Samples.all(a, "Erdogan"));
        assertEquals(List.of(), stage.process(a.withEntities(List.of(putin, erdogan))).signals());
        // without the entity layer "Tsar" is a capitalised word the body never uses
        assertEquals(List.of("Tsar"), evidence(signals(stage, a, HeadlineSupportStage.HEADLINE).get(0)));
    }

    @Test
    void headlineMayLeanOnTheStandfirstAndStandfirstNumbersAloneAreNoSignal() {
        Article a = article("Chine : 19 morts dans l'explosion d'un camion-citerne",
                "L'explosion d'un camion-citerne a fait 19 morts samedi dans l'est de la Chine, 172 blessés selon les autorités.",
                "Le véhicule transportait du gaz dans une province chinoise. Les secours ont dégagé plusieurs victimes.");
        assertEquals(List.of(), stage.process(a).signals());
    }

    @Test
    void aDatedOrAttributedNewsLeadIsTheStorysOwnChapoNotAFraming() {
        String body = "La région reste en alerte, une autre tempête s'étant formée dans le golfe du Mexique. "
                + "Le nombre de morts est passé de 16 à 20 dans le pays le plus touché.";
        // the wire way: who, where and when in the lead, developed (not repeated) by the body
        Article dated = article("Tempête Amanda : 26 morts en Amérique centrale",
                "La tempête tropicale Amanda a fait 26 morts au Salvador, au Guatemala et au Honduras en fin de semaine, "
                + "selon de nouveaux bilans publiés mardi.", body);
        assertEquals(List.of(), signals(stage, dated, HeadlineSupportStage.STANDFIRST));
        // the same names in a short framing without date or source are a claim the body must carry
        Article framing = article("Tempête en Amérique centrale", "Le Salvador, victime du Guatemala et du Honduras", body);
        assertEquals(List.of("Salvador", "Guatemala", "Honduras"),
                evidence(signals(stage, framing, HeadlineSupportStage.STANDFIRST).get(0)));
    }

    @Test
    void anotherStorysLeadIsAFramingEvenWhenDatedAndAttributed() {
        String body = "La région reste en alerte, une autre tempête s'étant formée dans le golfe du Mexique. "
                + "Le nombre de morts est passé de 16 à 20 dans le pays le plus touché.";
        // a lead from another dispatch, dated and attributed like a wire lead, shares no word with the story
        Article foreign = article("Tempête Amanda : 26 morts en Amérique centrale",
                "Le périple annuel pour récolter le champignon chenille sera interdit cette année au Népal "
                + "pour cause de pandémie, ont annoncé jeudi des responsables.", body);
        assertEquals(List.of("Népal"), evidence(signals(stage, foreign, HeadlineSupportStage.STANDFIRST).get(0)));
        // the story's own lead goes on in other words, but names what the body names ("Saint-Brieuc")
        Article own = article("Bretagne : drame dans une maison de retraite",
                "Muni d'un pistolet, un homme de 85 ans a tiré sur sa femme lundi sur un parking de Saint-Brieuc, "
                + "comme le rapporte Le Télégramme.",
                "Selon le quotidien régional, une personne a pu désarmer l'octogénaire. Blessée, la victime est décédée "
                + "en fin d'après-midi. Selon les policiers de Saint-Brieuc, il ne supportait plus de la voir souffrir.");
        assertEquals(List.of(), signals(stage, own, HeadlineSupportStage.STANDFIRST));
    }

    @Test
    void aRubricLabelIsLayoutButAnAcronymTopicIsAClaim() {
        String body = "Le corps d'un randonneur a été découvert près du sommet, selon la gendarmerie.";
        Article rubric = article("Ain : un randonneur retrouvé mort", "FAIT DIVERS. Un drame en montagne", body);
        // the tagger reads the label as a name
        Entity label = new Entity("FAIT DIVERS", EntityType.ORG, null, Samples.all(rubric, "FAIT DIVERS"));
        assertEquals(List.of(), signals(stage, rubric.withEntities(List.of(label)), HeadlineSupportStage.STANDFIRST));
        Article topic = article("Ain : un randonneur retrouvé mort", "ONU : un drame en montagne", body);
        assertEquals(List.of("ONU"), evidence(signals(stage, topic, HeadlineSupportStage.STANDFIRST).get(0)));
    }

    @Test
    void aRegionIsSupportedByItsDepartementsAndCitiesAndANameMayStandForTwoGroups() {
        Article region = article("Bretagne : une femme découvre 2 000 guêpes dans sa cuisine", null,
                "Une habitante de Lannion (Côtes-d'Armor) a découvert 2 000 guêpes dans un placard.");
        assertEquals(List.of(), stage.process(region).signals());
        // "Paris" supports France (its capital) and Île-de-France (its region)
        Article capital = article("Île-de-France : la France durcit les règles", null,
                "À Paris, le préfet a annoncé de nouvelles règles.");
        assertEquals(List.of(), stage.process(capital).signals());
        // a disease and its virus
        Article virus = article("Italie : le coronavirus gagne le Sud", null, "En Italie, le Covid-19 progresse dans le Sud.");
        assertEquals(List.of(), stage.process(virus).signals());
        Article elsewhere = article("Normandie : une femme découvre 2 000 guêpes dans sa cuisine", null,
                "Une habitante de Lannion (Côtes-d'Armor) a découvert 2 000 guêpes dans un placard.");
        assertEquals(List.of("Normandie"), evidence(signals(stage, elsewhere, HeadlineSupportStage.HEADLINE).get(0)));
    }

    @Test
    void aLowerCaseWordIsNotTheOneWordPlaceItSpells() {
        // "cher", "tour" and "somme" are not the Cher, Tours and the Somme: no claim, no support
        Article a = article("Les animateurs qui coûtent le plus cher font leur tour de piste", null,
                "Les salaires des présentateurs atteignent une somme record, selon un classement.");
        assertEquals(List.of(), stage.process(a).signals());
        Article b = article("Orléans : la préfecture ferme un parc", null,
                "Le parc ferme pour des raisons de sécurité, a indiqué la préfecture.");
        assertEquals(List.of("Orléans"), evidence(signals(stage, b, HeadlineSupportStage.HEADLINE).get(0)));
    }

    @Test
    void englishExplanation() {
        Article a = article("NATO summit", "Turkey leaves NATO", "Leaders met in Istanbul to talk about trade.")
                .withLanguage("en", 1.0);
        Signal s = signals(stage, a, HeadlineSupportStage.STANDFIRST).get(0);
        assertTrue(s.explanation().startsWith("The standfirst mentions"), s.explanation());
    }
}
