package org.vigie.nlp.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static Lexicon of(String... lines) {
        List<Resources.Line> l = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) l.add(new Resources.Line("test.txt", i + 1, lines[i]));
        return Lexicon.of(l);
    }

    private static List<String> find(Lexicon lex, String text) {
        return lex.find(Words.of(text)).stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @Test
    void foldsCaseAccentsAndInflectionAndPrefersLongestMatch() {
        Lexicon lex = of("régime | politics", "régimes spéciaux | not-a-label", "terroriste | conflict");
        assertEquals(List.of("REGIME", "Terroristes"), find(lex, "Le REGIME et les Terroristes"));
        assertEquals(List.of("régimes spéciaux"), find(lex, "les régimes spéciaux"));
        assertEquals(List.of(), find(lex, "la coopération anti-terroriste"));
    }

    @Test
    void starMatchesAnyEnding() {
        Lexicon lex = of("scandaleu* | evaluative");
        assertEquals(List.of("scandaleux", "Scandaleuses"), find(lex, "scandaleux, Scandaleuses, scandale"));
    }

    @Test
    void elisionsSplitAndTypographicApostrophesFold() {
        Lexicon lex = of("d'après | cue");
        assertEquals(List.of("D’après"), find(lex, "D’après le ministre"));
    }

    @Test
    void badLinesNameFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of("ok", "mot | cat | lourd"));
        assertTrue(e.getMessage().startsWith("test.txt:2: weight is not a number"), e.getMessage());
    }

    @Test
    void everyBundledDataFileLoads() {
        for (String f : List.of("loaded-labels.txt", "subjectivity.txt", "vagueness.txt", "reporting-cues.txt",
                "headline-stopwords.txt")) {
            assertTrue(Lexicon.load(f).entries().size() > 20, f);
        }
    }
}
