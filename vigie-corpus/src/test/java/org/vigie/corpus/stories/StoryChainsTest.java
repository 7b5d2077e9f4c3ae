package org.vigie.corpus.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Span;

/**
 * Chaining: single-link stories join unrelated topics through one bridging article. Hand-written
 * French articles (this file's own text) of March 2021, clustered after the 40 real sample
 * articles (2018-2020, outside the window: they only give the word statistics a real corpus has).
 * The nearest-article rule alone ({@code withChainGate(0, 0)}) is run too, to show each fixture
 * does chain without the gate.
 */
class StoryChainsTest {

    private static final List<Article> BACKGROUND = new ArrayList<>();

    // A: the closure of Renault's Flins plant.
    static final Article FLINS = article("flins", "2021-03-10",
            "Renault va cesser l'assemblage de voitures dans son usine de Flins",
            "Le constructeur automobile Renault a confirmé la fin de l'assemblage de voitures à Flins, dans les Yvelines,"
                    + " où travaillent 2.600 salariés.",
            "La direction de Renault a présenté mardi son plan de réorganisation aux représentants du personnel.",
            "L'usine de Flins, qui produit la Zoe électrique, arrêtera l'assemblage de véhicules d'ici 2024 et sera"
                    + " reconvertie dans le recyclage des batteries.",
            "La CGT dénonce une « trahison » et appelle à la grève devant les grilles de l'usine.",
            "Les ouvriers de Flins craignent pour leurs emplois malgré les promesses de reclassement.",
            "Le constructeur veut économiser deux milliards d'euros de coûts fixes.");
    // B: the State's loans to Renault and to Air France (the bridge: near A and near C).
    static final Article LOANS = article("loans", "2021-03-10",
            "L'État accorde un prêt garanti de cinq milliards d'euros à Renault et de sept milliards à Air France",
            "Bruno Le Maire a confirmé les deux prêts garantis par l'État au constructeur Renault et à la compagnie"
                    + " Air France, frappés par la crise.",
            "Le prêt à Renault, garanti par l'État, doit permettre au constructeur de traverser la crise, a affirmé le"
                    + " ministre de l'Économie.",
            "En échange, Renault s'engage à ne pas arrêter l'usine de Flins sans concertation.",
            "Air France recevra sept milliards d'euros, dont quatre milliards de prêts bancaires garantis par l'État et"
                    + " trois milliards de prêt direct.",
            "La compagnie aérienne Air France devra renoncer à des vols intérieurs et réduire ses émissions de CO2.",
            "Bruno Le Maire exclut une nationalisation.");
    // C: Air France drops domestic flights (nothing to do with Renault's plant).
    static final Article FLIGHTS = article("flights", "2021-03-11",
            "Air France renonce à ses vols intérieurs vers Bordeaux, Nantes et Lyon",
            "La compagnie aérienne Air France abandonne les lignes intérieures quand une alternative en train de moins"
                    + " de deux heures trente existe.",
            "Air France renonce aux vols entre Orly et Bordeaux, Nantes et Lyon.",
            "Les passagers de la compagnie aérienne devront prendre le TGV.",
            "Les pilotes du SNPL s'inquiètent des suppressions de postes chez Air France et sa filiale Hop.",
            "Les aéroports régionaux redoutent une baisse du trafic de passagers.",
            "La compagnie promet de réduire de moitié ses émissions de CO2 sur les vols intérieurs.");
    // Another report of A's event in other words, and a follow-up the next day.
    static final Article FLINS_OTHER_WORDS = article("flins-2", "2021-03-10",
            "Yvelines : fin de la production automobile à Flins en 2024",
            "Le groupe au losange arrêtera de produire des véhicules sur son site historique de Flins-sur-Seine.",
            "Renault l'a annoncé aux syndicats : plus aucune voiture ne sortira des chaînes de Flins après 2024.",
            "Le site, ouvert en 1952, deviendra une « Re-Factory » consacrée au recyclage et au reconditionnement.",
            "Les élus des Yvelines redoutent la perte de milliers d'emplois chez les sous-traitants.",
            "La CGT parle d'un « plan social déguisé ».");
    static final Article FLINS_NEXT_DAY = article("flins-3", "2021-03-11",
            "Grève à l'usine Renault de Flins au lendemain de l'annonce",
            "Plusieurs centaines d'ouvriers ont cessé le travail mercredi à Flins, à l'appel de la CGT.",
            "Les grévistes ont bloqué l'entrée de l'usine Renault dès l'aube.",
            "Ils réclament des garanties sur l'emploi après la fin annoncée de l'assemblage des voitures en 2024.",
            "La direction assure que les salariés seront reclassés dans l'activité de recyclage.");

    @BeforeAll
    static void background() throws IOException {
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("../samples/orangesum/orangesum-sample.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode j = m.readTree(line);
            BACKGROUND.add(Article.compose(j.get("title").asText(), j.get("heading").asText(), List.of(j.get("article").asText()))
                    .withMetadata(new Metadata(null, null, null, List.of(), j.get("date").asText(), "meta", null, null))
                    .withSourceId(j.get("id").asText()));
        }
    }

