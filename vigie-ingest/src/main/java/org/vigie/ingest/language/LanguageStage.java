package org.vigie.ingest.language;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Stage;

/**
 * Sets an article's {@code language} (ISO 639-1) and {@code language_confidence} with Lingua, on
 * the cleaned body (the whole text when the body is too short to say anything).
 *
 * <p>Lingua is restricted to twenty languages of the news: fewer candidates means fewer models in
 * memory and fewer confusions between close languages nobody asked about. Low-accuracy mode
 * (trigram models only) is the default: Lingua itself uses only trigrams on texts over 120
 * characters in either mode, so high accuracy changes nothing on article bodies and only helps on
 * short texts (titles, feed summaries), at the cost of loading the 1- to 5-gram models.
 * Lingua shares its models between detectors, loaded lazily once per JVM.
 */
public final class LanguageStage implements Stage {

    /** The languages this stage can answer, besides "unknown". */
    public static final Language[] NEWS_LANGUAGES = {
        FRENCH, ENGLISH, GERMAN, SPANISH, ITALIAN, PORTUGUESE, DUTCH, CATALAN, ROMANIAN, POLISH,
        SWEDISH, RUSSIAN, UKRAINIAN, ARABIC, PERSIAN, TURKISH, GREEK, HEBREW, CHINESE, JAPANESE
    };

    /**
     * Lingua is as accurate on this much text as on more; more only costs time (about linear in
     * length). On 300 OrangeSum bodies, 1,000 characters give the same language and the same
     * rounded confidence as 1,500 (even 500 do) for a quarter less time (bench EndToEndBench).
     */
    static final int MAX_CHARS = 1000;
    /**
     * The two probes of the cheap first pass: the first and the last this many characters of the
     * sample. A Lingua call costs about 0.2 ms plus time linear in its length, so two probes cost
     * about a third of the whole sample (bench LanguageProbeEval: 1.1 against 4.0 ms of process CPU
     * per OrangeSum body on a loaded machine).
     */
    static final int PROBE_CHARS = 150;
    /**
     * A probe settles the language only when Lingua's runner-up (its confidence is relative: the
     * best language always gets 1.0) is at most this. On 2,000 OrangeSum bodies, 22 news texts in
     * eleven languages and 600 mixed texts (a foreign paragraph before or after French), the answer
     * is the whole sample's every time; 1.4 % of OrangeSum bodies still need the whole sample.
     */
    static final double PROBE_MARGIN = 0.93;
    /** Below this, the body alone is too little to go on and the whole text is used. */
    static final int MIN_BODY_CHARS = 40;

    private static final class Low {
        static final LanguageDetector DETECTOR =
                LanguageDetectorBuilder.fromLanguages(NEWS_LANGUAGES).withLowAccuracyMode().build();
    }

    private static final class High {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(NEWS_LANGUAGES).build();
    }

    private final boolean highAccuracy;

    /** Low-accuracy mode, the default. */
    public LanguageStage() {
        this(false);
    }

    public LanguageStage(boolean highAccuracy) {
        this.highAccuracy = highAccuracy;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Article process(Article article) {
        Guess g = detect(sample(article));
        return article.withLanguage(g == null ? null : g.code(), g == null ? null : g.confidence());
    }

    /** A language guess: ISO 639-1 code and Lingua's confidence in [0, 1]. */
    public record Guess(String code, double confidence) {
    }

    /**
     * Lingua's best guess for {@code text}, or null when it cannot tell. The first pass asks Lingua
     * about the head and the tail of the sample only; when both name the same language clearly, that
     * is the answer, otherwise (a mixed text, a close call) Lingua reads the whole sample, as it
     * always did. Requiring two distant probes to agree keeps a foreign opening quote from deciding.
     */
    public Guess detect(String text) {
        if (text == null || text.isBlank()) return null;
        String t = head(text, MAX_CHARS);
        LanguageDetector d = highAccuracy ? High.DETECTOR : Low.DETECTOR;
        if (t.length() >= 3 * PROBE_CHARS) {
            Map.Entry<Language, Double> first = clearBest(d.computeLanguageConfidenceValues(head(t, PROBE_CHARS)));
            if (first != null) {
                Map.Entry<Language, Double> last = clearBest(d.computeLanguageConfidenceValues(tail(t, PROBE_CHARS)));
                if (last != null && last.getKey() == first.getKey()) {
                    return guess(first.getKey(), Math.min(first.getValue(), last.getValue()));
                }
            }
        }
        SortedMap<Language, Double> values = d.computeLanguageConfidenceValues(t);
        if (values.isEmpty()) return null;
        Map.Entry<Language, Double> best = values.entrySet().iterator().next();
        if (best.getKey() == Language.UNKNOWN) return null;
        return guess(best.getKey(), best.getValue());
    }

    /** Lingua's best language when its runner-up is at most {@link #PROBE_MARGIN}, else null. */
    private static Map.Entry<Language, Double> clearBest(SortedMap<Language, Double> values) {
        Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
        if (!it.hasNext()) return null;
        Map.Entry<Language, Double> best = it.next();
        if (best.getKey() == Language.UNKNOWN) return null;
        return !it.hasNext() || it.next().getValue() <= PROBE_MARGIN ? best : null;
    }

    private static Guess guess(Language language, double confidence) {
        String code = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return new Guess(code, Math.round(confidence * 1000) / 1000.0);
    }

    /** At most {@code max} leading characters, cut after a word when one ends in the second half. */
    static String head(String t, int max) {
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max);
        return t.substring(0, cut > max / 2 ? cut : max);
    }

    /** At most {@code max} trailing characters, starting at a word when one starts in the first half. */
    static String tail(String t, int max) {
        if (t.length() <= max) return t;
        int from = t.length() - max;
        int space = t.indexOf(' ', from);
        return t.substring(space >= 0 && space < from + max / 2 ? space + 1 : from);
    }

    private static String sample(Article a) {
        String body = a.body();
        return body != null && body.strip().length() >= MIN_BODY_CHARS ? body : a.text();
    }
}
