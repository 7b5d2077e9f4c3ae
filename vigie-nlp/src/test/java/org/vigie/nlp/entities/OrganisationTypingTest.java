package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;

/**
 * Companies, brands, outlets and bands the French tagger calls places or people are typed by the
 * context a linguist reads: a cue noun, a role of the organisation, an example list, an agent verb;
 * each rule with its negative control (a known place that speaks, a person "chez" whom one goes).
 */
class OrganisationTypingTest {

    private static EntityType type(Article a, String canonical) {
        return EntityStageTest.entity(a, canonical).type();
    }

    @Test
    void tradeNounsAndKindComplementsTypeTheNameAfterThem() {
        Article a = EntityStageTest.analyse("Rachat dans l'automobile",
                "Le constructeur automobile Dacovia a présenté son nouveau modèle. Le groupe de rock Nada Surf jouera "
                        + "au festival, selon l'agence de presse Yonhap. La start-up Qonto a levé des fonds auprès de la "
                        + "banque Natixis.");
        assertEquals(EntityType.ORG, type(a, "Dacovia"));
        assertEquals(EntityType.ORG, type(a, "Nada Surf"));
        assertEquals(EntityType.ORG, type(a, "Yonhap"));
        assertEquals(EntityType.ORG, type(a, "Qonto"));
        assertEquals(EntityType.ORG, type(a, "Natixis"));
    }

    @Test
    void aWorkingGroupIsNoName() {
        Article a = EntityStageTest.analyse("Réforme des retraites",
                "Le groupe de travail a rendu ses conclusions mardi. Le groupe de travail sur les retraites se réunira à "
                        + "Lyon en mars.");
        assertTrue(a.entities().stream().map(Entity::canonical).noneMatch(n -> n.toLowerCase().contains("travail")),
                a.entities().toString());
        assertEquals(EntityType.LOC, type(a, "Lyon"));
    }

    @Test
    void aRoleOfTheOrganisationTypesItThroughDe() {
        Article a = EntityStageTest.analyse("Électricité : la facture va augmenter",
                "Les 25 millions d'abonnés d'Enedis verront leurs factures augmenter. Le PDG de Castorama a défendu "
                        + "ses prix.");
        assertEquals(EntityType.ORG, type(a, "Enedis"));
        assertEquals(EntityType.ORG, type(a, "Castorama"));
    }

    @Test
    void aRoleRightBeforeANameIsATitleAndAPlaceStaysAPlace() {
        Article a = EntityStageTest.analyse("Renault",
                "Le PDG Carlos Ghosn a été arrêté au Japon. Les salariés de Toulouse ont manifesté devant la préfecture.");
        assertEquals(EntityType.PER, type(a, "Carlos Ghosn"));
        assertEquals(EntityType.LOC, type(a, "Japon"));
        assertEquals(EntityType.LOC, type(a, "Toulouse"));
    }

    @Test
    void chezAShopIsAnOrganisationChezAPersonStaysAPerson() {
        Article a = EntityStageTest.analyse("Gaz en bouteille",
                "Il a fait un stage chez Cdiscount. Il travaillait chez Vallourec. Les ventes chez Butagaz ont baissé. "
                        + "Il devait dîner chez Marie. La veille, il était passé chez Michel Dupont.");
        assertEquals(EntityType.ORG, type(a, "Butagaz"));
        assertEquals(EntityType.PER, type(a, "Marie"));
        assertEquals(EntityType.PER, type(a, "Michel Dupont"));
    }

    @Test
    void examplesOfShopsAreOrganisations() {
        Article a = EntityStageTest.analyse("Pénurie en Essonne",
                "D'autres enseignes comme Bricorama ont signalé avoir écoulé leurs stocks. Des magasins tels que Weldom "
                        + "ont été dévalisés.");
        assertEquals(EntityType.ORG, type(a, "Bricorama"));
        assertEquals(EntityType.ORG, type(a, "Weldom"));
    }

