package org.vigie.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.corpus.Corpus;

/** {@code --country} / {@code country=}: the countries an article is about, as a filter and a facet. */
class CountryFilterTest {

    @TempDir
    static Path tmp;
    static Corpus corpus;

    static final Article ALEPPO = about("Alep sous les bombes", "Les bombardements ont repris sur Alep.", "SY", "RU");
    static final Article MOSCOW = about("Moscou dément", "Moscou dément avoir bombardé des civils.", "RU");
    static final Article PARIS = about("Paris se prépare", "La ville de Paris prépare le marathon.", "FR");
    static final Article NOWHERE = about("Un budget adopté", "Le budget a été adopté.");

    static Article about(String title, String body, String... countries) {
        Article a = Article.compose(title, null, List.of(body)).withLanguage("fr", 1.0);
        return a.withCountries(java.util.Arrays.stream(countries).map(c -> new CountryMentions(c, 1)).toList());
    }

    @BeforeAll
    static void ingest() throws IOException {
        corpus = Corpus.open(tmp.resolve("data"));
        corpus.ingest(List.of(ALEPPO, MOSCOW, PARIS, NOWHERE));
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    static Set<String> titles(SearchRequest r) throws IOException {
        Set<String> out = new TreeSet<>();
        for (SearchHit h : corpus.search(r).hits()) out.add(h.title());
        return out;
    }

    @Test
    void theFilterKeepsArticlesAboutTheCountryAndEveryCountryAskedIsRequired() throws IOException {
        assertEquals(Set.of(ALEPPO.title()), titles(SearchRequest.builder("").country("SY").build()));
        assertEquals(Set.of(ALEPPO.title(), MOSCOW.title()), titles(SearchRequest.builder("").country("ru").build()),
                "a code is read in upper case");
        assertEquals(Set.of(ALEPPO.title()), titles(SearchRequest.builder("").country("RU").country("SY").build()));
        assertEquals(Set.of(), titles(SearchRequest.builder("").country("FR").country("SY").build()));
        assertEquals(Set.of(MOSCOW.title()), titles(SearchRequest.builder("dément").country("RU").build()),
                "with a query");
    }

    @Test
    void theCountryFieldOfTheQuerySyntaxMatchesAlike() throws IOException {
        assertEquals(Set.of(ALEPPO.title()), titles(SearchRequest.of("country:sy")));
        assertEquals(Set.of(MOSCOW.title()), titles(SearchRequest.of("country:RU NOT country:SY")));
    }

    @Test
    void aCodeThatIsNoCountryCodeIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.builder("").country("Syria").build());
        assertTrue(e.getMessage().contains("ISO 3166-1 alpha-2"), e.getMessage());
    }

    @Test
    void theFacetCountsCountriesAndLabelsThemWithTheirNames() throws IOException {
        List<FacetCount> countries = corpus.search(SearchRequest.builder("").build()).facets().get("country");
        assertEquals(List.of(new FacetCount("RU", 2, "Russia"), new FacetCount("FR", 1, "France"), new FacetCount("SY", 1, "Syria")),
                countries);
    }
}
