package org.vigie.corpus.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.Samples;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.store.Fields;

/**
 * Significant terms on real articles: the 40 OrangeSum samples (French, CC BY-SA) and twenty
 * English news pages of November 2019 (Scrapinghub's benchmark, MIT: see
 * {@code stories/english/SOURCES.txt}), two of them about a Chinese hunter's bubonic plague; the
 * French ones with the entities of a small gazetteer found verbatim.
 */
class CorpusTermsTest {

    @TempDir
    static Path tmp;
    static Corpus corpus;
    static final List<Article> ARTICLES = new ArrayList<>();

    /** Names found verbatim in the French samples, as an entity stage would give them: id, type, canonical name. */
    static final Map<String, String[]> GAZETTEER = Map.of(
            "Anne Hidalgo", new String[] {"anne-hidalgo", "PER", "Anne Hidalgo"},
            "Rachida Dati", new String[] {"rachida-dati", "PER", "Rachida Dati"},
            "Benjamin Griveaux", new String[] {"benjamin-griveaux", "PER", "Benjamin Griveaux"},
            "Emmanuel Macron", new String[] {"emmanuel-macron", "PER", "Emmanuel Macron"},
            "Edouard Philippe", new String[] {"edouard-philippe", "PER", "Édouard Philippe"},
            "Édouard Philippe", new String[] {"edouard-philippe", "PER", "Édouard Philippe"},
            "Paris", new String[] {"paris", "LOC", "Paris"});