    @Test
    void aNameCoordinatedWithACuedOneIsOfItsKindButNotAnApposedPerson() {
        Article a = EntityStageTest.analyse("Pénurie en Essonne",
                "Une situation qui n'a rien d'un cas isolé. D'autres magasins comme le Bricorama de Villabé ou bien le "
                        + "Castorama de Montgeron-Vigneux-sur-Seine ont également signalé avoir écoulé tous leurs stocks "
                        + "de ce produit. \"Un ours doit être lâché\", a pour sa part regretté la vice-présidente de "
                        + "l'ONG Ferus, Sabine Matraire.");
        assertEquals(EntityType.ORG, type(a, "Bricorama"));
        assertEquals(EntityType.ORG, type(a, "Castorama"));
        assertEquals(EntityType.LOC, type(a, "Montgeron-Vigneux-sur-Seine"));
        assertEquals(EntityType.ORG, type(a, "Ferus"));
        assertEquals(EntityType.PER, type(a, "Sabine Matraire"));
    }

    @Test
    void namesListedWithACuedOneShareItsType() {
        Article a = EntityStageTest.analyse("Bricolage",
                "Les enseignes Castorama, Weldom et Bricorama ont été prises d'assaut samedi dans la région.");
        assertEquals(EntityType.ORG, type(a, "Castorama"));
        assertEquals(EntityType.ORG, type(a, "Weldom"));
        assertEquals(EntityType.ORG, type(a, "Bricorama"));
    }

    @Test
    void aListGoesOnPastALowerCaseWordLeftOutOfAName() {
        Article a = EntityStageTest.analyse("Électricité",
                "L'État a accepté que l'entreprise revende à ses concurrents (Engie, Butagaz, Cdiscount énergie ou Total "
                        + "Direct Energie) son électricité d'origine nucléaire. Le train passe par Lyon, Dijon centre et "
                        + "Besançon.");
        assertEquals(EntityType.ORG, type(a, "Total Direct Energie"));
        // places listed with no well-known company keep their type
        assertEquals(EntityType.LOC, type(a, "Besançon"));
    }

    @Test
    void anUnknownPlaceThatSpeaksOrActsIsAnAgent() {
        Article a = EntityStageTest.analyse("Rachat",
                "Cdiscount a racheté la marque en mars. Castorama emploie 300 personnes dans le département. L'homme a "
                        + "menacé ses voisins, rapporte Lyonmag. Deux personnes ont été blessées, selon Actu17.");
        assertEquals(EntityType.ORG, type(a, "Cdiscount"));
        assertEquals(EntityType.ORG, type(a, "Castorama"));
        assertEquals(EntityType.ORG, type(a, "Lyonmag"));
    }

    @Test
    void aKnownPlaceThatSpeaksStaysAPlace() {
        // capital-city metonymy keeps the place type, as the gold does ("Moscou", "Ankara")
        Article a = EntityStageTest.analyse("Sanctions",
                "Washington a annoncé de nouvelles sanctions. La Tunisie a indiqué qu'elle fermerait ses frontières. "
                        + "Moscou a démenti. Pyongyang n'a confirmé aucun cas de Covid-19. Finalement, le Vatican explique "
                        + "que le pape a voulu éviter de propager des microbes. La Hollande a voté contre le texte.");
        assertEquals(EntityType.LOC, type(a, "Hollande"));
        assertEquals(EntityType.LOC, type(a, "Pyongyang"));
        assertEquals(EntityType.LOC, type(a, "Vatican"));
        assertEquals(EntityType.LOC, type(a, "Washington"));
        assertEquals(EntityType.LOC, type(a, "Tunisie"));
        assertEquals(EntityType.LOC, type(a, "Moscou"));
    }

    @Test
    void aNameBeforeAnotherSubjectOrInsideACoordinationIsNoAgent() {
        Article a = EntityStageTest.analyse("Météo",
                "Vents à 100 km/h et fortes pluies en Haute-Garonne, Gers, Aveyron, Cher précise Météo France. "
                        + "Le président des régions Bretagne et Normandie a déclaré que l'État devait agir.");
        assertEquals(EntityType.LOC, type(a, "Cher"));
        assertEquals(EntityType.LOC, type(a, "Normandie"));
    }

