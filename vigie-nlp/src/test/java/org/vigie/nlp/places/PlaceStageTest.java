package org.vigie.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Place;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;

/**
 * The resolution rules on entity layers written by hand (no tagger), so that each rule is checked
 * alone; {@link PlacesPipelineTest} runs the real pipeline on real sentences.
 */
class PlaceStageTest {

    private static final PlaceStage FRENCH = new PlaceStage(Gazetteer.bundled(), "fr");
    private static final PlaceStage ENGLISH = new PlaceStage(Gazetteer.bundled(), "en");

    /** An article (one paragraph per line of {@code text}) whose LOC entities are the given names (every occurrence a mention), tokens by words. */
    static Article article(String text, String language, String... places) {
        Article a = Article.compose("Titre", null, List.of(text.split("\n"))).withLanguage(language, 1.0);
        List<Entity> entities = new ArrayList<>();
        for (String p : places) {
            List<Span> mentions = new ArrayList<>();
            for (int i = a.text().indexOf(p); i >= 0; i = a.text().indexOf(p, i + 1)) {
                int end = i + p.length();
                if (end == a.text().length() || !Character.isLetter(a.text().charAt(end))) mentions.add(a.span(i, end));
            }
            assertTrue(!mentions.isEmpty(), p + " is not in the text");
            entities.add(new Entity(p, EntityType.LOC, null, mentions));
        }
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}'’-]+").matcher(a.text());
        while (m.find()) tokens.add(new Token(m.start(), m.end(), m.group()));
        return a.withEntities(entities).withSentences(List.of(new Sentence(0, a.text().length(), tokens)));
    }

    static Place place(Article a, String canonical) {
        return a.entities().stream().filter(e -> e.canonical().equals(canonical)).findFirst().orElseThrow().place();
    }

    static List<String> countries(Article a) {
        return a.countries().stream().map(CountryMentions::country).toList();
    }

    @Test
    void aFrenchExonymIsTheCityItNames() {
        Article a = FRENCH.process(article("Les bombardements ont repris sur Alep et Moscou dément.", "fr", "Alep", "Moscou"));
        Place alep = place(a, "Alep");
        assertEquals("SY", alep.country());
        assertEquals(Place.Kind.CITY, alep.kind());
        assertEquals(170063L, alep.geonamesId());
        assertEquals("Aleppo", alep.name());
        assertNotNull(alep.latitude());
        assertEquals("RU", place(a, "Moscou").country());
    }

    @Test
    void parisIsTheFrenchCapitalUnlessTheArticleNamesOnlyTheUnitedStates() {
        Article france = FRENCH.process(article("La manifestation a eu lieu à Paris samedi.", "fr", "Paris"));
        assertEquals("FR", place(france, "Paris").country(), "2.1 million people against 25,000 in Texas");
        Article texas = ENGLISH.process(article("The storm hit Paris, a small town of Texas, on Monday.", "en", "Paris", "Texas"));
        assertEquals("US", place(texas, "Paris").country(), "the article names Texas, a US state, and not France");
        assertEquals(Place.Kind.REGION, place(texas, "Texas").kind());
        Article far = FRENCH.process(article("Haussmann a rebâti Paris au XIXe siècle.\nLe mot fut employé en 1918 dans le Missouri.",
                "fr", "Paris", "Missouri"));
        assertEquals("FR", place(far, "Paris").country(),
                "one mention of a US state in another paragraph is weak evidence: population decides");
        Article both = ENGLISH.process(article("From Paris to Texas and back to France.", "en", "Paris", "Texas", "France"));
        assertEquals("FR", place(both, "Paris").country(), "both countries named: population decides");
    }

    @Test
    void georgiaIsTheCountryUnlessTheArticleIsAboutTheUnitedStates() {
        Article country = FRENCH.process(article("La Géorgie accuse la Russie ; à Tbilissi, le gouvernement proteste.", "fr",
                "Géorgie", "Russie", "Tbilissi"));
        assertEquals(new Place("GE", Place.Kind.COUNTRY, null, null, null, null), place(country, "Géorgie"));
        Article state = FRENCH.process(article("Les électeurs de Géorgie ont voté, à Atlanta comme ailleurs aux États-Unis.", "fr",
                "Géorgie", "Atlanta", "États-Unis"));
        assertEquals("US", place(state, "Géorgie").country());
        assertEquals(Place.Kind.REGION, place(state, "Géorgie").kind());
        Article english = ENGLISH.process(article("Voters in Georgia lined up in Atlanta.", "en", "Georgia", "Atlanta"));
        assertEquals("US", place(english, "Georgia").country(), "Atlanta is a US city, the evidence for the state");
        Article englishCountry = ENGLISH.process(article("Georgia said Russian troops had crossed the border.", "en", "Georgia"));
        assertEquals("GE", place(englishCountry, "Georgia").country(), "a country's name is the country by default");
    }

    @Test
    void anAmbiguousCityIsLeftUnresolvedUnlessTheArticleNamesItsCountry() {
        Article alone = ENGLISH.process(article("Flooding hit Victoria overnight.", "en", "Victoria"));
        assertNull(place(alone, "Victoria"), "Victoria: a Canadian city, an Australian state, the Seychelles' capital...");
        Article canada = ENGLISH.process(article("Flooding hit Victoria overnight, Canadian officials said.", "en", "Victoria"));
        assertEquals("CA", place(canada, "Victoria").country(), "the nationality word names Canada");
    }

    @Test
    void aNameFollowedByANumberIsAChannelNotAPlace() {
        Article a = FRENCH.process(article("Il l'a dit sur Europe 1 puis sur France 2, avant de partir en France.", "fr",
                "Europe", "France"));
        assertNull(place(a, "Europe"), "Europe 1 is a radio station");
        assertEquals("FR", place(a, "France").country(), "one of its mentions is the country");
        assertEquals(List.of(new CountryMentions("FR", 1)), a.countries(), "France 2 does not count for France");
    }

    @Test
    void vienneIsTheAustrianCapitalUnlessTheArticleIsAboutFrance() {
        assertEquals("AT", place(FRENCH.process(article("Les négociations ont repris à Vienne avec l'Iran.", "fr", "Vienne", "Iran")),
                "Vienne").country());
        Article dept = FRENCH.process(article("Le député de la Vienne a voté contre. La France débat.", "fr", "Vienne", "France"));
        assertEquals(new Place("FR", Place.Kind.REGION, null, null, null, null), place(dept, "Vienne"));
    }

    @Test
    void aCityOfSeveralInOneCountryIsTheOneInTheDivisionTheArticleNames() {
        Article vermont = FRENCH.process(article("L'ancien maire de Burlington, dans le Vermont, a parlé aux États-Unis.", "fr",
                "Burlington", "Vermont", "États-Unis"));
        Place burlington = place(vermont, "Burlington");
        assertEquals(5234372L, burlington.geonamesId(), "Burlington, Vermont, not the larger one of North Carolina");
        Article ontario = ENGLISH.process(article("Flooding hit Burlington, Ontario, Canadian officials said.", "en",
                "Burlington", "Ontario"));
        assertEquals("CA", place(ontario, "Burlington").country());
        Article unnamed = ENGLISH.process(article("Springfield voted on Tuesday, US officials said.", "en", "Springfield"));
        assertEquals(4409896L, place(unnamed, "Springfield").geonamesId(), "no division named: the most populous");
    }

    @Test
    void inFrenchANameAfterAnArticleIsNoCity() {
        Article a = FRENCH.process(article("Le Brésil, le Chili, le Salvador et l'Italie l'ont suspendu. Au Brésil, rien.", "fr",
                "Brésil", "Chili", "Salvador", "Italie"));
        assertEquals(new Place("SV", Place.Kind.COUNTRY, null, null, null, null), place(a, "Salvador"),
                "not Salvador de Bahia, though Brazil is named twice");
        Article city = FRENCH.process(article("Le carnaval de Salvador a attiré un million de personnes au Brésil.", "fr",
                "Salvador", "Brésil"));
        assertEquals("BR", place(city, "Salvador").country(), "without an article, the city of the country named beside it");
    }

    @Test
    void aSmallTownOfACountryTheArticleNamesNowhereElseIsNotTaken() {
        Article a = FRENCH.process(article("Elle joue au théâtre dans « Libres sont les papillons ».", "fr", "Libres"));
        assertNull(place(a, "Libres"), "Libres, Mexico, 25,000 people: the title of a play");
        Article b = FRENCH.process(article("La collision s'est produite près de Corato, dans les Pouilles, en Italie.", "fr",
                "Corato", "Italie"));
        assertEquals("IT", place(b, "Corato").country(), "a town of 46,000 people in the country the article names");
    }

    @Test
    void oceansAreRegionsOfNoCountry() {
        Article a = FRENCH.process(article("Des îles de plastique dans le Pacifique ou l'Atlantique.", "fr", "Pacifique", "Atlantique"));
        assertEquals(new Place(null, Place.Kind.REGION, null, null, null, null), place(a, "Atlantique"),
                "not the Atlantique department of Benin");
        assertTrue(a.countries().isEmpty());
    }

    @Test
    void anUnknownNameGetsNoPlace() {
        Article a = FRENCH.process(article("Il habite à Zorglubville depuis peu.", "fr", "Zorglubville"));
        assertNull(place(a, "Zorglubville"));
        assertTrue(a.countries().isEmpty());
    }

    @Test
    void nonPlaceEntitiesAreLeftAlone() {
        Article a = article("Nice a dit oui.", "fr");
        a = a.withEntities(List.of(new Entity("Nice", EntityType.PER, null, List.of(a.span(a.text().indexOf("Nice"), a.text().indexOf("Nice") + 4)))));
        Article out = FRENCH.process(a);
        assertNull(out.entities().get(0).place(), "only LOC entities are resolved");
    }

    @Test
    void countriesAreRankedByMentionsFromPlacesAndNationalityWords() {
        Article a = FRENCH.process(article("Le président russe a parlé de la Syrie. Alep, Damas et Homs ont été bombardées ; "
                + "la Turquie observe. Les Syriens fuient.", "fr", "Syrie", "Alep", "Damas", "Homs", "Turquie"));
        assertEquals(List.of("SY", "RU", "TR"), countries(a));
        assertEquals(5, a.countries().get(0).mentions(), "Syrie, Alep, Damas, Homs and 'Syriens'");
        assertEquals(1, a.countries().get(1).mentions(), "'russe'");
    }

    @Test
    void aCountryNameIsNotCountedAgainAsANationalityWord() {
        Article a = FRENCH.process(article("La Suisse vote dimanche.", "fr", "Suisse"));
        assertEquals(List.of(new CountryMentions("CH", 1)), a.countries());
    }

    @Test
    void anArticleWithoutPlacesIsReturnedUnchanged() {
        Article a = article("Le gouvernement a présenté son budget.", "fr");
        assertEquals(a, FRENCH.process(a));
    }
}
