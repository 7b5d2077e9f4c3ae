package org.vigie.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.SearchFieldsFixture;

/**
 * {@code quote:}, {@code author:}/--author and the dates of every publication, on the hand-made
 * articles of {@link SearchFieldsFixture} (each query has a near miss there).
 */
class SearchFieldsTest {

    @TempDir
    static Path tmp;
    static Corpus corpus;

    static final Article ALEPPO = SearchFieldsFixture.aleppo();
    static final Article TALKS = SearchFieldsFixture.talks();
    static final Article ENGLISH = SearchFieldsFixture.english();
    static final Article ANKARA = SearchFieldsFixture.ankara();

    @BeforeAll
    static void ingest() throws IOException {
        corpus = Corpus.open(tmp.resolve("data"));
        corpus.ingest(SearchFieldsFixture.articles());
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    static Set<String> titles(SearchRequest r) throws IOException {
        SearchResult res = corpus.search(r.toBuilder().size(50).build());
        Set<String> out = new TreeSet<>();
        for (SearchHit h : res.hits()) out.add(h.title());
        assertEquals(res.total(), out.size(), "all hits on one page");
        return out;
    }

    static Set<String> titles(String query) throws IOException {
        return titles(SearchRequest.of(query));
    }

    static Set<String> of(Article... as) {
        Set<String> out = new TreeSet<>();
        for (Article a : as) out.add(a.title());
        return out;
    }

    @Test
    void quoteSearchesOnlyTheWordsOfQuotationsStemmedPerLanguage() throws IOException {
        // the plain word is also in TALKS's narration; only quotations count for quote:
        assertEquals(of(ALEPPO, TALKS, ANKARA, ENGLISH), titles("terroristes"));
        assertEquals(of(ALEPPO, ANKARA, ENGLISH), titles("quote:terroristes"), "English 'terrorists' stems alike");
        assertEquals(of(ALEPPO, ANKARA), titles("quote:terroriste language:fr"), "French light stemming: singular finds plural");
        // an indirect quotation counts, and the elided form (l'hiver) is found as in the body
        assertEquals(of(ALEPPO), titles("quote:hiver"));
        assertEquals(of(ALEPPO), titles("quote:\"cessez-le-feu durable\""));
        // words of the narration around a quote are not in it
        assertEquals(Set.of(), titles("quote:bombardements"));
        assertEquals(of(ALEPPO), titles("bombardements"));
        // a phrase does not run from one quotation into the next (two positions apart without the gap)
        assertEquals(Set.of(), titles("quote:\"alep cessez\"~5"));
        assertEquals(of(ALEPPO), titles("quote:\"combattrons alep\"~5"));
        assertEquals(of(ALEPPO, ANKARA), titles("quote:(terroristes alep)"));
    }

    @Test
    void quoteWithSpeakerIsADocumentLevelAnd() throws IOException {
        // Poutine says « terroristes » in ALEPPO and ENGLISH; in ANKARA Erdogan says it and Poutine
        // is quoted on something else: both in the article, not in the same quotation
        assertEquals(of(ALEPPO, ENGLISH, ANKARA), titles("quote:terroristes speaker:\"Vladimir Poutine\""));
        assertEquals(of(ALEPPO, ENGLISH, ANKARA), titles(SearchRequest.builder("quote:terroristes").speaker("Q7747").build()));
        assertEquals(of(ALEPPO), titles("quote:cessez speaker:Q39259"));
    }

    @Test
    void quoteOfASpeakerMatchesWithinThatSpeakersQuotations() throws IOException {
        assertEquals(of(ALEPPO, ENGLISH), titles("quote@Q7747:terroristes"), "not ANKARA, where Erdogan says it");
        assertEquals(of(ALEPPO, ENGLISH), titles("quote@Vladimir\\ Poutine:terroristes"), "by canonical name");
        assertEquals(of(ANKARA), titles("quote@Q39259:terroristes"));
        assertEquals(of(ALEPPO), titles("quote@Q39259:\"cessez-le-feu durable\""), "an indirect quotation, a phrase");
        assertEquals(Set.of(), titles("quote@Q7747:cessez"), "Erdogan's words, not Poutine's");
        assertEquals(of(ALEPPO), titles("quote@Q7747:terror* language:fr"));
        assertEquals(of(ANKARA), titles("quote@Q39259:terror*"));
        assertEquals(of(ANKARA), titles("quote@Q7747:constructive"));
        assertEquals(of(TALKS), titles("quote@Q7747:(negociations reprendre)"));
        assertEquals(of(ANKARA), titles("quote@Q39259:terorist~1"), "fuzzy");
        assertEquals(of(ALEPPO), titles("quote@Q7747:terorist~1 language:fr"));
        assertEquals(of(ALEPPO, TALKS), titles("quote@Q7747:(terroristes OR negociations) language:fr"));
        // the examples of QUERY-SYNTAX.md
        assertEquals(of(ALEPPO), titles("quote@Q7747:\"jusqu'au bout\""));
        assertEquals(of(ALEPPO, ENGLISH), titles("quote@Q7747:(terroristes OR alep)"));
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> titles("quote@:terroristes"));
        assertTrue(e.getMessage().contains("quote@ needs a speaker"), e.getMessage());
        assertThrows(QuerySyntaxException.class, () -> titles("quote@Q7747:[a TO b]"));
        assertThrows(QuerySyntaxException.class, () -> titles("quote_by_fr:terroriste"), "internal field");
        SearchHit hit = corpus.search(SearchRequest.of("quote@Q39259:terroristes")).hits().get(0);
        assertEquals("quote", hit.snippet().field());
        assertEquals(List.of("terroristes"), hit.snippet().highlights().stream().map(h -> h.source().text()).toList());
        assertTrue(hit.snippet().text().contains("Erdogan"), hit.snippet().text());
    }

