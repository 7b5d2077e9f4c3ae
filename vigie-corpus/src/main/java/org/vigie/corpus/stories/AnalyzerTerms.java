package org.vigie.corpus.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Terms as a Lucene {@link Analyzer} makes them (its tokenizer, stop words and stemmer), with the
 * filters every language shares: terms shorter than {@code minLength} and numbers under four
 * digits dropped. Used for English (a chain of Vigie's, {@link #english}) and for the languages
 * whose analyzer lucene-analysis-common ships (German, Spanish, Italian...). Lucene analyzers are
 * thread-safe (one token stream per thread).
 */
final class AnalyzerTerms implements TermAnalysis {

    /** English stemmers of lucene-analysis-common (see {@link #english}). */
    enum EnglishStemming { MINIMAL, KSTEM, PORTER }

    /** Words news wires use in every story: said, told, Monday... (after Snowball's English list). */
    private static final String[] ENGLISH_NEWS_WORDS = {
        "said", "says", "say", "saying", "told", "tell", "also", "would", "could", "will", "can", "may", "might",
        "must", "one", "two", "three", "new", "year", "years", "according", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "week", "last", "first", "just", "like", "get", "got",
        "make", "made", "many", "much", "even", "still", "well", "back", "since", "including", "time", "now",
        "added", "percent", "per", "cent", "people", "however", "another", "via", "image", "images",
        "photo", "getty", "reuters", "afp", "mrs"};

    private final Analyzer analyzer;
    private final int minLength;

    AnalyzerTerms(Analyzer analyzer, int minLength) {
        this.analyzer = analyzer;
        this.minLength = minLength;
    }

    /**
     * English: Unicode word tokens, possessive 's dropped, lower case, Snowball's English stop
     * list (the counterpart of the French one; Lucene's {@code ENGLISH_STOP_WORDS_SET} has 33
     * words and leaves he, his, have, been, from) with Lucene's and a few news-wire words, then
     * a stemmer. KStem by default: it folds inflections (elections/election, killed/kill,
     * announced/announce) to real words and leaves derivations apart, where Porter also
     * conflates university with universe and general with generous, and the minimal stemmer folds
     * plurals only (bench {@code EnglishStoryEval} compares the three). Words under three letters
     * are dropped, as in French.
     */
    static AnalyzerTerms english(EnglishStemming stemming) {
        CharArraySet stop = englishStopWords();
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = new EnglishPossessiveFilter(source);
                t = new LowerCaseFilter(t);
                t = new StopFilter(t, stop);
                t = switch (stemming) {
                    case MINIMAL -> new EnglishMinimalStemFilter(t);
                    case KSTEM -> new KStemFilter(t);
                    case PORTER -> new PorterStemFilter(t);
                };
                // Again after stemming: saying -> say, years -> year.
                return new TokenStreamComponents(source, new StopFilter(t, stop));
            }
        };
        return new AnalyzerTerms(a, 3);
    }

    @Override
    public void addTerms(String text, int from, int to, int weight, Map<String, Integer> tf) {
        if (to <= from) return;
        try (TokenStream ts = analyzer.tokenStream("text", text.substring(from, to))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() < minLength) continue;
                String t = term.toString();
                if (WordStems.isShortNumber(t)) continue;
                tf.merge(t, weight, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string", e); // a string reader does not fail
        }
    }

    private static CharArraySet englishStopWords() {
        try {
            CharArraySet set = new CharArraySet(WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)), false);
            set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            for (String w : ENGLISH_NEWS_WORDS) set.add(w);
            return CharArraySet.unmodifiableSet(set);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's english_stop.txt is missing from lucene-analysis-common", e);
        }
    }
}
