package org.vigie.corpus.stories;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.vigie.corpus.reprints.WordTokens;

/**
 * Terms as words normalised as for reprints (case, accents: {@link WordTokens}), words under three
 * letters, stop words and short numbers dropped, then reduced by a char-array stemmer. French is
 * Lucene's stop list and {@link FrenchLightStemmer} (Savoy's light stemmer: plural and gender
 * endings), which stands in for lemmas without a tagger; a language Lucene has no analyzer for
 * gets its words unstemmed, with no stop list: its function words are in every document, so the
 * language's own IDF weighs them down.
 */
final class WordStems implements TermAnalysis {

    /** A stemmer in Lucene's char-array form: the stem's length, the stem in place. */
    @FunctionalInterface
    interface Stemmer {
        int stem(char[] s, int len);
    }

    private final Set<String> stop;
    private final Supplier<Stemmer> stemmer; // Lucene's stemmers keep buffers: one per call

    private WordStems(Set<String> stop, Supplier<Stemmer> stemmer) {
        this.stop = stop;
        this.stemmer = stemmer;
    }

    /** French: Lucene's stop words plus news-wire words, FrenchLightStemmer. */
    static WordStems french() {
        return new WordStems(frenchStopWords(), () -> new FrenchLightStemmer()::stem);
    }

    /** Lower-cased, accent-folded words, neither stemmed nor stopped. */
    static WordStems plain() {
        return new WordStems(Set.of(), () -> (s, len) -> len);
    }

    @Override
    public void addTerms(String text, int from, int to, int weight, Map<String, Integer> tf) {
        if (to <= from) return;
        WordTokens w = WordTokens.of(text, from, to);
        Stemmer stem = stemmer.get();
        char[] buf = new char[64];
        for (int i = 0; i < w.size(); i++) {
            String word = w.word(i);
            if (word.length() < 3 || stop.contains(word) || isShortNumber(word)) continue;
            if (word.length() > buf.length) buf = new char[word.length()];
            word.getChars(0, word.length(), buf, 0);
            int len = stem.stem(buf, word.length());
            tf.merge(new String(buf, 0, len), weight, Integer::sum);
        }
    }

    /** Years (2020) name events, small counts do not. */
    static boolean isShortNumber(String w) {
        for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
        return w.length() < 4;
    }

    private static Set<String> frenchStopWords() {
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
        return Set.copyOf(out);
    }
}