    @Test
    void quoteMatchesAreHighlightedInTheArticleText() throws IOException {
        SearchResult r = corpus.search(SearchRequest.builder("quote:terroristes").language("fr").build());
        assertEquals(2, r.total());
        for (SearchHit h : r.hits()) {
            Article a = h.id().equals(ALEPPO.id()) ? ALEPPO : ANKARA;
            Snippet s = h.snippet();
            assertNotNull(s);
            assertEquals("quote", s.field());
            assertFalse(s.highlights().isEmpty(), s.toString());
            for (Snippet.Highlight hl : s.highlights()) {
                assertTrue(hl.source().matches(a.text()), "a span of the canonical text: " + hl);
                assertEquals("terroristes", hl.source().text());
                assertTrue(a.quotes().stream().map(Quote::text).anyMatch(q -> q.contains(hl.source())),
                        "inside a quotation: " + hl);
                assertEquals(s.text().substring(hl.start(), hl.end()), hl.source().text());
            }
        }
        // a body query keeps the body snippet, where the narration's word is marked too
        SearchHit talks = corpus.search(SearchRequest.of("terroristes negociations")).hits().get(0);
        assertEquals(TALKS.title(), talks.title());
        assertEquals("body", talks.snippet().field());
        assertTrue(talks.snippet().bracketed().contains("[terroristes]"), talks.snippet().bracketed());
    }

    @Test
    void authorMatchesWholeNamesAndSingleWordsIgnoringCaseAndAccents() throws IOException {
        assertEquals(of(ALEPPO), titles("author:dupont"), "not Anne Dupontel");
        assertEquals(of(TALKS), titles("author:Dupontel"));
        assertEquals(of(ALEPPO), titles("author:\"jean-pierre dupont\""));
        assertEquals(of(ALEPPO), titles("author:\"JEAN PIERRE DUPONT\""));
        assertEquals(of(ALEPPO), titles("author:jean-pierre"), "a hyphenated first name is one word");
        assertEquals(of(ALEPPO), titles("author:pierre"));
        assertEquals(of(ALEPPO), titles("author:elodie"), "accents folded");
        assertEquals(of(ALEPPO), titles("author:\"Elodie Muller\""));
        assertEquals(of(ALEPPO), titles("author:lefevre"), "the byline of its other publication");
        assertEquals(of(ALEPPO, TALKS), titles("author:dupont*"));
        assertEquals(Set.of(), titles("author:\"Pierre Dupont\""), "a whole name is not a part of one");
        assertEquals(of(ENGLISH), titles("author:smith alep*"));
    }

