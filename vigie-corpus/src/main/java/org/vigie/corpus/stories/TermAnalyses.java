package org.vigie.corpus.stories;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Language code -> {@link TermAnalysis}. Codes are ISO 639-1 as the language stage sets them; a
 * region ("en-GB") counts as its language, and an article whose language was never detected
 * (null: built by hand, or read with the language stage off) is read as French, as the other
 * stages read it. French is {@link WordStems#french()}, English {@link AnalyzerTerms#english}
 * with KStem, a language lucene-analysis-common has an analyzer for gets that analyzer (its stop
 * words and stemmer; Chinese, Japanese and Korean the CJK bigrams), any other language its
 * lower-cased words unstemmed ({@link WordStems#plain()}). Analyses are built on first use.
 *
 * <p>{@link #key} is also the partition of document frequencies: each language has its own IDF,
 * so French "le" and English "the" are not counted together, and a language's terms are only
 * compared with the same language's.
 */
public final class TermAnalyses {

    /** The language of articles whose language is unknown. */
    public static final String UNDETECTED = "fr";

    private static final Map<String, Supplier<Analyzer>> LUCENE = Map.ofEntries(
            Map.entry("ar", ArabicAnalyzer::new), Map.entry("bg", BulgarianAnalyzer::new),
            Map.entry("ca", CatalanAnalyzer::new), Map.entry("cs", CzechAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
            Map.entry("el", GreekAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
            Map.entry("fa", PersianAnalyzer::new), Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("hi", HindiAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("id", IndonesianAnalyzer::new), Map.entry("it", ItalianAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new), Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("ro", RomanianAnalyzer::new), Map.entry("ru", RussianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new), Map.entry("tr", TurkishAnalyzer::new),
            Map.entry("zh", CJKAnalyzer::new), Map.entry("ja", CJKAnalyzer::new), Map.entry("ko", CJKAnalyzer::new));

    /** The analyses Vigie uses. */
    public static final TermAnalyses DEFAULT = new TermAnalyses(Map.of());

    private final Map<String, TermAnalysis> overrides;
    private final Map<String, TermAnalysis> built = new ConcurrentHashMap<>();

    private TermAnalyses(Map<String, TermAnalysis> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** These analyses with English stemmed by {@code stemming} instead of KStem (for evaluations). */
    public TermAnalyses withEnglishStemming(String stemming) {
        AnalyzerTerms.EnglishStemming s = AnalyzerTerms.EnglishStemming.valueOf(stemming.toUpperCase(Locale.ROOT));
        Map<String, TermAnalysis> o = new java.util.HashMap<>(overrides);
        o.put("en", AnalyzerTerms.english(s));
        return new TermAnalyses(o);
    }

    /** The language an article of {@code language} is analysed as: its ISO 639-1 code, lower case; {@link #UNDETECTED} when null or blank. */
    public static String key(String language) {
        if (language == null || language.isBlank()) return UNDETECTED;
        String code = language.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash < 0) dash = code.indexOf('_');
        return dash > 0 ? code.substring(0, dash) : code;
    }

    /** The analysis of {@code language} (see {@link #key}). */
    public TermAnalysis of(String language) {
        String key = key(language);
        TermAnalysis o = overrides.get(key);
        return o != null ? o : built.computeIfAbsent(key, TermAnalyses::build);
    }

    private static TermAnalysis build(String key) {
        if (key.equals("fr")) return WordStems.french();
        if (key.equals("en")) return AnalyzerTerms.english(AnalyzerTerms.EnglishStemming.KSTEM);
        Supplier<Analyzer> lucene = LUCENE.get(key);
        return lucene != null ? new AnalyzerTerms(lucene.get(), 2) : WordStems.plain();
    }
}
