package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;

/**
 * Celebrity and crime news name a person by the given name alone once the full name is given
 * ("Des facettes d'Harvey"); it is an alias of the one person of the article whose name starts
 * with it, and of no one when two people share it.
 */
class GivenNameAliasTest {

    @Test
    void aGivenNameAloneIsTheOnePersonWhoseNameStartsWithIt() {
        Article a = EntityStageTest.analyse("Cinéma : l'actrice prend la défense du producteur",
                "L'actrice a longtemps travaillé avec Harvey Weinstein. \"Des facettes d'Harvey, j'en connais beaucoup, "
                        + "vu que j'ai travaillé avec lui à plusieurs reprises\", a-t-elle confié à Closer.");
        Entity weinstein = EntityStageTest.entity(a, "Harvey Weinstein");
        assertTrue(EntityStageTest.mentions(weinstein).contains("Harvey"), EntityStageTest.mentions(weinstein).toString());
    }

    @Test
    void aGivenNameTwoPeopleShareStaysApart() {
        Article a = EntityStageTest.analyse("Fusillade : deux frères blessés",
                "Julien Morel et Julien Garnier ont été blessés samedi soir à Lyon. \"Julien a perdu beaucoup de sang\", "
                        + "a raconté un voisin.");
        for (String full : List.of("Julien Morel", "Julien Garnier")) {
            List<String> m = EntityStageTest.mentions(EntityStageTest.entity(a, full));
            assertFalse(m.contains("Julien"), full + " " + m);
        }
    }

    @Test
    void aWitnessIntroducedByAnAgeIsNoNamesake() {
        Article a = EntityStageTest.analyse("Incendie à Roubaix : les habitants relogés",
                "Le maire, Julien Morel, s'est rendu sur place samedi. \"On a tout perdu\", raconte Julien, 34 ans, "
                        + "locataire au troisième étage. Julien dort depuis chez sa soeur.");
        List<String> m = EntityStageTest.mentions(EntityStageTest.entity(a, "Julien Morel"));
        assertFalse(m.contains("Julien"), "the witness is not the mayor: " + m);
    }
}
