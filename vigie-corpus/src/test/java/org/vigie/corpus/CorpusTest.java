package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.search.FacetCount;
import org.vigie.corpus.search.QuerySyntaxException;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.search.SearchResult;
import org.vigie.corpus.search.Snippet;

class CorpusTest {

    /** Names looked up verbatim in the real texts to give the fixtures an entity layer. */
    private static final Map<String, String> GAZETTEER = Map.of(
            "Vladimir Poutine", "Q7747",
            "Recep Tayyip Erdogan", "Q39723",
            "François Hollande", "Q1358",
            "Emmanuel Macron", "Q3052772");

    @TempDir
    Path tmp;
    Corpus corpus;
    List<Article> articles;
    Article aleppo;

    @BeforeEach
    void setUp() throws IOException {
        aleppo = annotate(Samples.aleppo());
        articles = new ArrayList<>();
        for (Article a : Samples.orangesum()) articles.add(annotate(a));
        articles.add(aleppo);
        corpus = Corpus.open(tmp.resolve("data"));
    }

    @AfterEach
    void tearDown() throws IOException {
        corpus.close();
    }

    /** Entities from the gazetteer, the quotes in « » attributed to Poutine when he is named, a signal on "terroristes". */
    static Article annotate(Article a) {
        String text = a.text();
        List<Entity> entities = new ArrayList<>();
        for (var e : GAZETTEER.entrySet()) {
            List<Span> mentions = new ArrayList<>();
            for (int i = text.indexOf(e.getKey()); i >= 0; i = text.indexOf(e.getKey(), i + 1)) {
                mentions.add(a.span(i, i + e.getKey().length()));
            }
            if (!mentions.isEmpty()) entities.add(new Entity(e.getKey(), EntityType.PER, e.getValue(), mentions));
        }
        List<Quote> quotes = new ArrayList<>();
        if (text.contains("Poutine")) {
            Matcher m = Pattern.compile("«[^»]+»").matcher(text);
            while (m.find()) {
                quotes.add(new Quote(Quote.Kind.DIRECT, a.span(m.start(), m.end()),
                        new Speaker("Vladimir Poutine", "Q7747"), null, null));
            }
        }
        List<Signal> signals = new ArrayList<>();
        int t = text.indexOf("terroristes");
        if (t >= 0) {
            signals.add(new Signal("loaded-label", 0.6, List.of(a.span(t, t + 11)), "« terroristes » qualifie un camp."));
        }
        return a.withEntities(entities).withQuotes(quotes).withSignals(signals);
    }

    @Test
    void terroristeFindsTheSamplePageWithAHighlightedSnippet() throws IOException {
        IngestReport r = corpus.ingest(articles);
        assertEquals(articles.size(), r.added());
        SearchResult res = corpus.search(SearchRequest.of("terroriste"));
        assertEquals(1, res.total(), "only the sample page speaks of terrorists");
        SearchHit hit = res.hits().get(0);
        assertEquals(aleppo.id(), hit.id());
        assertEquals("Ece6acd5c1e4d6f50db947ed7ee6960c", hit.sourceId());
        assertEquals(aleppo.title(), hit.title());
        Snippet s = hit.snippet();
        assertNotNull(s);
        assertFalse(s.highlights().isEmpty());
        for (Snippet.Highlight h : s.highlights()) {
            assertTrue(h.source().matches(aleppo.text()), "highlight is a span of the canonical text: " + h);
            assertEquals(s.text().substring(h.start(), h.end()), h.source().text());
            assertTrue(h.source().text().toLowerCase().startsWith("terrorist"), h.source().text());
        }
        assertTrue(s.bracketed().contains("[terroristes]"), s.bracketed());
        assertFalse(s.text().contains("\n"));
        assertTrue(s.ansi().contains("\u001b[1mterroristes\u001b[0m"));

        // The JSON line `vigie search --json` prints for a hit.
        var json = ArticleJson.mapper().readTree(ArticleJson.mapper().writeValueAsString(hit));
        assertEquals(aleppo.id(), json.get("id").asText());
        assertEquals("Ece6acd5c1e4d6f50db947ed7ee6960c", json.get("source_id").asText());
        assertTrue(json.get("score").asDouble() > 0);
        assertEquals(s.text(), json.get("snippet").get("text").asText());
        assertEquals(s.bracketed(), json.get("snippet").get("marked").asText());
        var first = json.get("snippet").get("highlights").get(0);
        assertEquals(s.highlights().get(0).source().start(), first.get("source").get("start").asInt());
    }

