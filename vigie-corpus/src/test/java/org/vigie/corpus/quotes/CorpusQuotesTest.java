package org.vigie.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.search.SearchRequest;

/** Quotation trails across stored articles ({@link QuoteTrailFixture}: real OrangeSum text, copies as re-publishers make them). */
class CorpusQuotesTest {

    @TempDir
    static Path tmp;

    static Corpus corpus;
    static List<Article> articles;

    @BeforeAll
    static void fill() throws Exception {
        corpus = Corpus.open(tmp.resolve("data"));
        articles = QuoteTrailFixture.articles();
        corpus.ingest(articles);
    }

    @AfterAll
    static void close() throws Exception {
        corpus.close();
    }

    static Article bySite(String site) {
        return articles.stream().filter(a -> a.metadata().site().equals(site)).findFirst().orElseThrow();
    }

    static QuoteTrail collombTrail() throws Exception {
        QuoteTrailList l = corpus.quotes(new QuoteRequest(SearchRequest.builder("").build(), 20, false));
        return l.trails().stream().filter(t -> t.text().equals(QuoteTrailFixture.COLLOMB_QUOTE)).findFirst().orElseThrow();
    }

    static Map<String, QuoteAppearance> bySiteIn(QuoteTrail t) {
        return t.appearances().stream().collect(Collectors.toMap(QuoteAppearance::site, Function.identity()));
    }

    @Test
    void aTrailRunsAcrossTheCopiesFromTheEarliestAppearance() throws Exception {
        QuoteTrail t = collombTrail();
        assertEquals(5, t.articles(), "the source and its four copies");
        assertEquals(QuoteTrailFixture.SOURCE, t.first().site());
        assertEquals("2018-05-31", t.first().date());
        assertEquals(List.of(QuoteTrailFixture.SOURCE, QuoteTrailFixture.SAME_SPEAKER, QuoteTrailFixture.ALTERING,
                QuoteTrailFixture.REATTRIBUTING, QuoteTrailFixture.UNATTRIBUTED), t.sites(), "in order of appearance");
        assertEquals(List.of("Gérard Collomb", "Emmanuel Macron"), t.speakers().stream().map(s -> s.canonical()).toList(),
                "'Collomb' is Gérard Collomb; the unattributed copy adds no one");
        assertEquals(t.id(), t.first().ref());
        assertEquals(t, corpus.quoteTrail(bySiteIn(t).get(QuoteTrailFixture.ALTERING).ref()).orElseThrow(),
                "any appearance finds its trail");
    }

    @Test
    void oneChangedWordIsAnAlterationWithThatWordAsEvidence() throws Exception {
        QuoteTrail t = collombTrail();
        QuoteAppearance altered = bySiteIn(t).get(QuoteTrailFixture.ALTERING);
        assertEquals(WordDiff.Relation.ALTERED, altered.relation());
        assertEquals(1, t.altered());
        assertEquals(1, altered.changed().size());
        Span changed = altered.changed().get(0);
        assertEquals("humiliante", changed.text());
        Article copy = bySite(QuoteTrailFixture.ALTERING);
        assertTrue(changed.matches(copy.text()), "a span of the copy's canonical text");

        List<Signal> signals = kinds(corpus.compareQuotes(copy), QuoteSignals.ALTERED);
        assertEquals(1, signals.size());
        assertEquals(List.of(changed), signals.get(0).evidence());
        assertTrue(signals.get(0).explanation().contains("diffèrent de sa première apparition dans le corpus (actu.orange.fr, 2018-05-31)"),
                signals.get(0).explanation());
        assertTrue(signals.get(0).explanation().contains("humiliante"));
    }

    @Test
    void theSameWordsGivenToAnotherSpeakerAreReattributed() throws Exception {
        QuoteTrail t = collombTrail();
        QuoteAppearance moved = bySiteIn(t).get(QuoteTrailFixture.REATTRIBUTING);
        assertTrue(moved.reattributed());
        assertEquals(WordDiff.Relation.SAME, moved.relation());
        assertEquals("Gérard Collomb", moved.firstSpeaker().canonical());
        assertEquals(1, t.reattributed());
        List<Signal> signals = kinds(corpus.compareQuotes(bySite(QuoteTrailFixture.REATTRIBUTING)), QuoteSignals.REATTRIBUTED);
        assertEquals(1, signals.size());
        assertEquals(QuoteTrailFixture.COLLOMB_QUOTE, signals.get(0).evidence().get(0).text());
        assertTrue(signals.get(0).explanation().contains("Emmanuel Macron"), signals.get(0).explanation());
        assertTrue(signals.get(0).explanation().contains("Gérard Collomb"), signals.get(0).explanation());
    }

    @Test
    void theSameSpeakerUnderAShorterNameAndAnUnattributedCopyAreNotFlagged() throws Exception {
        QuoteTrail t = collombTrail();
        for (String site : List.of(QuoteTrailFixture.SAME_SPEAKER, QuoteTrailFixture.UNATTRIBUTED)) {
            QuoteAppearance a = bySiteIn(t).get(site);
            assertEquals(WordDiff.Relation.SAME, a.relation(), site);
            assertFalse(a.reattributed(), site);
            assertEquals(List.of(), trailSignals(corpus.compareQuotes(bySite(site))), site);
        }
        assertEquals(List.of(), trailSignals(corpus.compareQuotes(bySite(QuoteTrailFixture.SOURCE))), "the earliest appearance");
    }

