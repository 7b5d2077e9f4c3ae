package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;

/** Test support: who the quote stage says spoke a quote, on a text built from paragraphs. */
final class QuoteSpeakers {

    private static final QuoteStage STAGE = new QuoteStage();

    private QuoteSpeakers() {
    }

    /** The speaker of the quote whose text starts with {@code starts} (null when it has none). */
    static String speakerOf(String starts, String... paragraphs) {
        Article out = STAGE.process(Article.compose("Titre", null, List.of(paragraphs)));
        for (Quote q : out.quotes()) {
            if (q.text().text().startsWith(starts)) {
                if (q.speakerMention() != null) assertTrue(q.speakerMention().matches(out.text()), "mention span matches");
                return q.speaker() == null ? null : q.speaker().canonical();
            }
        }
        throw new AssertionError("no quote starting with " + starts + " in " + out.quotes());
    }
}
