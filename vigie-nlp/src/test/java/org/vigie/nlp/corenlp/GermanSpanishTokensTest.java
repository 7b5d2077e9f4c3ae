package org.vigie.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;

/**
 * The German and Spanish token layers keep the contract of the French one: tokens in text order,
 * never overlapping, at exact UTF-16 offsets, covering every non-blank character, also where the
 * German post-processor merges tokens ("3." before a month, "z. B."). Texts: the entity fixtures
 * (resources entities/german and entities/spanish, see their SOURCES.txt).
 */
class GermanSpanishTokensTest {

    private static String fixture(String path) throws IOException {
        try (InputStream in = GermanSpanishTokensTest.class.getResourceAsStream("/org/vigie/nlp/entities/" + path)) {
            assertNotNull(in, "missing fixture " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void exactAndComplete(String text, List<Sentence> sentences) {
        boolean[] covered = new boolean[text.length()];
        int last = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                assertTrue(t.start() >= last, "tokens overlap or go backwards at " + t);
                assertEquals(text.substring(t.start(), t.end()), t.word());
                for (int i = t.start(); i < t.end(); i++) covered[i] = true;
                last = t.end();
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isISOControl(text.charAt(i))
                    && text.charAt(i) != '\u00AD') {
                assertTrue(covered[i], "character " + i + " '" + text.charAt(i) + "' is in no token");
            }
        }
    }

    @Test
    void germanTokensAreExactAndComplete() throws IOException {
        for (String f : List.of("german/patientenakte.txt", "german/dmexco-2018.txt", "german/heise-1password.txt")) {
            String text = fixture(f);
            exactAndComplete(text, CoreNlpTokens.german().sentences(text, List.of()));
        }
        String dates = "Am 12. September 2018 und z. B. am 3. Oktober.";
        exactAndComplete(dates, CoreNlpTokens.german().sentences(dates, List.of()));
    }

    @Test
    void spanishTokensAreExactAndComplete() throws IOException {
        for (String f : List.of("spanish/cuestion-mapuche.txt", "spanish/twitter-lite.txt")) {
            String text = fixture(f);
            exactAndComplete(text, CoreNlpTokens.spanish().sentences(text, List.of()));
        }
    }

    @Test
    void aMissingModelIsNamedRatherThanReportedAsAnUnloadableClassifier() {
        Properties p = CoreNlpModels.germanNer();
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/klingon.crf.ser.gz");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CoreNlpModels.pipeline(p));
        assertTrue(e.getMessage().contains("klingon.crf.ser.gz is not on the classpath"), e.getMessage());
    }
}