    @Test
    void frenchAnalysisFoldsElisionsAccentsAndPlurals() throws IOException {
        corpus.ingest(articles);
        // "d’Alep" (typographic apostrophe) is found by "alep"; "Libéré" by "libere".
        assertTrue(ids(corpus.search(SearchRequest.of("alep"))).contains(aleppo.id()));
        assertTrue(ids(corpus.search(SearchRequest.of("ŒUVRERONT"))).contains(aleppo.id()));
        long accented = articles.stream().filter(a -> a.text().toLowerCase().matches("(?s).*\\bpr[ée]sident(s|es?)?\\b.*")).count();
        assertEquals(accented, corpus.search(SearchRequest.of("presidents")).total());
    }

    @Test
    void queriesSupportPhrasesBooleansAndFields() throws IOException {
        corpus.ingest(articles);
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.of("\"départ des terroristes\""))));
        assertEquals(0, corpus.search(SearchRequest.of("\"terroristes départ\"")).total());
        // Words are ANDed, each in any part: "Moscou" is in the title only, "Castello" in the body only.
        assertFalse(aleppo.body().contains("Moscou"));
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.of("moscou castello"))));
        assertEquals(0, corpus.search(SearchRequest.of("moscou hollande")).total());
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.of("title:poutine"))));
        long hollande = articles.stream().filter(a -> a.text().contains("Hollande")).count();
        assertEquals(hollande, corpus.search(SearchRequest.of("hollande")).total());
        long hollandeNotMacron = articles.stream()
                .filter(a -> a.text().contains("Hollande") && !a.text().contains("Macron")).count();
        assertEquals(hollandeNotMacron, corpus.search(SearchRequest.of("hollande NOT macron")).total());
        long either = articles.stream().filter(a -> a.text().contains("Hollande") || a.text().contains("Erdogan")).count();
        assertEquals(either, corpus.search(SearchRequest.of("hollande OR erdogan")).total());
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.of("source_id:Ece6acd5c1e4d6f50db947ed7ee6960c"))));
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.of("entity:\"Recep Tayyip Erdogan\" terroriste"))));
        QuerySyntaxException unknown = assertThrows(QuerySyntaxException.class,
                () -> corpus.search(SearchRequest.of("auteur:Dupont")));
        assertTrue(unknown.getMessage().contains("unknown field 'auteur'"), unknown.getMessage());
        QuerySyntaxException bad = assertThrows(QuerySyntaxException.class,
                () -> corpus.search(SearchRequest.of("\"Poutine AND")));
        assertTrue(bad.getMessage().startsWith("bad query"), bad.getMessage());
    }

    @Test
    void ingestingTwiceKeepsOneCopyAndNewLayersReplaceTheOld() throws IOException {
        IngestReport first = corpus.ingest(articles);
        IngestReport second = corpus.ingest(articles);
        assertEquals(new IngestReport(articles.size(), 0, 0, 1, 0), first.withoutTime());
        assertEquals(new IngestReport(0, 0, articles.size(), 0, 0), second.withoutTime());
        assertEquals(articles.size(), corpus.count());
        assertEquals(1, corpus.search(SearchRequest.of("terroriste")).total());

        Article relinked = aleppo.withCorpusLinks(null, "family-1", "story-9");
        IngestReport third = corpus.ingest(List.of(relinked, relinked));
        assertEquals(new IngestReport(0, 1, 1, 1, 0), third.withoutTime());
        assertEquals(articles.size(), corpus.count());
        assertEquals("family-1", corpus.get(aleppo.id()).orElseThrow().familyId());
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.of("family_id:family-1"))));
    }

    @Test
    void facetsCountEntitiesSpeakersSitesLanguagesAndSignals() throws IOException {
        corpus.ingest(articles);
        SearchResult all = corpus.search(SearchRequest.builder("").facetSize(20).build());
        assertEquals(articles.size(), all.total());
        Map<String, Integer> expectedEntities = new HashMap<>();
        for (Article a : articles) {
            for (Entity e : a.entities()) expectedEntities.merge(e.entityId(), 1, Integer::sum);
        }
        assertFalse(expectedEntities.isEmpty());
        assertEquals(expectedEntities, asMap(all.facets().get("entity")));
        assertEquals(Map.of("Q7747", 1), asMap(all.facets().get("speaker")));
        assertEquals(Map.of("actu.orange.fr", articles.size() - 1), asMap(all.facets().get("site")));
        assertEquals(Map.of("fr", articles.size()), asMap(all.facets().get("language")));
        assertEquals(Map.of("loaded-label", 1), asMap(all.facets().get("signal")));
        // an entity facet filters by id and reads as the entity's name
        Map<String, String> names = new HashMap<>();
        for (Article a : articles) {
            for (Entity e : a.entities()) names.put(e.entityId(), e.canonical());
        }
        for (FacetCount f : all.facets().get("entity")) assertEquals(names.get(f.value()), f.label(), f.value());
        String speaker = articles.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker() != null
                && "Q7747".equals(q.speaker().entityId())).findFirst().orElseThrow().speaker().canonical();
        assertEquals(List.of(speaker), all.facets().get("speaker").stream().map(FacetCount::label).toList());
        assertEquals(List.of("fr"), all.facets().get("language").stream().map(FacetCount::label).toList(), "other values are their own label");

        // Facets count the hits of the query, not the corpus.
        SearchResult hollande = corpus.search(SearchRequest.of("hollande"));
        int withHollandeEntity = hollande.facets().get("entity").stream()
                .filter(f -> f.value().equals("Q1358")).mapToInt(FacetCount::count).sum();
        assertEquals(articles.stream().filter(a -> a.text().contains("François Hollande")).count(), withHollandeEntity);
    }

    @Test
    void filtersNarrowByEntitySpeakerSiteLanguageSignalAndDate() throws IOException {
        corpus.ingest(articles);
        Set<String> withMacron = articles.stream().filter(a -> a.text().contains("Emmanuel Macron"))
                .map(Article::id).collect(Collectors.toSet());
        assertFalse(withMacron.isEmpty());
        assertEquals(withMacron, Set.copyOf(ids(corpus.search(SearchRequest.builder("").entity("Q3052772").size(100).build()))));
        assertEquals(withMacron, Set.copyOf(ids(corpus.search(SearchRequest.builder("").entity("Emmanuel Macron").size(100).build()))));
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.builder("").speaker("Vladimir Poutine").build())));
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.builder("").signal("loaded-label").build())));
        assertEquals(articles.size() - 1, corpus.search(SearchRequest.builder("").site("https://www.actu.orange.fr/x").build()).total());
        assertEquals(0, corpus.search(SearchRequest.builder("").language("en").build()).total());

        LocalDate from = LocalDate.parse("2018-01-01");
        LocalDate to = LocalDate.parse("2019-12-31");
        long inRange = articles.stream().map(a -> a.metadata().date()).filter(d -> d != null
                && !LocalDate.parse(d).isBefore(from) && !LocalDate.parse(d).isAfter(to)).count();
        assertTrue(inRange > 0 && inRange < articles.size());
        SearchResult ranged = corpus.search(SearchRequest.builder("").from(from).to(to).size(100).build());
        assertEquals(inRange, ranged.total());
        assertEquals(inRange, corpus.search(SearchRequest.of("date:[2018 TO 2019]")).total());
        for (SearchHit h : ranged.hits()) {
            LocalDate d = LocalDate.parse(h.date());
            assertFalse(d.isBefore(from) || d.isAfter(to), h.date());
        }
    }

    @Test
    void sortsByDateAndPages() throws IOException {
        corpus.ingest(articles);
        SearchResult byDate = corpus.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).size(50).build());
        List<String> dates = byDate.hits().stream().map(SearchHit::date).filter(d -> d != null).toList();
        assertEquals(articles.size() - 1, dates.size());
        for (int i = 1; i < dates.size(); i++) assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, dates.toString());
        assertNull(byDate.hits().get(byDate.hits().size() - 1).date(), "undated article last");
        assertNull(byDate.hits().get(0).score());

        List<String> page1 = ids(corpus.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).size(10).build()));
        List<String> page2 = ids(corpus.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).offset(10).size(10).build()));
        assertEquals(byDate.hits().subList(0, 20).stream().map(SearchHit::id).toList(),
                java.util.stream.Stream.concat(page1.stream(), page2.stream()).toList());
    }

    @Test
    void englishArticlesUseEnglishAnalysis() throws IOException {
        Article en = Article.compose("Aleppo talks: rebels agree to leave the city",
                "Negotiators said the fighters' withdrawal would begin on Monday.",
                List.of("The terrorists' leaders were not part of the agreement, officials said.",
                        "Convoys carrying humanitarian aid are expected on the Castello road."))
                .withLanguage("en", 0.99);
        corpus.ingest(articles);
        corpus.ingest(List.of(en));
        // Porter stemming: "terrorist" meets "terrorists'"; "agreements" meets "agreement".
        SearchResult r = corpus.search(SearchRequest.builder("agreements").build());
        assertEquals(List.of(en.id()), ids(r));
        Snippet s = r.hits().get(0).snippet();
        assertEquals("agreement", s.highlights().get(0).source().text());
        assertTrue(s.highlights().get(0).source().matches(en.text()));
        assertEquals(Set.of(en.id(), aleppo.id()), Set.copyOf(ids(corpus.search(SearchRequest.of("terrorist")))));
        assertEquals(List.of(en.id()), ids(corpus.search(SearchRequest.builder("terrorist").language("en").build())));
        assertEquals(Map.of("fr", articles.size(), "en", 1),
                asMap(corpus.search(SearchRequest.of("")).facets().get("language")));
    }

    @Test
    void aStopWordOfOneLanguageDoesNotBlockItsArticlesWhenAnotherLanguageKeepsTheWord() throws IOException {
        // French analysis drops "de" and "la"; English keeps them. Each article is searched in its own
        // language's fields, so the French phrase must not require "de" in English fields.
        Article en = Article.compose("Aleppo talks: rebels agree to leave the city",
                null, List.of("The fighters' withdrawal would begin on Monday, officials said.")).withLanguage("en", 0.99);
        corpus.ingest(List.of(aleppo));
        long before = corpus.search(SearchRequest.of("départ de la route")).total();
        assertEquals(1, before, "French only");
        corpus.ingest(List.of(en));
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.of("départ de la route"))));
        assertEquals(List.of(aleppo.id()), ids(corpus.search(SearchRequest.of("title:(départ des terroristes)"))));
        assertEquals(List.of(en.id()), ids(corpus.search(SearchRequest.of("leave the city"))), "English stop words, English article");
        assertEquals(0, corpus.search(SearchRequest.of("départ de Monday")).total(), "the words of one query meet in one article");
    }

    @Test
    void reopeningKeepsEveryArticleExactly() throws IOException {
        corpus.ingest(articles);
        corpus.close();
        try (Corpus ro = Corpus.openReadOnly(tmp.resolve("data"))) {
            assertEquals(articles.size(), ro.count());
            for (Article a : articles) {
                Article stored = ro.get(a.id()).orElseThrow();
                assertNotNull(stored.storedAt(), "the corpus adds when it first stored the text");
                assertEquals(ArticleJson.toJson(a.withStoredAt(stored.storedInstant())), ArticleJson.toJson(stored));
            }
            Set<String> seen = new HashSet<>();
            assertEquals(articles.size(), ro.forEach(a -> seen.add(a.id())));
            assertEquals(articles.stream().map(Article::id).collect(Collectors.toSet()), seen);
            assertThrows(IllegalStateException.class, () -> ro.ingest(List.of(aleppo)));
        }
        corpus = Corpus.open(tmp.resolve("data"));
        assertEquals(articles.size(), corpus.count());
        assertEquals(0, corpus.ingest(articles).added());
        assertTrue(corpus.get("0000000000000000").isEmpty());
    }

    @Test
    void searchesRunWhileAnotherThreadIngests() throws Exception {
        corpus.ingest(articles);
        List<Article> more = Samples.synthesize(300);
        int batch = 30;
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread writer = new Thread(() -> {
            try {
                corpus.ingest(more.iterator(), batch, null);
            } catch (Throwable t) {
                errors.add(t);
            }
        });
        Runnable reader = () -> {
            try {
                while (writer.isAlive()) {
                    SearchResult r = corpus.search(SearchRequest.builder("hollande").facetSize(5).build());
                    assertFalse(r.hits().isEmpty());
                    seen.add(corpus.count());
                    Thread.sleep(2); // leave the writer a core on small machines
                }
            } catch (Throwable t) {
                errors.add(t);
            }
        };
        Thread r1 = new Thread(reader);
        Thread r2 = new Thread(reader);
        writer.start();
        r1.start();
        r2.start();
        writer.join();
        r1.join();
        r2.join();
        assertEquals(List.of(), errors);
        assertFalse(seen.isEmpty());
        for (long c : seen) {
            assertEquals(0, (c - articles.size()) % batch, "a reader saw part of a batch: " + c);
        }
        assertEquals(articles.size() + more.size(), corpus.count());
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private static Map<String, Integer> asMap(List<FacetCount> counts) {
        Map<String, Integer> m = new HashMap<>();
        for (FacetCount c : counts) m.put(c.value(), c.count());
        return m;
    }
}
