package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Place;
import org.vigie.core.model.Span;

/**
 * Places through the server: {@code country=} on the API, the country facet with names, the
 * entities export's country column, and the article page's countries next to its places.
 */
class PlacesApiTest {

    static TestServer app;
    static Article aleppo;
    static Article paris;

    static List<Span> mentions(Article a, String word) {
        List<Span> out = new ArrayList<>();
        for (int i = a.text().indexOf(word); i >= 0; i = a.text().indexOf(word, i + 1)) out.add(a.span(i, i + word.length()));
        return out;
    }

    @BeforeAll
    static void start() throws Exception {
        Article a = Article.compose("Alep <sous> les bombes", null, List.of("Les bombardements ont repris sur Alep, dit Moscou."))
                .withLanguage("fr", 1.0);
        aleppo = a.withEntities(List.of(
                        new Entity("Alep", EntityType.LOC, "aleppo", mentions(a, "Alep"))
                                .withPlace(new Place("SY", Place.Kind.CITY, "Aleppo", 170063L, 36.20124, 37.16117)),
                        new Entity("Moscou", EntityType.LOC, "moscow", mentions(a, "Moscou"))
                                .withPlace(new Place("RU", Place.Kind.CITY, "Moscow", 524901L, 55.75222, 37.61556))))
                .withCountries(List.of(new CountryMentions("SY", 2), new CountryMentions("RU", 1)));
        Article p = Article.compose("Paris se prépare", null, List.of("La ville de Paris prépare le marathon.")).withLanguage("fr", 1.0);
        paris = p.withEntities(List.of(new Entity("Paris", EntityType.LOC, "paris", mentions(p, "Paris"))
                        .withPlace(new Place("FR", Place.Kind.CITY, "Paris", 2988507L, 48.85341, 2.3488))))
                .withCountries(List.of(new CountryMentions("FR", 2)));
        app = TestServer.open("vigie-places-test");
        app.corpus().ingest(List.of(aleppo, paris));
        app.serve(TestCorpus.config(app.corpus(), "t0ken", true, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void theCountryFilterKeepsTheArticlesAboutItAndTheFacetNamesCountries() throws Exception {
        JsonNode r = app.json("/api/search?country=SY", 200);
        assertEquals(1, r.get("total").asInt());
        assertEquals(aleppo.id(), r.at("/hits/0/id").asText());
        assertEquals(1, app.json("/api/search?country=fr", 200).get("total").asInt(), "a code is read in upper case");
        assertEquals(0, app.json("/api/search?country=SY&country=FR", 200).get("total").asInt(), "all required");
        JsonNode facet = app.json("/api/search?q=", 200).at("/facets/country");
        List<String> labels = new ArrayList<>();
        facet.forEach(f -> labels.add(f.get("value").asText() + "=" + f.get("label").asText()));
        assertTrue(labels.containsAll(List.of("SY=Syria", "RU=Russia", "FR=France")), labels.toString());
        assertEquals(1, app.json("/api/timeline?country=RU", 200).get("total").asInt());
    }

    @Test
    void aCodeThatIsNoCountryIsA400SayingWhy() throws Exception {
        JsonNode e = app.json("/api/search?country=Syria", 400);
        assertTrue(e.at("/error/message").asText().contains("ISO 3166-1 alpha-2"), e.toString());
    }

    @Test
    void theEntitiesExportHasTheCountryOfEachPlaceMention() throws Exception {
        String csv = app.get("/api/export?table=entities&format=csv&country=SY").body();
        List<String> lines = csv.lines().toList();
        assertEquals("article_id,entity_index,entity_id,canonical,type,start,end,text,country", lines.get(0));
        assertEquals(3, lines.size() - 1, "two mentions of Alep, one of Moscou");
        assertTrue(lines.stream().skip(1).filter(l -> l.contains(",Alep,")).allMatch(l -> l.endsWith(",SY")), csv);
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.contains(",Moscou,") && l.endsWith(",RU")), csv);
    }

    @Test
    void theArticlePageShowsCountriesNextToPlacesEscaped() throws Exception {
        String page = app.get("/articles/" + aleppo.id()).body();
        int section = page.indexOf("<h2>Countries</h2>");
        assertTrue(section > 0, page);
        String countries = page.substring(section, page.indexOf("</section>", section));
        assertTrue(countries.indexOf("Syria") < countries.indexOf("Russia"), "most named first: " + countries);
        assertTrue(countries.contains("<a href=\"/search?country=SY\">Syria</a>"), countries);
        assertTrue(page.contains("<span class=\"place n\" title=\"city · Aleppo · 36.2012, 37.1612 · GeoNames 170063\">Syria</span>"), page);
        assertFalse(page.contains("<sous>"), "the title is escaped");
        String search = app.get("/search?country=SY").body();
        assertTrue(search.contains("<span class=\"filter-name\">country</span> <strong>SY</strong>"), "the active filter is listed");
        assertFalse(search.contains(paris.title()));
    }
}
