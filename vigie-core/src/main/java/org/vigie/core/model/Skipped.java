package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Objects;

/**
 * A layer, or a signal family, that was not analysed on an article, and why. An empty
 * {@code entities} layer means "no entity found" only when no {@code Skipped} names that layer:
 * a German article gets an empty layer because there is no German model, and says so here.
 *
 * <p>{@code layer} is {@code entities}, {@code quotes}, {@code times}, or {@code signals:NAME} for
 * a signal family (one entry per stage that did not run, named by its kind or, for a stage with
 * several kinds, by the family: {@code signals:headline-support} covers the headline and standfirst
 * kinds, {@code signals:style} subjectivity and vagueness). {@code reason} is one short English
 * phrase for people ("no entity model for German (de)"), not a code to match on.
 */
@JsonPropertyOrder({"layer", "reason"})
public record Skipped(String layer, String reason) {

    public Skipped {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * A layer skipped for want of resources in the article's language: the reason reads
     * "no {@code what} for German (de)", the language named in English from its ISO code.
     */
    public static Skipped noResources(String layer, String what, String language) {
        return new Skipped(layer, "no " + what + " for " + languageName(language));
    }

    /** "German (de)" for "de", the code alone when Java does not know it, "an undetected language" for null. */
    public static String languageName(String language) {
        if (language == null || language.isBlank()) return "an undetected language";
        String code = language.strip();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
    }
}
