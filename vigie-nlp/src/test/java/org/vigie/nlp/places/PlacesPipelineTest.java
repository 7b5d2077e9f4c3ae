package org.vigie.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Place;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * Places on real sentences through the standard entity pipeline (CoreNLP NER of the article's
 * language, entities, ids, places): French and English news sentences written for these tests,
 * and the repository's sample page, with the traps of geotagging: Paris (France or Texas),
 * Georgia (the country or the US state), "nice" as a word, a place the gazetteer does not hold.
 */
class PlacesPipelineTest {

    private static final Pipeline PIPELINE = EntityPipelines.byLanguage(null);

    static Article analyse(String language, String title, String... paragraphs) {
        return PIPELINE.process(Article.compose(title, null, List.of(paragraphs)).withLanguage(language, 1.0));
    }

    static Entity loc(Article a, String canonical) {
        for (Entity e : a.entities()) {
            if (e.canonical().equals(canonical)) {
                assertEquals(EntityType.LOC, e.type(), canonical + " in " + a.entities());
                return e;
            }
        }
        throw new AssertionError("no entity " + canonical + " in " + a.entities());
    }

    static List<String> countries(Article a) {
        return a.countries().stream().map(CountryMentions::country).toList();
    }

    @Test
    void theSamplePageIsAboutTurkeyRussiaAndSyria() throws IOException {
        Path sample = Path.of("../samples/aleppo-putin-erdogan.txt");
        if (!Files.exists(sample)) sample = Path.of("samples/aleppo-putin-erdogan.txt");
        String[] lines = Files.readString(sample).strip().split("\n");
        // the dump's title line, its 32-hex id line, then the text
        List<String> body = java.util.Arrays.stream(lines, 2, lines.length).filter(l -> !l.isBlank()).toList();
        Article a = PIPELINE.process(Article.compose(lines[0], null, body).withLanguage("fr", 1.0));
        Place alep = loc(a, "Alep").place();
        assertEquals(new Place("SY", Place.Kind.CITY, "Aleppo", 170063L, 36.20124, 37.16117), alep);
        assertEquals("RU", loc(a, "Moscou").place().country());
        assertEquals(Place.Kind.COUNTRY, loc(a, "Turquie").place().kind());
        assertEquals(List.of("TR", "RU", "SY"), countries(a).subList(0, 3), a.countries().toString());
    }

    @Test
    void frenchNewsSentences() {
        Article a = analyse("fr", "Les bombardements ont repris sur Alep",
                "Les bombardements ont repris dimanche sur Alep, dans le nord de la Syrie, a indiqué l'Observatoire.",
                "Le Kremlin a démenti depuis Moscou. À Marseille, une manifestation a réuni 2.000 personnes.");
        assertEquals("SY", loc(a, "Alep").place().country());
        assertEquals(Place.Kind.COUNTRY, loc(a, "Syrie").place().kind());
        assertEquals(524901L, loc(a, "Moscou").place().geonamesId());
        Place marseille = loc(a, "Marseille").place();
        assertEquals("FR", marseille.country());
        assertEquals(43.3, marseille.latitude(), 0.1);
        assertEquals("SY", countries(a).get(0), a.countries().toString());
    }

    @Test
    void parisIsInTexasOnlyWhenTheArticleSaysSo() {
        Article france = analyse("fr", "Grève à Paris", "La grève a paralysé les transports à Paris lundi, selon la RATP.");
        assertEquals("FR", loc(france, "Paris").place().country());
        Article texas = analyse("en", "Tornado hits Paris, Texas",
                "A tornado tore through Paris, Texas, on Monday, local officials said.");
        Place paris = loc(texas, "Paris").place();
        assertNotNull(paris, texas.entities().toString());
        assertEquals("US", paris.country(), "the article names Texas, a US state, next to Paris");
        assertEquals(4717560L, paris.geonamesId());
    }

    @Test
    void georgiaIsTheCountryOrTheUsStateByWhatTheArticleNames() {
        Article country = analyse("fr", "Tensions à la frontière",
                "La Géorgie accuse la Russie d'avoir déplacé la frontière à 50 kilomètres de Tbilissi.");
        assertEquals("GE", loc(country, "Géorgie").place().country());
        assertEquals(Place.Kind.COUNTRY, loc(country, "Géorgie").place().kind());
        Article state = analyse("en", "Long lines in Georgia",
                "Voters in Georgia waited for hours in Atlanta on Tuesday as officials across the United States counted ballots.");
        Place georgia = loc(state, "Georgia").place();
        assertEquals("US", georgia.country());
        assertEquals(Place.Kind.REGION, georgia.kind());
        Article english = analyse("en", "Border row", "Georgia accused Russia of moving the border closer to Tbilisi.");
        assertEquals("GE", loc(english, "Georgia").place().country());
    }

    @Test
    void niceAsAWordIsNoPlaceButNiceTheCityIs() {
        Article word = analyse("en", "A nice day", "It was a nice day in London, the mayor said.");
        assertTrue(word.entities().stream().noneMatch(e -> e.place() != null && "FR".equals(e.place().country())),
                word.entities().toString());
        assertEquals("GB", loc(word, "London").place().country());
        Article city = analyse("fr", "Hommage à Nice", "Un hommage a été rendu aux victimes de l'attentat de Nice, sur la promenade des Anglais.");
        assertEquals(2990440L, loc(city, "Nice").place().geonamesId());
    }

    @Test
    void germanAndSpanishNamesOfCitiesAndCountries() {
        Article de = analyse("de", "Merkel in Moskau",
                "Bundeskanzlerin Angela Merkel ist am Montag nach Moskau gereist, um mit dem russischen Präsidenten zu sprechen.");
        assertEquals(524901L, loc(de, "Moskau").place().geonamesId());
        assertEquals("RU", countries(de).get(0), de.countries().toString());
        Article es = analyse("es", "Bombardeos en Alepo",
                "Los bombardeos se reanudaron el domingo en Alepo, en el norte de Siria, según el Observatorio.");
        assertEquals(170063L, loc(es, "Alepo").place().geonamesId());
        assertEquals(Place.Kind.COUNTRY, loc(es, "Siria").place().kind());
    }

    @Test
    void aPlaceTheGazetteerDoesNotHoldStaysUnresolved() {
        Article a = analyse("fr", "Le maire démissionne", "Le maire de Tertry, dans la Somme, a démissionné vendredi.");
        assertNull(loc(a, "Tertry").place(), "a village of 150 people is not in the gazetteer: no guess");
        assertEquals("FR", loc(a, "Somme").place().country());
    }
}