    static Article withGazetteerEntities(Article a) {
        Map<String, List<Span>> mentions = new TreeMap<>();
        Map<String, String[]> byId = new TreeMap<>();
        for (Map.Entry<String, String[]> g : GAZETTEER.entrySet()) {
            for (int i = a.text().indexOf(g.getKey()); i >= 0; i = a.text().indexOf(g.getKey(), i + 1)) {
                mentions.computeIfAbsent(g.getValue()[0], k -> new ArrayList<>()).add(a.span(i, i + g.getKey().length()));
                byId.put(g.getValue()[0], g.getValue());
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Span>> m : mentions.entrySet()) {
            String[] g = byId.get(m.getKey());
            entities.add(new Entity(g[2], EntityType.valueOf(g[1]), g[0], m.getValue()));
        }
        return a.withEntities(entities);
    }

    @BeforeAll
    static void ingest() throws IOException {
        for (Article a : Samples.orangesum()) ARTICLES.add(withGazetteerEntities(a));
        for (String line : english("SOURCES.txt").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String file = line.split("\t")[0];
            List<String> blocks = Arrays.asList(english(file).split("\n\n"));
            ARTICLES.add(Article.compose(blocks.get(0), null, blocks.subList(1, blocks.size()))
                    .withSourceId(file).withLanguage("en", 1.0));
        }
        corpus = Corpus.open(tmp.resolve("data"));
        corpus.ingest(ARTICLES);
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    private static String english(String name) throws IOException {
        try (InputStream in = CorpusTermsTest.class.getResourceAsStream("/org/vigie/corpus/stories/english/" + name)) {
            if (in == null) throw new IOException("missing fixture english/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    static SignificantTerms terms(String query, int minArticles) throws IOException {
        return corpus.terms(new TermsRequest(SearchRequest.builder(query).build(), 20, 2_000, minArticles));
    }

    static List<String> words(SignificantTerms t) {
        return t.terms().stream().map(SignificantTerm::word).toList();
    }

    /** The indexed terms of an article, title, standfirst and body, by the index's analysis of its language. */
    static Set<String> indexedTerms(Article a) throws IOException {
        return indexedTerms(a, a.title(), a.standfirst(), a.body());
    }

    static Set<String> indexedTerms(Article a, String... texts) throws IOException {
        return indexedTerms(true, a, texts);
    }

    /**
     * The indexed terms of the texts, and their two-term phrases: two terms at consecutive
     * positions, with ({@code strict}) only spaces, hyphens or apostrophes between them as
     * {@code vigie terms} counts them, or with anything between them as a phrase query finds them.
     */
    static Set<String> indexedTerms(boolean strict, Article a, String... texts) throws IOException {
        TextLanguage l = TextLanguage.of(a.language());
        Set<String> out = new HashSet<>();
        for (String text : texts) {
            if (text == null) continue;
            try (TokenStream ts = l.analyzer().tokenStream(Fields.text(Fields.TEXT_BODY, l), text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
                ts.reset();
                String previous = null;
                int previousEnd = 0;
                while (ts.incrementToken()) {
                    String t = term.toString();
                    out.add(t);
                    if (previous != null && increment.getPositionIncrement() == 1
                            && (!strict || CorpusTerms.adjacent(text, previousEnd, offset.startOffset()))) {
                        out.add(previous + " " + t);
                    }
                    previous = t;
                    previousEnd = offset.endOffset();
                }
                ts.end();
            }
        }
        return out;
    }

    @Test
    void theWordsOfTheMatchesThatTheRestOfTheCorpusLacksComeFirst() throws IOException {
        SignificantTerms t = terms("municipales", 2);
        long total = corpus.search(SearchRequest.builder("municipales").build()).total();
        assertEquals(total, t.matched());
        assertEquals(t.matched(), t.read(), "under the sample size every match is read");
        assertEquals(ARTICLES.size(), t.corpus());
        assertEquals("municipales", t.terms().get(0).word().toLowerCase(java.util.Locale.ROOT), words(t).toString());
        assertEquals(1.0, t.terms().get(0).share(), 1e-9);
        for (SignificantTerm s : t.terms()) {
            assertTrue(s.articles() >= 2, s.toString());
            assertTrue(s.share() > s.restShare(), "only words over-represented in the matches: " + s);
            assertTrue(s.score() >= 3.84, "only significant ones (p < 0.05): " + s);
        }
        for (int i = 1; i < t.terms().size(); i++) {
            assertTrue(t.terms().get(i - 1).score() >= t.terms().get(i).score(), "ranked by G2");
        }
        // French function words never stand out, whatever their counts
        assertFalse(words(t).stream().anyMatch(w -> Set.of("le", "la", "les", "de", "des", "a", "été", "est").contains(w)), words(t).toString());
    }

    @Test
    void countsAgreeWithTheArticlesThemselves() throws IOException {
        SignificantTerms t = terms("municipales", 2);
        List<Article> matched = new ArrayList<>();
        List<Article> rest = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        corpus.search(SearchRequest.builder("municipales").size(100).build()).hits().forEach(h -> ids.add(h.id()));
        for (Article a : ARTICLES) (ids.contains(a.id()) ? matched : rest).add(a);
        for (SignificantTerm s : t.terms()) {
            long in = 0;
            for (Article a : matched) if (indexedTerms(a).contains(s.term())) in++;
            assertEquals(in, s.articles(), s.toString());
            // the rest's count is the largest of the title, standfirst and body fields' document
            // frequencies: at most the articles of its language holding the word anywhere, at least those
            // holding it in the body ("polit" is also English "political": those do not count)
            // (for a phrase: a phrase query on the index also finds it across punctuation)
            long anywhere = 0;
            long inBody = 0;
            for (Article a : rest) {
                if (!TextLanguage.of(a.language()).suffix().equals(s.language())) continue; // each language its own index terms
                if (indexedTerms(false, a, a.title(), a.standfirst(), a.body()).contains(s.term())) anywhere++;
                if (indexedTerms(a, a.body()).contains(s.term())) inBody++;
            }
            assertTrue(s.rest() <= anywhere && s.rest() >= inBody, s + ": anywhere " + anywhere + ", body " + inBody);
        }
    }

    @Test
    void eachLanguageIsComparedWithItsOwnArticles() throws IOException {
        SignificantTerms t = terms("plague", 2);
        assertEquals(2, t.matched());
        List<String> words = words(t);
        assertTrue(words.contains("bubonic plague"), words.toString());
        for (SignificantTerm s : t.terms()) assertEquals("en", s.language(), s.toString());
    }

    @Test
    void entitiesAreCountedFromTheirLayerAgainstTheIndex() throws IOException {
        SignificantTerms t = terms("municipales", 2);
        List<String> ids = t.entities().stream().map(SignificantEntity::entityId).toList();
        assertEquals("anne-hidalgo", ids.get(0), t.entities().toString());
        // Paris: 2 of the 4 matches against 6 of the other 36 French articles, G2 3.44: chance at p < 0.05
        assertFalse(ids.contains("paris"), ids.toString());
        assertFalse(ids.contains("emmanuel-macron"), "in no matching article: " + ids);
        SignificantEntity hidalgo = t.entities().get(0);
        assertEquals("Anne Hidalgo", hidalgo.name());
        assertEquals("PER", hidalgo.type());
        Set<String> matched = new HashSet<>();
        corpus.search(SearchRequest.builder("municipales").size(100).build()).hits().forEach(h -> matched.add(h.id()));
        for (SignificantEntity e : t.entities()) {
            long in = 0;
            long rest = 0;
            for (Article a : ARTICLES) {
                if (a.entities().stream().noneMatch(x -> e.entityId().equals(x.entityId()))) continue;
                if (matched.contains(a.id())) in++;
                else rest++;
            }
            assertEquals(in, e.articles(), e.toString());
            assertEquals(rest, e.rest(), "one field, no sample: the rest's count is exact: " + e);
            assertTrue(e.share() > e.restShare(), e.toString());
        }
        // "Edouard Philippe" and "Édouard Philippe" are one entity, named as its layer names it
        SignificantTerms philippe = terms("Philippe", 1);
        assertTrue(philippe.entities().stream().anyMatch(e -> e.entityId().equals("edouard-philippe") && e.name().equals("Édouard Philippe")
                && e.articles() == 3), philippe.entities().toString());
    }

    @Test
    void aComparisonSearchTakesThePlaceOfTheRestOfTheCorpus() throws IOException {
        TermsRequest plague = new TermsRequest(SearchRequest.builder("plague").build(), 20, 2_000, 2);
        SignificantTerms t = corpus.terms(plague.comparedWith(SearchRequest.builder("duvet").build()));
        assertEquals(2, t.matched());
        assertEquals(2L, t.against(), "the two duvet-lung pages");
        assertEquals(2L, t.againstRead());
        List<String> words = words(t);
        assertTrue(words.contains("bubonic plague"), words.toString());
        assertFalse(words.contains("lung"), "a word of the comparison pages only never stands out: " + words);
        for (SignificantTerm s : t.terms()) {
            assertTrue(s.rest() <= 2, s.toString());
            assertEquals((double) s.rest() / 2, s.restShare(), 1e-9, "shares of the comparison's articles read");
        }
        // against the rest of the corpus, the same words have another background: 18 other English pages
        SignificantTerms rest = corpus.terms(plague);
        assertEquals(null, rest.against());
        assertTrue(rest.terms().stream().anyMatch(s -> s.word().equals("bubonic plague") && s.restShare() == 0.0), rest.terms().toString());
    }

    @Test
    void theMatchesAreLeftOutOfTheirComparison() throws IOException {
        TermsRequest both = new TermsRequest(SearchRequest.builder("plague OR duvet").build(), 20, 2_000, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> corpus.terms(both.comparedWith(SearchRequest.builder("duvet").build())));
        assertTrue(e.getMessage().contains("matches no article other than the 4 matches"), e.getMessage());
        assertEquals(List.of(1, 4, 9), Arrays.stream(CorpusTerms.without(new int[] {1, 2, 4, 7, 9}, new int[] {2, 3, 7})).boxed().toList());
    }

    @Test
    void twoWordsInARowThatBelongTogetherArePhrases() throws IOException {
        SignificantTerms t = terms("plague", 2);
        SignificantTerm bubonic = t.terms().stream().filter(s -> s.term().equals("bubon plagu")).findFirst()
                .orElseThrow(() -> new AssertionError(t.terms().toString()));
        assertEquals("bubonic plague", bubonic.word().toLowerCase(java.util.Locale.ROOT));
        assertEquals(2, bubonic.articles());
        assertEquals(0, bubonic.rest(), "a phrase query on the index: no other page says it");
        // punctuation, quotes or a dropped stop word between two words make no phrase
        String text = "les gilets jaunes, samedi « Paris » état d'urgence Etats-Unis";
        assertTrue(CorpusTerms.adjacent(text, text.indexOf("gilets") + 6, text.indexOf("jaunes")));
        assertFalse(CorpusTerms.adjacent(text, text.indexOf("jaunes") + 6, text.indexOf("samedi")));
        assertFalse(CorpusTerms.adjacent(text, text.indexOf("samedi") + 6, text.indexOf("Paris")));
        assertTrue(CorpusTerms.adjacent(text, text.indexOf("état") + 4, text.indexOf("d'urgence")));
        assertTrue(CorpusTerms.adjacent(text, text.indexOf("Etats") + 5, text.indexOf("Unis")));
    }

    @Test
    void aWordAPhraseHoldsMostOfTheTimeGivesWayToThePhrase() {
        SignificantTerm phrase = new SignificantTerm("Emmanuel Macron", "emmanuel macron", "fr", 90, 0.9, 1, 0.001, 900);
        SignificantTerm given = new SignificantTerm("Emmanuel", "emmanuel", "fr", 92, 0.92, 5, 0.005, 800);
        SignificantTerm surname = new SignificantTerm("Macron", "macron", "fr", 150, 1.0, 2, 0.002, 1000);
        assertEquals(List.of(phrase, surname), CorpusTerms.withoutSubsumedWords(List.of(phrase, given, surname)),
                "'Emmanuel' is nearly always in the phrase; 'Macron' is often alone");
    }

    @Test
    void writtenFormsDropElidedArticlesAndPossessives() {
        assertEquals("épidémie", CorpusTerms.displayForm(TextLanguage.FR, "l'épidémie", "epidem"));
        assertEquals("Élysée", CorpusTerms.displayForm(TextLanguage.FR, "l’Élysée", "elyse"));
        assertEquals("aujourd'hui", CorpusTerms.displayForm(TextLanguage.FR, "aujourd'hui", "aujourd'hui"));
        assertEquals("Trump", CorpusTerms.displayForm(TextLanguage.EN, "Trump's", "trump"));
        assertEquals("l'épidémie", CorpusTerms.displayForm(TextLanguage.EN, "l'épidémie", "l'epidemie"));
    }

    @Test
    void aSampleIsSpreadOverTheMatches() throws IOException {
        SignificantTerms t = corpus.terms(new TermsRequest(SearchRequest.builder("France OR police OR the").build(), 5, 4, 1));
        assertTrue(t.matched() > 4, "matched " + t.matched());
        assertEquals(4, t.read());
        assertTrue(t.terms().stream().allMatch(s -> s.articles() <= 4), t.terms().toString());
        int[] ids = new int[100];
        for (int i = 0; i < ids.length; i++) ids[i] = 1000 + i;
        assertEquals(List.of(1000, 1025, 1050, 1075), Arrays.stream(CorpusTerms.sample(ids, 4)).boxed().toList());
        assertEquals(3, CorpusTerms.sample(new int[]{7, 8, 9}, 4).length, "fewer matches than the sample: all of them");
    }

    @Test
    void dunningsLogLikelihoodRatio() {
        // 4 ln 2 for a perfect two-by-two association of one observation each; the others as in Apache Mahout's tests
        assertEquals(4 * Math.log(2), CorpusTerms.logLikelihoodRatio(1, 0, 0, 1), 1e-9);
        assertEquals(27.72589, CorpusTerms.logLikelihoodRatio(10, 0, 0, 10), 1e-5);
        assertEquals(39.33052, CorpusTerms.logLikelihoodRatio(5, 1995, 0, 100000), 1e-5);
        assertEquals(4730.737, CorpusTerms.logLikelihoodRatio(1000, 1995, 1000, 100000), 1e-3);
        assertEquals(0.0, CorpusTerms.logLikelihoodRatio(10, 90, 100, 900), 1e-9, "same share: no evidence");
    }

    @Test
    void aQueryMatchingEverythingHasNothingToBeComparedWith() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> corpus.terms(TermsRequest.of(SearchRequest.builder(null).build())));
        assertTrue(e.getMessage().contains("match all " + ARTICLES.size()), e.getMessage());
        SignificantTerms none = terms("zzyzzyva", 1);
        assertEquals(0, none.matched());
        assertTrue(none.terms().isEmpty());
    }
}
