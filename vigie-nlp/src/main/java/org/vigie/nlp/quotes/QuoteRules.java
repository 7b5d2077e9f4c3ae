package org.vigie.nlp.quotes;

import java.util.List;
import java.util.Locale;
import org.vigie.core.model.Quote;

/**
 * The quotation rules of one language: reads the quotes of a text, speakers named through a
 * {@link SpeakerLookup}. {@link QuoteStage} picks them by the article's language.
 */
interface QuoteRules {

    List<Quote> read(String text, SpeakerLookup lookup);

    QuoteRules FRENCH = (text, lookup) -> new QuoteReader(text, lookup).read();
    QuoteRules ENGLISH = (text, lookup) -> new EnglishQuoteReader(text, lookup).read();
    QuoteRules GERMAN = (text, lookup) -> new CueQuoteReader(text, lookup, CueWords.of("de")).read();
    QuoteRules SPANISH = (text, lookup) -> new CueQuoteReader(text, lookup, CueWords.of("es")).read();

    /**
     * The rules for a language code ("fr", "en", "en-GB", "de", "es"); French when the language was not detected
     * (Vigie is French first); null for any other language: French cues and scare-quote rules on
     * Portuguese keep a question as an unattributed quotation, which is a guess, not a reading.
     */
    static QuoteRules forLanguage(String language) {
        if (language == null || language.isBlank()) return FRENCH;
        String base = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (base) {
            case "fr" -> FRENCH;
            case "en" -> ENGLISH;
            case "de" -> GERMAN;
            case "es" -> SPANISH;
            default -> null;
        };
    }
}
