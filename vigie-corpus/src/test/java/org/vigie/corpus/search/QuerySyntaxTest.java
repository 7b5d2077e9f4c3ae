package org.vigie.corpus.search;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusFixtures;

/** The examples of QUERY-SYNTAX.md, checked against what the fixture texts contain. */
class QuerySyntaxTest {

    @TempDir
    static Path tmp;
    static Corpus corpus;
    static List<Article> articles;

    @BeforeAll
    static void ingest() throws IOException {
        articles = new ArrayList<>(CorpusFixtures.annotatedSamples());
        corpus = Corpus.open(tmp.resolve("data"));
        corpus.ingest(articles);
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    private static void same(String query, Predicate<Article> expected) throws IOException {
        long want = articles.stream().filter(expected).count();
        assertTrue(want > 0, "the example must match something: " + query);
        SearchResult r = corpus.search(SearchRequest.builder(query).size(100).build());
        assertEquals(want, r.total(), query);
        for (SearchHit h : r.hits()) {
            Article a = articles.stream().filter(x -> x.id().equals(h.id())).findFirst().orElseThrow();
            assertTrue(expected.test(a), query + " should not find " + a.title());
        }
    }

    /** The word, or its plural, as a whole word, ignoring case. */
    private static boolean has(Article a, String word) {
        return java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})" + word + "(s|es)?(?!\\p{L})").matcher(a.text()).find();
    }

    private static boolean hasPrefix(Article a, String prefix) {
        return java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})" + prefix).matcher(a.text()).find();
    }

    @Test
    void documentedExamplesFindWhatTheySay() throws IOException {
        same("poutine erdogan", a -> has(a, "poutine") && has(a, "erdogan"));
        same("hollande -macron", a -> has(a, "hollande") && !has(a, "macron"));
        same("hollande NOT macron", a -> has(a, "hollande") && !has(a, "macron"));
        same("hollande OR macron", a -> has(a, "hollande") || has(a, "macron"));
        same("(alep OR damas) AND turquie", a -> (has(a, "alep") || has(a, "damas")) && has(a, "turquie"));
        same("\"poutine erdogan\"~5", a -> has(a, "Vladimir Poutine et Recep Tayyip Erdogan"));
        same("terror*", a -> hasPrefix(a, "terror"));
        same("erdgan~1", a -> has(a, "erdogan"));
        same("title:(poutine alep)", a -> has(a, "poutine") && a.title().contains("Alep"));
        same("poutine^2 erdogan", a -> has(a, "poutine") && has(a, "erdogan"));
        same("date:2018-05", a -> a.metadata().date() != null && a.metadata().date().startsWith("2018-05"));
        same("date:[2020 TO *]", a -> a.metadata().date() != null && a.metadata().date().compareTo("2020") >= 0);
        same("date:[2016-01 TO 2017-06]", a -> a.metadata().date() != null
                && a.metadata().date().compareTo("2016-01") >= 0 && a.metadata().date().compareTo("2017-07") < 0);
        same("site:www.actu.orange.fr", a -> "actu.orange.fr".equals(a.metadata().site()));
        same("language:FR", a -> true);
        same("speaker:Q7747", a -> !a.quotes().isEmpty());
        same("signal:loaded-label", a -> !a.signals().isEmpty());
        same("*", a -> true);
    }
}
