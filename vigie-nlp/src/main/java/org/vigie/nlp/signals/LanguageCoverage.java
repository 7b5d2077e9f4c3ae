package org.vigie.nlp.signals;

import java.util.Locale;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Skipped;

/**
 * Which articles a language-bound signal stage may read. Lexicons, the register model and the
 * spell checker exist for some languages only; an article detected in another language gets no
 * such signal rather than a French reading of Italian or Japanese (an Italian title spell-checked
 * with the French dictionary is all errors). An article whose language was not detected counts as
 * French, as Vigie is French first. A stage that does not run says so on the article
 * ({@link #skipped}), once per family. Stages that read no words (source context, missing author or
 * date) or marks common to every language (wire credits) do not ask.
 */
public final class LanguageCoverage {

    /** The register model and LanguageTool's French module: French only. */
    public static final Set<String> FRENCH = Set.of("fr");
    /** Lexicons written for French and English (subjectivity, vagueness, loaded labels, headline support). */
    public static final Set<String> FRENCH_ENGLISH = Set.of("fr", "en");

    private LanguageCoverage() {
    }

    /**
     * The article's base language code ("en-GB" gives "en") when {@code covered} holds it, "fr" when
     * no language was detected, null when the article is in a language outside {@code covered}.
     */
    public static String of(Article a, Set<String> covered) {
        return base(a.language(), covered);
    }

    /**
     * The article unchanged but for a {@code skipped} entry {@code signals:FAMILY} saying that it
     * has no {@code what} in its language: a gated stage says so rather than leave an absent signal
     * looking like a text that did not deserve one.
     */
    public static Article skipped(Article a, String family, String what) {
        return a.withSkipped(Skipped.noResources("signals:" + family, what, a.language()));
    }

    private static String base(String language, Set<String> covered) {
        String code = language;
        if (code == null || code.isBlank()) return "fr";
        String base = code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return covered.contains(base) ? base : null;
    }
}
