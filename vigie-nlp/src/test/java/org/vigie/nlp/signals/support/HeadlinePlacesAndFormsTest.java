package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;

/**
 * Forms under which wire bodies support a headline's place or name that the words alone miss,
 * each with a control the stage must still flag: a whole place whose part the story names, a
 * town's demonym, a nation of the United Kingdom, an acronym of a camel-case name, metonyms.
 */
class HeadlinePlacesAndFormsTest {

    private final HeadlineSupportStage stage = new HeadlineSupportStage();

    private List<String> headline(Article a) {
        List<Signal> s = signals(stage, a, HeadlineSupportStage.HEADLINE);
        return s.isEmpty() ? List.of() : evidence(s.get(0));
    }

    private List<String> standfirst(Article a) {
        List<Signal> s = signals(stage, a, HeadlineSupportStage.STANDFIRST);
        return s.isEmpty() ? List.of() : evidence(s.get(0));
    }

    @Test
    void aRegionIsSupportedByItsCitiesOneWay() {
        String title = "Un homme accusé d'avoir empoisonné des sans-abri en Californie";
        assertEquals(List.of(), headline(article(title, null,
                "Les victimes ont été intoxiquées dans la ville de Huntington Beach, au sud de Los Angeles, précise le procureur.")));
        assertEquals(List.of("Californie"), headline(article(title, null,
                "Les victimes ont été intoxiquées dans la ville de Pasadena, au nord de Houston, précise le procureur.")));
        // the reverse is no support: the body's region does not name the headline's city
        assertEquals(List.of("Los Angeles"), headline(article("Un homme accusé d'avoir empoisonné des sans-abri à Los Angeles",
                null, "Les victimes ont été intoxiquées en Californie, précise le procureur du comté.")));
    }

    @Test
    void aContinentIsSupportedByItsCountries() {
        String title = "En Asie, ces vies sauvées par le confinement";
        assertEquals(List.of(), headline(article(title, null,
                "En Thaïlande, le nombre de morts sur les routes a chuté de 60 %. Au Japon, les suicides ont reculé en avril.")));
        assertEquals(List.of("Asie"), headline(article(title, null,
                "Au Brésil, le nombre de morts sur les routes a chuté de 60 %. Au Chili, les suicides ont reculé en avril.")));
    }

    @Test
    void aDepartementIsSupportedByItsTownsWrittenAsNames() {
        String title = "Messe en voiture dans la Marne : allumez vos feux de détresse";
        assertEquals(List.of(), headline(article(title, null,
                "A Châlons-en-Champagne, la messe redémarre en voiture sur le parking du hall des expositions.")));
        assertEquals(List.of("Marne"), headline(article(title, null,
                "A Vannes, la messe redémarre en voiture sur le parking du hall des expositions.")));
        // a town named like a common word counts only written as a name: "Orange" the town, not the colour
        String vaucluse = "Un feu de forêt menace des habitations dans le Vaucluse";
        assertEquals(List.of(), headline(article(vaucluse, null, "Les pompiers luttaient toujours mardi soir contre les flammes près d'Orange.")));
        assertEquals(List.of("Vaucluse"), headline(article(vaucluse, null, "Les pompiers luttaient toujours mardi soir contre des flammes orange.")));
        // each capitalised word of a town's name must be written so: "Le Port" of La Réunion is not "Le port de Brest"
        String reunion = "Un cargo bloqué par la grève des dockers de La Réunion";
        assertEquals(List.of(), headline(article(reunion, null, "Le Port est bloqué depuis lundi : les dockers de la commune sont en grève.")));
        assertEquals(List.of("La Réunion"), headline(article(reunion, null, "Le port de Brest est bloqué depuis lundi : les dockers sont en grève.")));
    }

    @Test
    void aPlaceRubricStaysARubricOverABodyNamingOneOfItsTowns() {
        // the body names foreign countries too, which alone would make the rubric a claim again
        String title = "Moselle : Watson, l'otarie qui prédisait les victoires des Bleus, est morte";
        String body = "L'otarie Watson est morte vendredi au zoo d'Amnéville. Elle avait donné les Bleus vainqueurs face au Honduras, puis face à la Suisse.";
        assertEquals(List.of(), headline(article(title, null, body)));
        assertEquals(List.of("Moselle"), headline(article(title, null, body.replace("d'Amnéville", "de Beauval"))));
    }

    @Test
    void aTownInEsIsSupportedByItsDemonym() {
        String title = "Un bébé de 18 mois positif au cannabis à Antibes";
        assertEquals(List.of(), headline(article(title, null, "Les policiers ont découvert de la cocaïne au domicile d'un couple d'Antibois. Leur enfant de 18 mois a été contrôlé positif.")));
        assertEquals(List.of("Antibes"), headline(article(title, null, "Les policiers ont découvert de la cocaïne au domicile d'un couple de Niçois. Leur enfant de 18 mois a été contrôlé positif.")));
    }

    @Test
    void anEnglishmanIsSupportedByEngland() {
        String title = "Renversé par un bus, cet Anglais s'en sort indemne";
        assertEquals(List.of(), headline(article(title, null, "Un habitant de la ville de Reading, en Angleterre, a été percuté samedi par un bus.")));
        assertEquals(List.of("Anglais"), headline(article(title, null, "Un habitant de la ville de Cork, en Irlande, a été percuté samedi par un bus.")));
    }

    @Test
    void anAcronymMayBeTheCapitalsOfACamelCaseName() {
        String title = "Montbéliard : il achète une PS4 en la pesant au rayon fruits et légumes";
        String body = "Un jeune homme a acheté une console PlayStation 4 pour 9,29 euros au lieu de 340 dans un supermarché de Montbéliard.";
        assertEquals(List.of(), headline(article(title, null, body)));
        assertEquals(List.of("PS4"), headline(article(title, null, body.replace("PlayStation 4", "Xbox One"))));
        // the figure must be the body's too
        assertEquals(List.of("PS4"), headline(article(title, null, body.replace("PlayStation 4", "PlayStation 5"))));
    }

    @Test
    void theStateIsNoName() {
        String sf = "Le secrétaire d'État dénonce l'entourage trop parisien du président.";
        assertEquals(List.of(), standfirst(article("Darmanin critique l'entourage présidentiel", sf,
                "Gérald Darmanin critique l'entourage présidentiel, qu'il juge trop parisien, dans un portrait que lui consacre un hebdomadaire.")));
    }

    @Test
    void metonymsOfTeamsTitlesAndServices() {
        String body = "Le conducteur voulait voir le match opposant la France à la Croatie. L'ex-patron de Renault a posté un message "
                + "que le ministre a tweeté dans la soirée.";
        assertEquals(List.of(), standfirst(article("Flashé à 182 km/h pour ne pas rater la finale",
                "Il voulait suivre le match des Bleus. L'ancien PDG et le ministre sur Twitter.", body)));
        assertEquals(List.of("Bleus", "PDG", "Twitter"), standfirst(article("Flashé à 182 km/h pour ne pas rater la finale",
                "Il voulait suivre le match des Bleus. L'ancien PDG et le ministre sur Twitter.",
                "Le conducteur voulait voir la finale. Le fondateur de Renault a posté un message que le ministre a relayé dans la soirée.")));
    }
}
