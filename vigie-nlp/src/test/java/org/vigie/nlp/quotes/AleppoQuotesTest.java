package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;

/** Acceptance on the sample page against fixtures/gold/aleppo-putin-erdogan.gold.json "quotes". */
class AleppoQuotesTest {

    private static final Path SAMPLE = Path.of("../samples/aleppo-putin-erdogan.txt");
    private static final Path GOLD = Path.of("../fixtures/gold/aleppo-putin-erdogan.gold.json");

    /** Title = line 1, standfirst = line 5, paragraphs = non-empty lines until "Laissez un commentaire". */
    static Article samplePage() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE);
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines.subList(5, lines.size())) {
            if (line.strip().startsWith("Laissez un commentaire")) break;
            if (!line.isBlank()) paragraphs.add(line);
        }
        return Article.compose(lines.get(0), lines.get(4), paragraphs);
    }

    /** What the entity stage provides: one Putin entity whose mentions are his names and role descriptions. */
    static Article withPutinEntity(Article a) {
        String t = a.text();
        List<Span> mentions = new ArrayList<>();
        for (String m : List.of("Vladimir Poutine", "M. Poutine", "président Poutine", "président russe", "Poutine")) {
            for (int i = t.indexOf(m); i >= 0; i = t.indexOf(m, i + 1)) {
                Span s = Span.of(t, i, i + m.length());
                if (mentions.stream().noneMatch(x -> x.overlaps(s))) mentions.add(s);
            }
        }
        return a.withEntities(List.of(new Entity("Vladimir Poutine", EntityType.PER, "vigie:per:vladimir-poutine", mentions)));
    }

    private static void assertMatchesGold(List<Quote> found, boolean withIds) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(GOLD.toFile()).path("quotes");
        assertEquals(6, gold.size(), "gold has 4 direct and 2 indirect quotes");
        for (JsonNode g : gold) {
            Quote.Kind kind = Quote.Kind.of(g.path("kind").asText());
            String starts = g.path("starts").asText();
            Quote q = found.stream()
                    .filter(x -> x.kind() == kind && x.text().text().startsWith(starts))
                    .findFirst().orElse(null);
            assertNotNull(q, "missing " + kind + " quote starting « " + starts + " » in " + found);
            if (g.hasNonNull("ends")) assertTrue(q.text().text().endsWith(g.path("ends").asText()), "end of " + q.text().text());
            assertEquals(g.path("speaker").asText(), q.speaker().canonical(), "speaker of « " + starts + " »");
            assertEquals(g.path("cue").asText(), q.cue().text(), "cue of « " + starts + " »");
            assertNotNull(q.speakerMention(), "speaker mention of « " + starts + " »");
            if (withIds) assertEquals("vigie:per:vladimir-poutine", q.speaker().entityId());
        }
        assertEquals(4, found.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).count(), "direct quotes: " + found);
        assertEquals(2, found.stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).count(), "indirect quotes: " + found);
    }

    @Test
    void allQuotesOfTheSampleWithTheEntityLayer() throws IOException {
        Article a = new QuoteStage().process(withPutinEntity(samplePage()));
        assertMatchesGold(a.quotes(), true);
        Quote rappel = a.quotes().stream().filter(q -> q.cue().text().equals("a rappelé")).findFirst().orElseThrow();
        assertEquals("Le président russe", rappel.speakerMention().text(), "the role description names the speaker");
    }

    @Test
    void allQuotesOfTheSampleWithoutAnEntityLayer() throws IOException {
        Article a = new QuoteStage().process(samplePage());
        assertMatchesGold(a.quotes(), false);
    }

    @Test
    void quoteSpansPointAtTheirWords() throws IOException {
        Article a = new QuoteStage().process(withPutinEntity(samplePage()));
        for (Quote q : a.quotes()) {
            assertTrue(q.text().matches(a.text()));
            assertTrue(q.cue().matches(a.text()));
            assertTrue(q.speakerMention().matches(a.text()));
            assertTrue(q.speakerMention().end() <= q.text().start() || q.speakerMention().start() >= q.text().end(),
                    "the speaker is named outside the quote");
        }
    }
}
