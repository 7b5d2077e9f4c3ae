package org.vigie.nlp.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void wordsAreQuotedTheWayTheLanguageDoes() {
        assertEquals("\u00ab\u00a0une étude\u00a0\u00bb, \u00ab\u00a0Célia, 23 ans\u00a0\u00bb",
                Messages.quoteAll("fr", List.of("une étude", "Célia, 23 ans")));
        assertEquals("\u201ca study\u201d", Messages.quote("en", "a study"));
    }

    @Test
    void evidenceThatIsAQuotationKeepsItsOwnMarks() {
        assertEquals("\u00ab Je croyais que je faisais un AVC \u00bb",
                Messages.quote("fr", "\u00ab Je croyais que je faisais un AVC \u00bb"));
        assertEquals("\"Sommes-nous incapables ?\"", Messages.quote("fr", "\"Sommes-nous incapables ?\""));
        assertEquals("\u201cWe were told\u201d", Messages.quote("en", "\u201cWe were told\u201d"));
        assertEquals("\u00ab\u00a0\u00ab ouvert\u00a0\u00bb", Messages.quote("fr", "\u00ab ouvert"), "an unclosed mark is quoted");
    }
}
