package org.vigie.nlp.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.nlp.signals.Parts.Range;
import org.vigie.nlp.signals.Words.Word;

class WordsTest {

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    @Test
    void compoundsElisionsAndNumbers() {
        List<Word> w = Words.of("D’après l'AFP, 1.000 anti-terroristes ont 8,5 ans.");
        assertEquals(List.of("D’", "après", "l'", "AFP", "1.000", "anti-terroristes", "ont", "8,5", "ans"), texts(w));
        Word compound = w.get(5);
        assertEquals("anti-terroristes", compound.folded());
        assertEquals(Fold.key("anti-terroristes"), compound.key());
        assertEquals("apres", w.get(1).folded());
    }

    /** All 40 sample articles, composed as the ingest stage does. */
    private static List<Article> samples() {
        List<Article> out = new ArrayList<>();
        for (String line : Samples.read("samples/orangesum/orangesum-sample.jsonl")) {
            try {
                JsonNode n = Samples.JSON.readTree(line);
                out.add(Article.compose(n.get("title").asText(), n.get("heading").asText(), List.of(n.get("article").asText())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * A part of an article is served from the article's words: it must be exactly what
     * tokenising the part alone gives, for the parts stages ask for and for arbitrary cuts
     * (including cuts through words, hyphens, elisions and numbers).
     */
    @Test
    void partsOfAnArticleAreTheWordsOfThePartAlone() {
        Random random = new Random(7);
        int compared = 0;
        for (Article a : samples()) {
            String text = a.text();
            assertTrue(text.length() >= Words.SHARED_FROM);
            List<Range> ranges = new ArrayList<>();
            ranges.add(Parts.title(a));
            if (Parts.standfirst(a) != null) ranges.add(Parts.standfirst(a));
            ranges.add(Parts.body(a));
            ranges.add(new Range(a.bodyStart(), text.length(), null));
            ranges.addAll(Parts.sentences(text, Parts.body(a)));
            for (int k = 0; k < 200; k++) {
                int s = random.nextInt(text.length());
                ranges.add(new Range(s, s + random.nextInt(text.length() - s + 1), null));
            }
            for (Range r : ranges) {
                assertEquals(Words.scan(text, r.start(), r.end()), Words.of(text, r.start(), r.end()),
                        "range " + r + " of " + a.title());
                compared++;
            }
        }
        assertTrue(compared > 8000);
    }

    @Test
    void anArticleIsTokenisedOncePerThreadAndItsWordsCannotBeChanged() {
        Article a = samples().get(0);
        List<Word> whole = Words.of(a.text());
        assertSame(whole.get(3), Words.of(a.text(), whole.get(3).start(), a.text().length()).get(0));
        // an equal text that is another object is tokenised again (identity, not equality)
        String copy = new String(a.text().toCharArray());
        List<Word> again = Words.of(copy);
        assertEquals(whole, again);
        assertNotSame(whole.get(3), again.get(3));
        assertThrows(UnsupportedOperationException.class, () -> whole.remove(0));
        assertFalse(Words.of("court").isEmpty());
    }
}
