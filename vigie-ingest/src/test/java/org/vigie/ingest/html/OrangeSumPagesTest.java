package org.vigie.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

/**
 * The 8 raw OrangeSum pages of the repository (CC BY-SA 4.0) against their hand-checked structure in
 * {@code fixtures/gold/orangesum}: title, standfirst, first and last words of the body, date.
 */
class OrangeSumPagesTest {

    private static final Path PAGES = Path.of("../samples/orangesum/html");
    private static final Path GOLD = Path.of("../fixtures/gold/orangesum");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> ids() throws IOException {
        try (Stream<Path> s = Files.list(PAGES)) {
            return s.map(p -> p.getFileName().toString().replace(".html", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void structureMatchesTheGold(String id) throws IOException, ReadException {
        JsonNode gold = JSON.readTree(GOLD.resolve(id + ".gold.json").toFile());
        JsonNode s = gold.path("structure");
        Article a = new HtmlReader().readOne(RawDocument.of(Files.readAllBytes(PAGES.resolve(id + ".html")), id + ".html"));

        assertEquals(s.path("title").asText().strip(), a.title());
        String standfirst = s.path("standfirst").asText();
        assertTrue(a.standfirst() != null && a.standfirst().startsWith(standfirst.substring(0, Math.min(80, standfirst.length()))),
                () -> "standfirst: " + a.standfirst());
        // The body follows the standfirst directly. (The gold's standfirst sometimes spans two of
        // Vigie's paragraphs, and its text lost the breaks: compare letters only.)
        String lead = key(a.standfirst() + " " + a.body());
        assertTrue(lead.startsWith(key(standfirst) + key(s.path("body_first_words").asText())),
                () -> "body starts: " + head(a.body()));
        assertTrue(a.body().strip().endsWith(s.path("body_last_words").asText().strip()), () -> "body ends: " + tail(a.body()));
        assertEquals(gold.path("dct").asText(), a.metadata().date().substring(0, 10));
        assertEquals("Orange Actualités", a.metadata().site());
        assertTrue(a.metadata().canonicalUrl().startsWith("https://actu.orange.fr/"));
        // Paragraph breaks survive (the dataset's own parse lost them).
        assertTrue(a.sections().stream().filter(Section::isBody).count() >= 3);
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String head(String s) {
        return s.substring(0, Math.min(120, s.length()));
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 120));
    }
}
