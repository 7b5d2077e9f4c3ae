package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;

/**
 * Capitalised words the French tagger takes for names on wire copy, found by auditing the entities
 * of OrangeSum articles (bench {@code EntityChanges}): offices ("le Premier ministre"), peoples
 * ("les Britanniques", "les Parisiens"), streets and buildings cut from their head ("boulevard
 * [Haussmann]"), each with a control the rule must keep.
 */
class NotANameTest {

    @Test
    void anOfficeIsNoNameAndTheNameAfterItIsItsHolder() {
        Article a = EntityStageTest.analyse("Déconfinement : le gouvernement précise les règles",
                "Le Premier ministre Édouard Philippe a présenté mardi le plan de déconfinement devant les députés. "
                        + "\"Nous devrons vivre avec le virus\", a déclaré le Premier ministre. A Cardiff, le Premier "
                        + "ministre gallois, Mark Drakeford, a maintenu le confinement. Les cérémonies prévues pour le "
                        + "centenaire de la Première Guerre mondiale sont annulées.");
        assertTrue(EntityStageTest.canonicals(a).stream().noneMatch(n -> n.startsWith("Premier")), EntityStageTest.canonicals(a).toString());
        Entity philippe = EntityStageTest.entity(a, "Édouard Philippe");
        assertEquals(EntityType.PER, philippe.type());
        assertTrue(EntityStageTest.mentions(philippe).contains("Premier ministre"), EntityStageTest.mentions(philippe).toString());
        // a regional head of government is not the state's: "gallois" names another office
        Entity drakeford = EntityStageTest.entity(a, "Mark Drakeford");
        assertTrue(EntityStageTest.mentions(drakeford).contains("Premier ministre gallois"), EntityStageTest.mentions(drakeford).toString());
        assertTrue(EntityStageTest.mentions(philippe).stream().noneMatch(m -> m.contains("gallois")), EntityStageTest.mentions(philippe).toString());
        // control: a name that starts with the same word
        assertTrue(EntityStageTest.canonicals(a).contains("Première Guerre mondiale"), EntityStageTest.canonicals(a).toString());
    }

    @Test
    void commonNounsWrittenAsAcronymsAreNoNames() {
        Article a = EntityStageTest.analyse("Covid-19 : un foyer dans un Ehpad de la Drôme",
                "Les résidents de l'Ehpad ont été testés mardi, selon l'Agence régionale de santé. Un SMS a été envoyé aux "
                        + "familles. Les excès de vitesse (supérieurs à 50 km/h au-dessus de la vitesse autorisée, NDLR) ont "
                        + "augmenté, a indiqué la préfecture de la Drôme. La ville veut réduire ses émissions de CO2 d'ici 2030.");
        List<String> names = EntityStageTest.canonicals(a);
        for (String noun : List.of("Ehpad", "SMS", "NDLR", "CO2", "CO")) assertFalse(names.contains(noun), noun + " in " + names);
        assertTrue(names.stream().anyMatch(n -> n.contains("Drôme")), names.toString());
    }

    @Test
    void aPeopleIsNoNameButTheDailyAndTheCountryStay() {
        Article a = EntityStageTest.analyse("Confinement : les Parisiens ressortent",
                "Comme les Britanniques et les Allemands, les Parisiens ont profité du beau temps samedi, rapporte "
                        + "Le Parisien. Les Européens attendent la réouverture des frontières. En Suisse, les Kurdes ont "
                        + "manifesté devant l'ambassade de Turquie.");
        List<String> names = EntityStageTest.canonicals(a);
        for (String people : List.of("Britanniques", "Allemands", "Parisiens", "Européens", "Kurdes")) {
            assertTrue(!names.contains(people), people + " in " + names);
        }
        assertEquals(EntityType.ORG, EntityStageTest.entity(a, "Le Parisien").type());
        assertEquals(EntityType.LOC, EntityStageTest.entity(a, "Suisse").type());
        assertEquals(EntityType.LOC, EntityStageTest.entity(a, "Turquie").type());
    }

    @Test
    void aStreetOrBuildingNamedAfterSomeoneIsAPlaceWithItsHead() {
        Article a = EntityStageTest.analyse("Paris : une fillette grièvement blessée",
                "La fillette a été transportée mercredi à l'hôpital Necker, dans le XVe arrondissement. Les faits se sont "
                        + "produits boulevard Haussmann, devant un magasin. Le proviseur de l'école, Pierre Martin, a "
                        + "confirmé l'information au Parisien.");
        assertEquals(EntityType.LOC, EntityStageTest.entity(a, "hôpital Necker").type());
        assertEquals(EntityType.LOC, EntityStageTest.entity(a, "boulevard Haussmann").type());
        assertTrue(!EntityStageTest.canonicals(a).contains("Necker") && !EntityStageTest.canonicals(a).contains("Haussmann"), EntityStageTest.canonicals(a).toString());
        // control: a person named after the noun and a comma stays a person
        assertEquals(EntityType.PER, EntityStageTest.entity(a, "Pierre Martin").type());
    }

    @Test
    void anOfficeTheTaggerCutsIntoIsNoNameAndItsHolderStays() {
        Article a = EntityStageTest.analyse("Cérémonie du 8-Mai : un hommage restreint",
                "Le président de la République a déposé une gerbe. Le procureur de la République de Rennes, Nicolas "
                        + "Jacquet, a ouvert une enquête. La garde des Sceaux Nicole Belloubet et la secrétaire d'Etat "
                        + "Geneviève Darrieussecq l'accompagnaient, tout comme le secrétaire d'Etat aux Transports. "
                        + "\"Ils sont les ennemis de notre République\", a-t-elle dit place de la République.");
        List<String> names = EntityStageTest.canonicals(a);
        assertTrue(names.stream().noneMatch(n -> n.contains("Sceaux") || n.startsWith("Etat") || n.startsWith("République")), names.toString());
        assertEquals(EntityType.LOC, EntityStageTest.entity(a, "Rennes").type());
        assertEquals(EntityType.PER, EntityStageTest.entity(a, "Nicole Belloubet").type());
        assertEquals(EntityType.PER, EntityStageTest.entity(a, "Geneviève Darrieussecq").type());
        // controls: a place named after the Republic, and names that go on past the office's words
        assertEquals(EntityType.LOC, EntityStageTest.entity(a, "place de la République").type());
        Article b = EntityStageTest.analyse("Iran", "Le président de la République islamique a reçu le chef de l'Etat "
                + "islamique en Irak selon la République tchèque.");
        assertTrue(EntityStageTest.canonicals(b).contains("République islamique"), EntityStageTest.canonicals(b).toString());
        assertTrue(EntityStageTest.canonicals(b).contains("République tchèque"), EntityStageTest.canonicals(b).toString());
    }

    @Test
    void aForeignMinistersPortfolioIsNoNameAndAPartyNamedAfterTheRepublicStays() {
        Article a = EntityStageTest.analyse("Diplomatie : Sofia salue l'accord",
                "Le ministre bulgare des Affaires étrangères Ekaterina Zaharieva a salué l'accord. Le médiateur de La "
                        + "République en marche a été saisi mardi.");
        List<String> names = EntityStageTest.canonicals(a);
        assertTrue(names.stream().noneMatch(n -> n.contains("Affaires")), names.toString());
        assertEquals(EntityType.PER, EntityStageTest.entity(a, "Ekaterina Zaharieva").type());
        // control: "médiateur de la République" is an office, but here the name goes on
        assertEquals(EntityType.ORG, EntityStageTest.entity(a, "La République en marche").type());
    }
}