    private static StoryClusters clusters(StoryConfig config, Article... articles) {
        StoryClusters s = new StoryClusters(config);
        for (Article a : BACKGROUND) s.add(a);
        for (Article a : articles) s.add(a);
        return s;
    }

    private static String story(StoryClusters s, Article a) {
        return s.storyId(a.id()).orElseThrow();
    }

    @Test
    void aBridgingArticleDoesNotChainTwoUnrelatedTopicsIntoOneStory() {
        StoryClusters nearestOnly = clusters(StoryConfig.DEFAULT.withChainGate(0, 0), FLINS, LOANS, FLIGHTS);
        assertEquals(story(nearestOnly, FLINS), story(nearestOnly, FLIGHTS), "the fixture chains without the gate");

        StoryClusters s = new StoryClusters();
        for (Article a : BACKGROUND) s.add(a);
        s.add(FLINS);
        StoryClusters.Assignment loans = s.add(LOANS);
        StoryClusters.Assignment flights = s.add(FLIGHTS);
        assertFalse(loans.newStory(), "the loans (Renault, Flins) join the Flins story");
        assertEquals(story(s, FLINS), loans.storyId());
        assertTrue(flights.newStory(), "Air France's flights are linked to the loans only, not to Flins: " + flights);
        assertNotEquals(story(s, FLINS), story(s, FLIGHTS));
        assertEquals(2, s.story(story(s, FLINS)).orElseThrow().size());
    }

    @Test
    void twoReportsOfOneEventInOtherWordsAndTheNextDaysFollowUpStillJoin() {
        StoryClusters s = clusters(StoryConfig.DEFAULT, FLINS, FLINS_OTHER_WORDS, FLINS_NEXT_DAY);
        String flins = story(s, FLINS);
        assertEquals(flins, story(s, FLINS_OTHER_WORDS), "the same closure told in other words");
        // The gate is in play: the follow-up must be linked to both earlier members, not to one.
        assertEquals(flins, story(s, FLINS_NEXT_DAY), "the strike the next day continues the story");
        Story view = s.story(flins).orElseThrow();
        assertEquals(3, view.size());
        assertEquals(List.of("2021-03-10", "2021-03-11"), List.copyOf(view.days().keySet()));
    }

    @Test
    void theEventStillGrowsWhenABridgeHasJoinedIt() {
        // The loans joined the Flins story (they are about it too); the next day's strike still joins,
        // while the Air France flights, linked to the loans alone, start their own story.
        StoryClusters s = clusters(StoryConfig.DEFAULT, FLINS, FLINS_OTHER_WORDS, LOANS, FLIGHTS, FLINS_NEXT_DAY);
        String flins = story(s, FLINS);
        assertEquals(flins, story(s, FLINS_NEXT_DAY));
        assertNotEquals(flins, story(s, FLIGHTS));
    }

    @Test
    void sharedNamesAloneDoNotMakeAStory() {
        // Two unrelated briefs naming the same three entities (the minister, his ministry, the
        // country): the entity bonus used to reach the threshold by itself (3 x 0.05 = 0.15) once
        // the texts shared any term; it now needs the texts to be linked first.
        Article plant = withEntities(article("flins-named", "2021-03-10", FLINS.title(), FLINS.standfirst(),
                "Bruno Le Maire suit le dossier à Bercy."), "Bruno Le Maire", "Bercy", "France");
        Article flights = withEntities(article("flights-named", "2021-03-10", FLIGHTS.title(), FLIGHTS.standfirst(),
                "Bruno Le Maire a validé la décision."), "Bruno Le Maire", "Bercy", "France");
        // The texts share a name but are not linked: cosine under the link floor.
        StoryClusters.Assignment text = clusters(new StoryConfig(0.001, 0, 0, 2, 40, 0, 0), plant).add(flights);
        assertFalse(text.newStory());
        assertTrue(text.score() > 0 && text.score() < StoryConfig.DEFAULT.linkFloor(), "cosine " + text.score());
        StoryClusters before = clusters(new StoryConfig(0.15, 0.05, 0.15, 2, 40, 0, 0), plant, flights);
        assertEquals(story(before, plant), story(before, flights), "without the floor, three shared names make a story");
        StoryClusters s = clusters(StoryConfig.DEFAULT, plant, flights);
        assertNotEquals(story(s, plant), story(s, flights));
    }

    private static Article article(String id, String date, String title, String standfirst, String... paragraphs) {
        return Article.compose(title, standfirst, List.of(paragraphs))
                .withMetadata(new Metadata(null, null, null, List.of(), date, "meta", null, null)).withSourceId(id);
    }

    private static Article withEntities(Article a, String... names) {
        List<Entity> out = new ArrayList<>();
        // Resolved as a linker would: the minister also stands for his ministry and country.
        int at = a.text().indexOf(names[0]);
        assertTrue(at >= 0, names[0] + " in " + a.sourceId());
        Span mention = new Span(at, at + names[0].length(), names[0]);
        EntityType[] types = {EntityType.PER, EntityType.ORG, EntityType.LOC};
        for (int i = 0; i < names.length; i++) out.add(new Entity(names[i], types[i], null, List.of(mention)));
        return a.withEntities(out);
    }
}
