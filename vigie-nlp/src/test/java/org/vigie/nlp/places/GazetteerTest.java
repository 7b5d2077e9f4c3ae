package org.vigie.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Place;

/** The bundled gazetteer: GeoNames cities and regions, CLDR country names, place-names.tsv. */
class GazetteerTest {

    private final Gazetteer g = Gazetteer.bundled();

    @Test
    void holdsCitiesWithTheirCountryAndCoordinates() {
        assertTrue(g.cityCount() > 20_000, "cities of 15,000 people and more: " + g.cityCount());
        Place aleppo = g.city(170063);
        assertEquals("Aleppo", aleppo.name());
        assertEquals("SY", aleppo.country());
        assertEquals(36.2, aleppo.latitude(), 0.1);
        assertEquals(37.16, aleppo.longitude(), 0.1);
    }

    @Test
    void countryNamesInEachLanguageAndFromTheLexicon() {
        assertEquals("SY", g.countryCode("Syrie", "fr"));
        assertEquals("SY", g.countryCode("Syria", "en"));
        assertEquals("SY", g.countryCode("Syrien", "de"));
        assertEquals("SY", g.countryCode("Siria", "es"));
        assertEquals("US", g.countryCode("Etats-Unis", "fr"), "folded: accents do not matter");
        assertEquals("CZ", g.countryCode("République tchèque", "fr"));
        assertEquals("MM", g.countryCode("Birmanie", "fr"), "from the CLDR name 'Myanmar (Birmanie)'");
        assertEquals("GB", g.countryCode("Britain", "en"), "from place-names.tsv");
        assertNull(g.countryCode("Mexico", "fr"), "in French Mexico is the city");
        assertEquals("MX", g.countryCode("Mexico", "en"));
    }

    @Test
    void nationalityWordsNameTheirCountry() {
        assertEquals("RU", g.nationality("russe", "fr"));
        assertEquals("SY", g.nationality("syriens", "fr"));
        assertEquals("RU", g.nationality("Russian", "en"));
        assertNull(g.nationality("Suisse", "fr"), "the country's own name is a place, not a nationality word");
        assertNull(g.nationality("maison", "fr"));
    }

    @Test
    void listedNamesReplaceTheGazetteersReading() {
        List<Gazetteer.Candidate> alep = g.candidates("alep", "fr");
        assertEquals(1, alep.size());
        assertEquals(170063L, alep.get(0).place().geonamesId());
        List<Gazetteer.Candidate> mexico = g.candidates("mexico", "fr");
        assertEquals(Place.Kind.CITY, mexico.get(0).place().kind());
        assertEquals("MX", mexico.get(0).place().country());
        assertEquals(Place.Kind.COUNTRY, g.candidates("mexico", "en").get(0).place().kind());
        List<Gazetteer.Candidate> georgie = g.candidates("georgie", "fr");
        assertEquals(List.of("GE", "US"), georgie.stream().map(c -> c.place().country()).toList(),
                "the country first, then the US state");
    }

    @Test
    void aNameOfSeveralPlacesGivesEveryCandidate() {
        List<Gazetteer.Candidate> paris = g.candidates("paris", "en");
        assertTrue(paris.stream().anyMatch(c -> "FR".equals(c.place().country()) && c.population() > 2_000_000));
        assertTrue(paris.stream().anyMatch(c -> "US".equals(c.place().country())), "Paris, Texas");
        assertTrue(g.candidates("georgia", "en").stream().anyMatch(c -> c.place().kind() == Place.Kind.REGION
                && "US".equals(c.place().country())), "the US state, from GeoNames' first-order divisions");
        assertTrue(g.candidates("zzyzx nowhere", "fr").isEmpty());
    }
}
