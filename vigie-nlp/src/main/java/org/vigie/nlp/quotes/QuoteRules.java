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

    /** The rules for a language code ("fr", "en", "en-GB"); French when null or unknown, as before languages were told apart. */
    static QuoteRules forLanguage(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : FRENCH;
    }
}
