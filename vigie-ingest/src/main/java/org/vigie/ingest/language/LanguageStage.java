package org.vigie.ingest.language;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
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

    /** Lingua's best guess for {@code text}, or null when it cannot tell. */
    public Guess detect(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text;
        if (t.length() > MAX_CHARS) {
            int cut = t.lastIndexOf(' ', MAX_CHARS);
            t = t.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
        }
        LanguageDetector d = highAccuracy ? High.DETECTOR : Low.DETECTOR;
        SortedMap<Language, Double> values = d.computeLanguageConfidenceValues(t);
        if (values.isEmpty()) return null;
        Map.Entry<Language, Double> best = values.entrySet().iterator().next();
        if (best.getKey() == Language.UNKNOWN) return null;
        String code = best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return new Guess(code, Math.round(best.getValue() * 1000) / 1000.0);
    }

    private static String sample(Article a) {
        String body = a.body();
        return body != null && body.strip().length() >= MIN_BODY_CHARS ? body : a.text();
    }
}