    @Test
    void authorFilterAndFacet() throws IOException {
        assertEquals(of(ALEPPO), titles(SearchRequest.builder("").author("Dupont").build()));
        assertEquals(of(ALEPPO, TALKS), titles(SearchRequest.builder("").author("dupont").author("Anne Dupontel").build()),
                "several --author values are alternatives");
        assertEquals(of(ALEPPO), titles(SearchRequest.builder("alep").author("élodie müller").build()));

        SearchResult all = corpus.search(SearchRequest.builder("").facetSize(20).build());
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (FacetCount c : all.facets().get("author")) counts.put(c.value(), c.count());
        assertEquals(Map.of("Jean-Pierre Dupont", 1, "Élodie Müller", 1, "Marc Lefèvre", 1, "Anne Dupontel", 1,
                "John Smith", 1), counts, "names as written, ANKARA has none");
        // a facet value filters back to its articles
        for (FacetCount c : all.facets().get("author")) {
            assertEquals(1, corpus.search(SearchRequest.builder("").author(c.value()).build()).total(), c.value());
        }
    }

    @Test
    void dateFiltersMatchAnyPublicationAndSortKeepsTheEarliest() throws IOException {
        // ALEPPO was published on 2016-10-09 and again on 2016-10-12
        assertEquals(of(ALEPPO), titles("date:2016-10-12"));
        assertEquals(of(ALEPPO), titles("date:2016-10-09"));
        assertEquals(of(ALEPPO, TALKS), titles("date:[2016-10-10 TO 2016-10-12]"));
        assertEquals(of(ALEPPO), titles(SearchRequest.builder("").from(LocalDate.of(2016, 10, 12))
                .to(LocalDate.of(2016, 10, 12)).build()));
        assertEquals(of(ALEPPO, TALKS, ANKARA), titles(SearchRequest.builder("").from(LocalDate.of(2016, 10, 10))
                .to(LocalDate.of(2016, 10, 31)).build()));
        assertEquals(Set.of(), titles("date:2016-10-13"));

        SearchResult byDate = corpus.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).build());
        List<String> order = new ArrayList<>();
        for (SearchHit h : byDate.hits()) order.add(h.title() + " " + h.date());
        assertEquals(List.of(ENGLISH.title() + " 2016-11-02", ANKARA.title() + " 2016-10-20",
                TALKS.title() + " 2016-10-11", ALEPPO.title() + " 2016-10-09"), order,
                "newest first by the earliest publication; the shown date is the earliest");
    }

    @Test
    void storiesStillTakeAnArticleOnItsFirstPublicationOnly() throws IOException {
        // the window of 2016-10-14 (± 2 days) holds ALEPPO's second publication, not its first
        assertEquals(of(ALEPPO), titles(SearchRequest.builder("").from(LocalDate.of(2016, 10, 12))
                .to(LocalDate.of(2016, 10, 16)).build()));
        assertEquals(0, org.vigie.corpus.CorpusStories.on(corpus, LocalDate.of(2016, 10, 14), 1).articles());
        assertEquals(2, org.vigie.corpus.CorpusStories.on(corpus, LocalDate.of(2016, 10, 10), 1).articles(),
                "ALEPPO (10-09) and TALKS (10-11) around 10-10");
    }

    @Test
    void unknownFieldsAreStillErrorsNamingTheNewOnes() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> corpus.search(SearchRequest.of("auteur:Dupont")));
        assertTrue(e.getMessage().contains("unknown field 'auteur'"), e.getMessage());
        assertTrue(e.getMessage().contains("author") && e.getMessage().contains("quote"), e.getMessage());
        assertThrows(QuerySyntaxException.class, () -> corpus.search(SearchRequest.of("citation:terroristes")));
    }
}