    @Test
    void aQuotationCutByACopierIsShortenedNotAltered() throws Exception {
        QuoteTrailList l = corpus.quotes(new QuoteRequest(SearchRequest.builder("").build(), 20, false));
        QuoteTrail t = l.trails().stream().filter(x -> x.text().startsWith(QuoteTrailFixture.EDF_QUOTE_START)).findFirst().orElseThrow();
        assertEquals(3, t.articles());
        for (String site : List.of(QuoteTrailFixture.CUTTING, QuoteTrailFixture.ELLIPSIS)) {
            QuoteAppearance a = bySiteIn(t).get(site);
            assertEquals(WordDiff.Relation.SHORTENED, a.relation(), site);
            assertEquals(List.of(), a.changed(), site);
            assertEquals(List.of(), trailSignals(corpus.compareQuotes(bySite(site))), site);
        }
        assertEquals(0, t.altered());
    }

    @Test
    void aPageCheckedAgainstTheCorpusGetsTheSignalsWithoutBeingStored() throws Exception {
        Article page = QuoteTrailFixture.copy(QuoteTrailFixture.collomb(), "page.example", "2018-07-01",
                QuoteTrailFixture.COLLOMB_QUOTE, QuoteTrailFixture.COLLOMB_QUOTE.replace("jamais", "toujours"),
                new org.vigie.core.model.Speaker("Marine Le Pen", "marine-le-pen"), "Une page à vérifier");
        long before = corpus.count();
        Article checked = corpus.compareQuotes(page);
        assertEquals(before, corpus.count());
        assertEquals("toujours", kinds(checked, QuoteSignals.ALTERED).get(0).evidence().get(0).text());
        assertEquals(1, kinds(checked, QuoteSignals.REATTRIBUTED).size());
        Article edfPage = QuoteTrailFixture.copy(QuoteTrailFixture.edf(), "page.example", "2019-10-01", QuoteTrailFixture.edfQuote(),
                QuoteTrailFixture.edfQuote().replace("absolument", "vraiment"), null, "Une autre page");
        assertEquals("vraiment", kinds(corpus.compareQuotes(edfPage), QuoteSignals.ALTERED).get(0).evidence().get(0).text(),
                "a quotation stored once (its copies cut it) is found too");
        Article earlier = QuoteTrailFixture.copy(QuoteTrailFixture.collomb(), "page.example", "2018-05-01",
                QuoteTrailFixture.COLLOMB_QUOTE, QuoteTrailFixture.COLLOMB_QUOTE.replace("jamais", "toujours"), null, "Plus tôt");
        assertEquals(List.of(), trailSignals(corpus.compareQuotes(earlier)), "published before every stored appearance");
    }

    @Test
    void filtersSelectTrailsBySiteSpeakerAndFlags() throws Exception {
        QuoteTrailList bySite = corpus.quotes(new QuoteRequest(SearchRequest.builder("").site(QuoteTrailFixture.CUTTING).build(), 20, false));
        assertEquals(1, bySite.total());
        assertTrue(bySite.trails().get(0).text().startsWith(QuoteTrailFixture.EDF_QUOTE_START));
        QuoteTrailList bySpeaker = corpus.quotes(new QuoteRequest(SearchRequest.builder("").speaker("Collomb").build(), 20, false));
        assertEquals(List.of(QuoteTrailFixture.COLLOMB_QUOTE), bySpeaker.trails().stream().map(QuoteTrail::text).toList());
        QuoteTrailList flagged = corpus.quotes(new QuoteRequest(SearchRequest.builder("").build(), 20, true));
        assertEquals(List.of(QuoteTrailFixture.COLLOMB_QUOTE), flagged.trails().stream().map(QuoteTrail::text).toList(),
                "the cut quotation has nothing flagged");
        assertEquals(2, corpus.quotes(new QuoteRequest(SearchRequest.builder("").build(), 20, false)).total());
    }

    @Test
    void aPageIsCheckedAgainstAQuotationTheCorpusHoldsInOneWordingOnly(@TempDir Path dir) throws Exception {
        List<Article> two = List.of(articles.get(0), articles.get(1)); // the source and a verbatim copy: one wording
        try (Corpus c = Corpus.open(dir)) {
            c.ingest(two);
            Article page = QuoteTrailFixture.copy(QuoteTrailFixture.collomb(), "page.example", "2018-07-01",
                    QuoteTrailFixture.COLLOMB_QUOTE, QuoteTrailFixture.COLLOMB_QUOTE.replace("jamais", "toujours"),
                    QuoteTrailFixture.COLLOMB, "Une page à vérifier");
            assertEquals("toujours", kinds(c.compareQuotes(page), QuoteSignals.ALTERED).get(0).evidence().get(0).text());
        }
    }

    static List<Signal> kinds(Article a, String kind) {
        return a.signals().stream().filter(s -> s.kind().equals(kind)).toList();
    }

    static List<Signal> trailSignals(Article a) {
        return a.signals().stream().filter(s -> s.kind().startsWith("quote-")).toList();
    }
}
