package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Speaker;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.corpus.Corpus;

/**
 * GET /api/search's author parameter, quote: and author: in q, from/to over every publication,
 * and the search page's author facet, on hand-made articles (no NLP model).
 */
class SearchFieldsApiTest {

    static final String HOSTILE_AUTHOR = "<img src=x onerror=alert(5)> Dupond";

    static TestServer app;
    static Corpus corpus;
    static String base;

    static Article quoted(String title, List<String> paragraphs, String quote, String speaker, String speakerId) {
        Article a = Article.compose(title, null, paragraphs).withLanguage("fr", null);
        int i = a.text().indexOf(quote);
        return a.withQuotes(List.of(new Quote(Quote.Kind.DIRECT, a.span(i, i + quote.length()),
                new Speaker(speaker, speakerId), null, null)));
    }

    @BeforeAll
    static void start() throws Exception {
        Article aleppo = quoted("Alep : Moscou durcit le ton",
                List.of("Vladimir Poutine a déclaré : « Nous combattrons les terroristes jusqu'au bout. »",
                        "Les bombardements ont repris dans la soirée."),
                "Nous combattrons les terroristes jusqu'au bout.", "Vladimir Poutine", "Q7747")
                .withMetadata(new Metadata("https://fr.sputniknews.com/alep", null, null, List.of("Jean-Pierre Dupont"),
                        "2016-10-09", "meta", null, null))
                .withAlsoPublishedAt(List.of(new Publication("https://blog.example.org/alep", null, null,
                        List.of(HOSTILE_AUTHOR), "2016-10-12", "meta")));
        Article talks = quoted("Négociations à Genève",
                List.of("Les groupes qualifiés de terroristes n'étaient pas invités.",
                        "« Les négociations reprendront », a affirmé Vladimir Poutine."),
                "« Les négociations reprendront »", "Vladimir Poutine", "Q7747")
                .withMetadata(new Metadata("https://www.lemonde.example/geneve", null, null, List.of("Anne Dupontel"),
                        "2016-10-11", "meta", null, null));
        app = TestServer.open("vigie-search-fields-test");
        corpus = app.corpus();
        corpus.ingest(List.of(aleppo, talks));
        ServerConfig config = new ServerConfig(corpus, Pipeline::of, mime -> null, "t0ken", true, 64 * 1024);
        base = app.serve(config);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static Set<String> titles(String query) throws Exception {
        HttpResponse<String> r = app.get("/api/search?" + query);
        assertEquals(200, r.statusCode(), r.body());
        Set<String> out = new TreeSet<>();
        for (JsonNode h : ArticleJson.mapper().readTree(r.body()).get("hits")) out.add(h.get("title").asText());
        return out;
    }

    static String q(String s) {
        return "q=" + URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void authorParameterAndField() throws Exception {
        assertEquals(Set.of("Alep : Moscou durcit le ton"), titles("author=dupont"));
        assertEquals(Set.of("Alep : Moscou durcit le ton", "Négociations à Genève"), titles("author=dupont&author=DUPONTEL"));
        assertEquals(Set.of("Négociations à Genève"), titles(q("author:\"anne dupontel\"")));
        assertEquals(Set.of(), titles("author=martin"));
    }

    @Test
    void quoteFieldIsHighlightedInTheQuotation() throws Exception {
        assertEquals(Set.of("Alep : Moscou durcit le ton", "Négociations à Genève"), titles(q("terroristes")));
        HttpResponse<String> r = app.get("/api/search?" + q("quote:terroristes speaker:Q7747"));
        JsonNode hits = ArticleJson.mapper().readTree(r.body()).get("hits");
        assertEquals(1, hits.size(), r.body());
        assertEquals("quote", hits.get(0).at("/snippet/field").asText());
        assertEquals("terroristes", hits.get(0).at("/snippet/highlights/0/source/text").asText());
        JsonNode err = ArticleJson.mapper().readTree(app.get("/api/search?" + q("citation:terroristes")).body());
        assertTrue(err.at("/error/message").asText().contains("unknown field 'citation'"), err.toString());
    }

    @Test
    void fromToMatchAnyPublicationDate() throws Exception {
        assertEquals(Set.of("Alep : Moscou durcit le ton"), titles("from=2016-10-12&to=2016-10-12"));
        JsonNode hit = ArticleJson.mapper().readTree(app.get("/api/search?from=2016-10-12").body()).at("/hits/0");
        assertEquals("2016-10-09", hit.get("date").asText(), "the date shown is the earliest");
        assertEquals(Set.of("Alep : Moscou durcit le ton", "Négociations à Genève"), titles("from=2016-10-10&to=2016-10-31"));
    }

    @Test
    void searchPageCountsAuthorsEscapedAndFiltersByThem() throws Exception {
        JsonNode facets = ArticleJson.mapper().readTree(app.get("/api/search").body()).get("facets");
        assertEquals(Set.of("Jean-Pierre Dupont", HOSTILE_AUTHOR, "Anne Dupontel"),
                new TreeSet<>(facets.get("author").findValuesAsText("value")), facets.toString());
        String page = app.get("/search").body();
        assertTrue(page.contains("author=Anne+Dupontel\">Anne Dupontel</a>")
                || page.contains("author=Anne%20Dupontel\">Anne Dupontel</a>"), page);
        assertFalse(page.contains("<img src=x"), "a byline is escaped");
        String filtered = app.get("/search?author=Anne%20Dupontel").body();
        assertTrue(filtered.contains("Négociations à Genève") && !filtered.contains("Moscou durcit"), filtered);
        assertTrue(filtered.contains("<span class=\"filter-name\">author</span>"), filtered);
    }
}
