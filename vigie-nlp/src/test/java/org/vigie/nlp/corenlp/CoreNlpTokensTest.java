package org.vigie.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;
import org.vigie.nlp.entities.Samples;

class CoreNlpTokensTest {

    private static final CoreNlpTokens TOKENS = CoreNlpTokens.french();

    @Test
    void tokensCoverEveryNonBlankCharacterAtExactOffsets() {
        Article a = TOKENS.process(Samples.aleppo());
        String text = a.text();
        boolean[] covered = new boolean[text.length()];
        int last = 0;
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertTrue(t.start() >= last, "tokens overlap or go backwards at " + t);
                assertEquals(text.substring(t.start(), t.end()), t.word());
                for (int i = t.start(); i < t.end(); i++) covered[i] = true;
                last = t.end();
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                assertTrue(covered[i], "character " + i + " '" + text.charAt(i) + "' is in no token");
            }
        }
    }

    @Test
    void sentencesStayInsideOneSection() {
        Article a = TOKENS.process(Samples.aleppo());
        assertTrue(a.sentences().size() >= a.sections().size());
        for (Sentence s : a.sentences()) {
            long holding = a.sections().stream()
                    .filter(sec -> sec.start() <= s.start() && s.end() <= sec.end()).count();
            assertEquals(1, holding, "sentence crosses a section: " + a.text().substring(s.start(), s.end()));
        }
        // the title has no final punctuation yet is a sentence of its own
        Section title = a.sections().get(0);
        assertEquals(title.end(), a.sentences().get(0).end());
    }

    @Test
    void offsetsStayExactAfterCharactersOutsideTheBasicPlane() {
        Article a = Article.compose("Un 😀 titre", null,
                List.of("Le 🇫🇷 drapeau « flotte » à Paris.", "Emmanuel Macron est arrivé à Berlin."));
        Article done = TOKENS.process(a);
        List<String> words = new ArrayList<>();
        for (Sentence s : done.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(a.text().substring(t.start(), t.end()), t.word());
                words.add(t.word());
            }
        }
        assertTrue(words.contains("Paris"), words.toString());
        Token berlin = done.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.word().equals("Berlin")).findFirst().orElseThrow();
        assertEquals("Berlin", a.text().substring(berlin.start(), berlin.end()));
        assertTrue(berlin.ner().endsWith("LOC"), berlin.ner());
    }

    @Test
    void tagsPeopleAndPlaces() {
        Article a = TOKENS.process(Samples.aleppo());
        List<Token> all = a.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        assertTrue(all.stream().anyMatch(t -> t.word().equals("Erdogan") && t.ner().endsWith("PER")));
        assertTrue(all.stream().anyMatch(t -> t.word().equals("Istanbul") && t.ner().endsWith("LOC")));
        assertFalse(all.stream().anyMatch(t -> t.word().equals("Laissez")), "boilerplate must not be tokenized");
    }

    @Test
    void concurrentCallsGiveTheSameLayerAsSequentialOnes() throws Exception {
        List<Article> inputs = List.of(Samples.aleppo(), Samples.orangesum("orangesum-1349"),
                Samples.orangesum("orangesum-21942"), Samples.orangesum("orangesum-23446"));
        List<List<Sentence>> sequential = inputs.stream().map(x -> TOKENS.process(x).sentences()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Sentence>>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Article x : inputs) futures.add(pool.submit(() -> TOKENS.process(x).sentences()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % inputs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void blankTextHasNoSentences() {
        assertTrue(TOKENS.process(Article.compose("", null, List.of())).sentences().isEmpty());
    }
}
