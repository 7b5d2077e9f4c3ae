package org.vigie.corpus.stories;

import java.util.HashMap;
import java.util.Map;
import org.vigie.core.model.Article;

/**
 * Bags of word stems for topic similarity, by the analysis of the article's language
 * ({@link TermAnalyses}): French words folded and light-stemmed, English words stemmed by KStem,
 * each language's stop words dropped. Headline and standfirst words count twice: they name the
 * event.
 */
public final class TermVectors {

    private TermVectors() {
    }

    /** Term counts of an article, by the analysis of its language. */
    public static Map<String, Integer> counts(Article a) {
        return counts(a, TermAnalyses.DEFAULT.of(a.language()));
    }

    /** Term counts of an article by {@code analysis}. */
    public static Map<String, Integer> counts(Article a, TermAnalysis analysis) {
        Map<String, Integer> tf = new HashMap<>();
        int bodyStart = a.bodyStart();
        String text = a.text();
        analysis.addTerms(text, 0, bodyStart, 2, tf);
        analysis.addTerms(text, bodyStart, text.length(), 1, tf);
        return tf;
    }
}
