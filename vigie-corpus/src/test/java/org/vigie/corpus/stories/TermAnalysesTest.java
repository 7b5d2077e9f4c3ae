package org.vigie.corpus.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermAnalysesTest {

    private static Map<String, Integer> terms(String language, String text) {
        Map<String, Integer> tf = new HashMap<>();
        TermAnalyses.DEFAULT.of(language).addTerms(text, 0, text.length(), 1, tf);
        return tf;
    }

    @Test
    void englishDropsFunctionWordsAndFoldsInflectionsToWords() {
        Map<String, Integer> tf = terms("en", "The governor's elections were announced on Monday; officials said"
                + " the election was announcing nothing, and they have been killed since 2019.");
        assertEquals(Set.of("governor", "election", "announce", "official", "nothing", "kill", "2019"), tf.keySet());
        assertEquals(2, tf.get("election"));
        assertEquals(2, tf.get("announce"));
    }

    @Test
    void englishStemmersCanBeComparedAndKStemKeepsDerivationsApart() {
        String text = "university universe general generous";
        assertEquals(Set.of("university", "universe", "general", "generous"), terms("en", text).keySet());
        Map<String, Integer> porter = new HashMap<>();
        TermAnalyses.DEFAULT.withEnglishStemming("porter").of("en").addTerms(text, 0, text.length(), 1, porter);
        assertEquals(Map.of("univers", 2, "gener", 2), porter);
    }

    @Test
    void aRegionCountsAsItsLanguageAndAnUndetectedLanguageIsReadAsFrench() {
        assertEquals("en", TermAnalyses.key("en-GB"));
        assertEquals("en", TermAnalyses.key("EN_us"));
        assertEquals("fr", TermAnalyses.key(null));
        assertEquals("fr", TermAnalyses.key(" "));
        assertSame(TermAnalyses.DEFAULT.of("en"), TermAnalyses.DEFAULT.of("en-GB"));
        assertSame(TermAnalyses.DEFAULT.of("fr"), TermAnalyses.DEFAULT.of(null));
        // French as before: folded, stop words dropped, light-stemmed.
        assertEquals(Set.of("election", "municipal", "report"), terms(null, "Les élections municipales sont reportées").keySet());
    }

    @Test
    void otherLanguagesGetLucenesAnalyzerElseTheirWordsUnstemmed() {
        // German: GermanAnalyzer's stop words and light stemmer (umlauts normalised).
        Map<String, Integer> de = terms("de", "Die Häuser und das Haus der Wahlen");
        assertFalse(de.containsKey("die") || de.containsKey("und"), de.toString());
        assertEquals(2, de.get("haus"), de.toString());
        // Spanish: stop words gone, plural folded.
        Map<String, Integer> es = terms("es", "Las elecciones y la elección");
        assertFalse(es.containsKey("las"), es.toString());
        assertEquals(1, es.size(), es.toString());
        // Chinese: CJK bigrams, not one word per run of ideographs.
        assertTrue(terms("zh", "北京市政府").containsKey("北京"));
        // Polish: no analyzer in lucene-analysis-common: lower-cased words, unstemmed, no stop list.
        assertEquals(Set.of("wybory", "wyborach", "nie"), terms("pl", "Wybory, WYBORACH nie").keySet());
    }
}
