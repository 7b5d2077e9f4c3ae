package org.vigie.corpus.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextLanguageTest {

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void frenchDropsElisionsAndStopWordsFoldsAccentsAndStemsPlurals() throws IOException {
        Analyzer fr = TextLanguage.FR.analyzer();
        // Typographic and straight apostrophes; singular and plural meet.
        assertEquals(tokens(fr, "le terroriste"), tokens(fr, "les terroristes"));
        List<String> t = tokens(fr, "le départ des terroristes d’Alep");
        assertEquals(3, t.size(), t.toString());
        assertEquals(tokens(fr, "depart terroriste alep"), t);
        assertEquals("alep", t.get(2));
        assertEquals(tokens(fr, "l'Élysée"), tokens(fr, "elysee"));
        assertEquals(tokens(fr, "Œuvreront"), tokens(fr, "oeuvreront"));
    }

    @Test
    void englishStemsAndDropsPossessives() throws IOException {
        Analyzer en = TextLanguage.EN.analyzer();
        assertEquals(tokens(en, "terrorist"), tokens(en, "the terrorists'"));
        assertEquals(tokens(en, "agreement"), tokens(en, "Agreements"));
    }

    @Test
    void languageTagsPickAChain() {
        assertEquals(TextLanguage.FR, TextLanguage.of(null));
        assertEquals(TextLanguage.FR, TextLanguage.of("fr-CA"));
        assertEquals(TextLanguage.EN, TextLanguage.of("EN"));
        assertEquals(TextLanguage.DE, TextLanguage.of("de_AT"));
        assertEquals(TextLanguage.OTHER, TextLanguage.of("ru"));
    }

    @Test
    void fieldNamesCarryTheirLanguage() {
        assertEquals(TextLanguage.EN, FieldAnalyzer.languageOfField("body_en"));
        assertEquals(TextLanguage.OTHER, FieldAnalyzer.languageOfField("title_xx"));
        assertNull(FieldAnalyzer.languageOfField("source_id"));
        assertNull(FieldAnalyzer.languageOfField("family_id"));
    }
}
