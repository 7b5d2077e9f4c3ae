package org.vigie.nlp.times;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.TimeExpression;
import org.vigie.core.pipeline.Stage;

/**
 * Adds the {@code times} layer: time expressions of the canonical text with TIMEX3 values.
 * The document creation time is the constructor's date when given (the CLI's {@code --date}),
 * else {@code metadata().date()}; without either, relative expressions are resolved within a
 * window inferred from the text ({@link #inferDct}) when it pins them, else left
 * underspecified. French, English, German and Spanish rules ({@link TimeTagger#covers}); an
 * article in another language gets an empty layer and a {@code skipped} entry. Rule-based, no
 * CoreNLP; stateless and thread-safe.
 */
public final class TimeStage implements Stage {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

    private final LocalDate dctOverride;

    /** Document date from each article's metadata. */
    public TimeStage() {
        this(null);
    }

    /** A document date that overrides the metadata's (null: use the metadata). */
    public TimeStage(LocalDate dct) {
        this.dctOverride = dct;
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Article process(Article article) {
        if (!TimeTagger.covers(article.language())) {
            return article.withTimes(List.of())
                    .withSkipped(Skipped.noResources("times", "time expression rules", article.language()));
        }
        return article.withTimes(tag(article));
    }

    /** The time expressions of {@code article}; none in a language with no rules ({@link TimeTagger#covers}). */
    public List<TimeExpression> tag(Article article) {
        if (!TimeTagger.covers(article.language())) return List.of();
        return TimeTagger.forLanguage(article.language()).tag(article.text(), dct(article));
    }

    /** The document date used for {@code article}: the override, else its metadata date, else null. */
    public LocalDate dct(Article article) {
        if (dctOverride != null) return dctOverride;
        return parseDct(article.metadata().date());
    }

    /** The writing window inferred from the article's own text (whatever its metadata says). */
    public DctInference inferDct(Article article) {
        return TimeTagger.forLanguage(article.language()).infer(article.text());
    }

    /**
     * The date of an ISO-8601 date or date-time ("2016-10-10", "2016-10-10T14:03:00+02:00");
     * null for null, blank or unparsable input (metadata is untrusted and often malformed).
     */
    public static LocalDate parseDct(String iso) {
        if (iso == null) return null;
        Matcher m = ISO_DATE.matcher(iso);
        if (!m.find()) return null;
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
