package org.vigie.corpus.reprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;

/**
 * Very long bodies are not diffed word by word (fuzzing the API found a family view holding a
 * worker for minutes on two long, very different copies); the headline is still compared.
 */
class ReprintDiffBoundTest {

    private static List<String> paragraphs(String word, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add((word + i + " ").repeat(100).strip());
        return out;
    }

    @Test
    void longBodiesKeepTheHeadlineChangeAndSkipTheWordDiff() {
        // 2 x 120 paragraphs of 100 words: 24,000 words together, over the bound (10,000)
        Article source = Article.compose("Le titre d'origine", null, paragraphs("alpha", 120));
        Article copy = Article.compose("Un autre titre", null, paragraphs("beta", 120));
        List<Change> changes = ReprintDiff.diff(source, copy);
        assertEquals(List.of(Change.Kind.HEADLINE_CHANGED), changes.stream().map(Change::kind).toList());
    }

    @Test
    void bodiesUnderTheBoundAreDiffed() {
        Article source = Article.compose("Le titre", null, paragraphs("alpha", 10));
        Article copy = Article.compose("Le titre", null, paragraphs("beta", 10));
        List<Change> changes = ReprintDiff.diff(source, copy);
        assertTrue(changes.stream().anyMatch(c -> c.kind() != Change.Kind.HEADLINE_CHANGED), changes.toString());
    }
}
