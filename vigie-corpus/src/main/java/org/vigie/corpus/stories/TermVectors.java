package org.vigie.corpus.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.WordTokens;

/**
 * Bags of word stems for topic similarity: words normalised as for reprints (case, accents),
 * French stop words dropped (Lucene's list), then reduced by Lucene's {@link FrenchLightStemmer}
 * (Savoy's light stemmer: plural and gender endings), which stands in for lemmas without a
 * tagger. Headline and standfirst words count twice: they name the event.
 */
public final class TermVectors {

    private static final Set<String> STOP = foldedStopWords();

    private TermVectors() {
    }

    /** Term counts of an article. */
    public static Map<String, Integer> counts(Article a) {
        Map<String, Integer> tf = new HashMap<>();
        int bodyStart = a.bodyStart();
        String text = a.text();
        add(tf, text, 0, bodyStart, 2);
        add(tf, text, bodyStart, text.length(), 1);
        return tf;
    }

    private static void add(Map<String, Integer> tf, String text, int from, int to, int weight) {
        if (to <= from) return;
        WordTokens w = WordTokens.of(text, from, to);
        FrenchLightStemmer stemmer = new FrenchLightStemmer();
        char[] buf = new char[64];
        for (int i = 0; i < w.size(); i++) {
            String word = w.word(i);
            if (word.length() < 3 || STOP.contains(word) || isNumber(word)) continue;
            if (word.length() > buf.length) buf = new char[word.length()];
            word.getChars(0, word.length(), buf, 0);
            int len = stemmer.stem(buf, word.length());
            tf.merge(new String(buf, 0, len), weight, Integer::sum);
        }
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
        return w.length() < 4; // years (2020) name events, small counts do not
    }

    private static Set<String> foldedStopWords() {
        CharArraySet set = FrenchAnalyzer.getDefaultStopSet();
        Set<String> out = new HashSet<>();
        for (Object o : set) out.add(WordTokens.normalize(new String((char[]) o)));
        // A few news-wire words that say nothing about the event.
        for (String w : new String[]{"selon", "aussi", "ainsi", "alors", "apres", "avant", "cette", "comme",
                "plus", "tres", "deja", "encore", "egalement", "notamment", "lundi", "mardi", "mercredi", "jeudi",
                "vendredi", "samedi", "dimanche", "jour", "annee", "ans", "fait", "faire", "dit", "declare", "indique",
                "explique", "afp", "est", "sont", "etait", "ete", "avait", "avoir", "etre", "peut", "doit", "tout", "tous",
                "toute", "toutes", "depuis", "entre", "sans", "sous", "dont", "leur", "leurs"}) {
            out.add(w);
        }
        return out;
    }
}