    @Test
    void aSourceNamedWithAGivenNameIsNoOrganisation() {
        // the tagger calls this heading's person a place; "selon" must not make her a company
        Article a = EntityStageTest.analyse("Miss France", "\"AUCUN TRAITEMENT DE FAVEUR, SELON SYLVIE TELLIER\" Du côté du comité, on nie "
                + "les accusations.");
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.ORG
                && e.canonical().equalsIgnoreCase("Sylvie Tellier")), a.entities().toString());
    }

    @Test
    void aPlaceUseElsewhereInTheArticleVetoesTheAgentCue() {
        Article a = EntityStageTest.analyse("Inondations",
                "Une crèche a fermé à Grigny. Grigny a annoncé la fermeture des écoles.");
        assertEquals(EntityType.LOC, type(a, "Grigny"));
    }

    @Test
    void oneCuedMentionTypesTheWholeEntity() {
        Article a = EntityStageTest.analyse("Bricolage",
                "Castorama a rouvert ses portes. À Montgeron, Castorama accueille les clients. L'enseigne Castorama "
                        + "vend des masques.");
        assertEquals(EntityType.ORG, type(a, "Castorama"));
        assertEquals(EntityType.LOC, type(a, "Montgeron"));
    }

    @Test
    void newsOutletsCitedAsSourcesAreOrganisationsAndTheirTownsStayPlaces() {
        Article a = EntityStageTest.analyse("Nice : un incendie ravage un entrepôt",
                "\"On a tout perdu\", a confié à Franceinfo le gérant de l'entrepôt. Le feu a pris vers 3 heures à Nice, "
                        + "rapporte Nice-Matin. D'après Mediapart, l'entrepôt n'était plus assuré. Le maire a expliqué "
                        + "à Cnews qu'une enquête était ouverte.");
        assertEquals(EntityType.ORG, type(a, "Franceinfo"));
        assertEquals(EntityType.ORG, type(a, "Nice-Matin"));
        assertEquals(EntityType.ORG, type(a, "Mediapart"));
        assertEquals(EntityType.ORG, type(a, "Cnews"));
        assertEquals(EntityType.LOC, type(a, "Nice"));
    }

    @Test
    void housesFirmsPublishersAndLegalFormsTypeACompanyTheTaggerCallsAPerson() {
        Article a = EntityStageTest.analyse("Mode : la maison Dior rend hommage à Karl Lagerfeld",
                "La maison Dior a organisé un dîner à Saint-Tropez. Selon le cabinet Secafi, le télétravail pèse sur "
                        + "les salariés. Son livre, publié chez Flammarion, sort en octobre. Les passagers de la compagnie "
                        + "low cost Easyjet ont eu peur. Selon Dumont SA, les commandes baissent. Le chiffre d'affaires de "
                        + "Kervalis a baissé de 3 %.");
        for (String company : java.util.List.of("Dior", "Secafi", "Flammarion", "Easyjet", "Dumont SA", "Kervalis")) {
            assertEquals(EntityType.ORG, type(a, company), company);
        }
    }

    @Test
    void aCompanyNamedAfterAFamilyIsNotThePersonAndARealPersonAfterACueStays() {
        Article a = EntityStageTest.analyse("Médias : Vincent Bolloré passe la main",
                "Vincent Bolloré a quitté la présidence du groupe Bolloré. Le patron du groupe, Jean Dupont, a démissionné "
                        + "mardi. Le directeur de cabinet Meadows a démissionné. Une employée de maison du couple Balkany a "
                        + "témoigné contre Isabelle Balkany.");
        assertEquals(EntityType.PER, type(a, "Vincent Bolloré"));
        assertEquals(EntityType.ORG, type(a, "Bolloré"));
        assertEquals(EntityType.PER, type(a, "Jean Dupont"));
        // a cue noun after a bare de is a role's complement; the owners of a house stay people
        assertTrue(EntityStageTest.entity(a, "Meadows").type() != EntityType.ORG);
        assertEquals(EntityType.PER, type(a, "Isabelle Balkany"));
        assertTrue(EntityStageTest.mentions(EntityStageTest.entity(a, "Isabelle Balkany")).size() == 2,
                EntityStageTest.mentions(EntityStageTest.entity(a, "Isabelle Balkany")).toString());
    }
}
