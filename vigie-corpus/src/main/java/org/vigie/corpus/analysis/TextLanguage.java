package org.vigie.corpus.analysis;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The languages the corpus analyses with their own chain. Each article's title, standfirst and
 * body are indexed in the fields of its language ({@code body_fr}, {@code body_en}, ...), and a
 * query is analysed once per language, so "terroriste" meets "terroristes" in French text and
 * "terrorists" meets "terrorist" in English text. Articles in any other language, or with no
 * language, use {@link #OTHER} (no stemming) — except that a missing language means French, the
 * project's first language, because readers may not have run language identification yet.
 *
 * <p>Changing a chain changes what is in the index: bump {@code CorpusSchema.VERSION}.
 */
public enum TextLanguage {

    /** French: elision (l', d', qu'...), stop words, accents folded, light stemming (Savoy). */
    FR("fr", new NewsAnalyzer(
            in -> new FrenchLightStemFilter(new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(
                    new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)), FrenchAnalyzer.getDefaultStopSet()))),
            in -> new DoubledLetterFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in))))),

    /** English: possessives, stop words, accents folded, Porter stemming. */
    EN("en", new NewsAnalyzer(
            in -> new PorterStemFilter(new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(
                    new EnglishPossessiveFilter(in)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))),
            in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)))),

    /** German: stop words, umlaut/ß normalisation, light stemming. */
    DE("de", new NewsAnalyzer(
            in -> new GermanLightStemFilter(new GermanNormalizationFilter(new StopFilter(
                    new LowerCaseFilter(in), GermanAnalyzer.getDefaultStopSet()))),
            in -> new GermanNormalizationFilter(new LowerCaseFilter(in)))),

    /** Spanish: stop words, accents folded, light stemming. */
    ES("es", new NewsAnalyzer(
            in -> new SpanishLightStemFilter(new ASCIIFoldingFilter(new StopFilter(
                    new LowerCaseFilter(in), SpanishAnalyzer.getDefaultStopSet()))),
            in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)))),

    /** Italian: elision (l', dell'...), stop words, accents folded, light stemming. */
    IT("it", new NewsAnalyzer(
            in -> new ItalianLightStemFilter(new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(
                    new ElisionFilter(in, ItalianElision.ARTICLES)), ItalianAnalyzer.getDefaultStopSet()))),
            in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)))),

    /** Portuguese: stop words, accents folded, light stemming. */
    PT("pt", new NewsAnalyzer(
            in -> new PortugueseLightStemFilter(new ASCIIFoldingFilter(new StopFilter(
                    new LowerCaseFilter(in), PortugueseAnalyzer.getDefaultStopSet()))),
            in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)))),

    /** Any other language: words, lower case, accents folded; no stop words, no stemming. */
    OTHER("xx", new NewsAnalyzer(
            in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)),
            in -> new ASCIIFoldingFilter(new LowerCaseFilter(in))));

    private final String suffix;
    private final Analyzer analyzer;

    TextLanguage(String suffix, Analyzer analyzer) {
        this.suffix = suffix;
        this.analyzer = analyzer;
    }

    /** The suffix of this language's fields ({@code body_fr}). */
    public String suffix() {
        return suffix;
    }

    /** The analyzer for this language's full-text fields; thread-safe, shared. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The chain for an article's {@code language} (ISO 639-1, or a tag such as {@code fr-CA}):
     * French when null or blank, {@link #OTHER} when the language has no chain of its own.
     */
    public static TextLanguage of(String language) {
        if (language == null || language.isBlank()) return FR;
        String code = language.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash < 0) dash = code.indexOf('_');
        if (dash > 0) code = code.substring(0, dash);
        for (TextLanguage l : values()) {
            if (l != OTHER && l.suffix.equals(code)) return l;
        }
        return OTHER;
    }

    /** Italian elided articles, as Lucene's ItalianAnalyzer uses them (its set is private). */
    private static final class ItalianElision {
        static final CharArraySet ARTICLES = new CharArraySet(java.util.List.of(
                "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl",
                "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"), true);
    }
}
