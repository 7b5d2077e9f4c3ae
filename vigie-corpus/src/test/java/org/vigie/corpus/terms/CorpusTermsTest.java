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
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.Samples;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.store.Fields;

/**
 * Significant terms on real articles: the 40 OrangeSum samples (French, CC BY-SA) and twenty
 * English news pages of November 2019 (Scrapinghub's benchmark, MIT: see
 * {@code stories/english/SOURCES.txt}), two of them about a Chinese hunter's bubonic plague.
 */
class CorpusTermsTest {

    @TempDir
    static Path tmp;
    static Corpus corpus;
    static final List<Article> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void ingest() throws IOException {
        ARTICLES.addAll(Samples.orangesum());
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
        TextLanguage l = TextLanguage.of(a.language());
        Set<String> out = new HashSet<>();
        for (String text : texts) {
            if (text == null) continue;
            try (TokenStream ts = l.analyzer().tokenStream(Fields.text(Fields.TEXT_BODY, l), text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) out.add(term.toString());
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
            long anywhere = 0;
            long inBody = 0;
            for (Article a : rest) {
                if (!TextLanguage.of(a.language()).suffix().equals(s.language())) continue; // each language its own index terms
                if (indexedTerms(a).contains(s.term())) anywhere++;
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
        assertTrue(words.contains("bubonic"), words.toString());
        for (SignificantTerm s : t.terms()) assertEquals("en", s.language(), s.toString());
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
