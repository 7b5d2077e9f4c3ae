package org.vigie.nlp.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.TimeExpression;

/** The hand gold of the repository's fixtures: every expression found, with its value. */
class GoldTimesTest {

    private static final Path ALEPPO_GOLD = Fixtures.REPO.resolve("fixtures/gold/aleppo-putin-erdogan.gold.json");

    /**
     * For each gold item, its occurrences (whole words, in order) must each be covered by a tagged
     * expression with the expected value. Returns the failures.
     */
    static List<String> check(Article a, List<TimeExpression> times, JsonNode goldTimes, String valueField) {
        List<String> failures = new ArrayList<>();
        String text = a.text();
        for (JsonNode g : goldTimes) {
            if (!g.hasNonNull(valueField)) continue;
            String s = g.get("text").asText();
            String want = g.get(valueField).asText();
            int occurrences = g.path("occurrences").asInt(1);
            int found = 0;
            int covered = 0;
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
                int start = i;
                int end = i + s.length();
                if ((start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))
                        || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) continue;
                found++;
                boolean ok = times.stream().anyMatch(t -> t.text().start() < end && start < t.text().end() && t.value().equals(want));
                if (ok) covered++;
                else failures.add("'" + s + "' at " + start + ": want " + want + ", got " + times.stream()
                        .filter(t -> t.text().start() < end && start < t.text().end()).map(t -> t.text().text() + "=" + t.value()).toList());
            }
            if (found < occurrences) failures.add("'" + s + "' occurs " + found + " times, gold says " + occurrences);
            if (covered < occurrences) failures.add("'" + s + "': " + covered + " of " + occurrences + " tagged right");
        }
        return failures;
    }

    @Test
    void aleppoWithDocumentDate() {
        Article a = Fixtures.aleppo();
        List<TimeExpression> times = new TimeStage(LocalDate.of(2016, 10, 10)).process(a).times();
        List<String> failures = check(a, times, Fixtures.gold(ALEPPO_GOLD).get("times"), "value_with_dct");
        assertTrue(failures.isEmpty(), failures.toString());
        long lundi = times.stream().filter(t -> t.text().text().equals("lundi")).count();
        assertEquals(3, lundi);
        assertTrue(times.stream().filter(t -> t.text().text().equals("lundi")).allMatch(t -> t.value().equals("2016-10-10")
                && t.resolvedFrom().equals("dct") && t.type().equals("DATE")));
        assertTrue(times.stream().allMatch(t -> t.text().matches(a.text())));
    }

    @Test
    void aleppoDateFromMetadataDateTime() {
        Article a = Fixtures.aleppo().withMetadata(Metadata.EMPTY.withDate("2016-10-10T17:45:00+03:00", "meta"));
        List<TimeExpression> times = new TimeStage().process(a).times();
        assertTrue(check(a, times, Fixtures.gold(ALEPPO_GOLD).get("times"), "value_with_dct").isEmpty());
    }

    @Test
    void overrideBeatsMetadata() {
        Article a = Fixtures.aleppo().withMetadata(Metadata.EMPTY.withDate("2020-01-01", "meta"));
        List<TimeExpression> times = new TimeStage(LocalDate.of(2016, 10, 10)).process(a).times();
        assertTrue(times.stream().anyMatch(t -> t.text().text().contains("samedi prochain") && t.value().equals("2016-10-15")));
    }

    @Test
    void aleppoWithoutDocumentDate() {
        Article a = Fixtures.aleppo();
        List<TimeExpression> times = new TimeStage().process(a).times();
        List<String> failures = check(a, times, Fixtures.gold(ALEPPO_GOLD).get("times"), "value_without_dct");
        assertTrue(failures.isEmpty(), failures.toString());
        List<TimeExpression> lundi = times.stream().filter(t -> t.text().text().equals("lundi")).toList();
        assertEquals(3, lundi.size());
        lundi.forEach(t -> assertEquals("XXXX-WXX-1", t.value()));
        lundi.forEach(t -> assertEquals("unresolved", t.resolvedFrom()));
        TimeExpression samedi = times.stream().filter(t -> t.text().text().contains("samedi prochain")).findFirst().orElseThrow();
        assertTrue(samedi.value().startsWith("XXXX"), samedi.value());
        assertEquals("unresolved", samedi.resolvedFrom());
        TimeExpression nov = times.stream().filter(t -> t.text().text().contains("24 novembre 2015")).findFirst().orElseThrow();
        assertEquals("absolute", nov.resolvedFrom());
        // "24 novembre 2015" (past) then "le 27 juin dernier": the 27 June after it, so 2016, inferred
        TimeExpression juin = times.stream().filter(t -> t.text().text().contains("27 juin dernier")).findFirst().orElseThrow();
        assertEquals("2016-06-27", juin.value());
        assertEquals("inferred", juin.resolvedFrom());
        TimeExpression aout = times.stream().filter(t -> t.text().text().contains("août dernier")).findFirst().orElseThrow();
        assertEquals("2016-08", aout.value());
        assertEquals("inferred", aout.resolvedFrom());
    }

    @Test
    void aleppoInferredWindow() {
        DctInference w = new TimeStage().inferDct(Fixtures.aleppo());
        assertTrue(w.bounded(), w.toString());
        assertTrue(w.earliest().isAfter(LocalDate.of(2016, 6, 27)), w.toString());
        assertTrue(w.earliest().isAfter(LocalDate.of(2016, 8, 31)), "after 'août dernier' = 2016-08: " + w);
        assertTrue(!w.latest().isBefore(LocalDate.of(2016, 10, 10)), "the real date lies in the window: " + w);
        assertTrue(w.latest().isBefore(LocalDate.of(2017, 6, 28)), "within a year of '27 juin dernier': " + w);
        assertFalse(w.evidence().isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> orangesumGold() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Fixtures.REPO.resolve("fixtures/gold/orangesum"))) {
            files = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            JsonNode gold = Fixtures.gold(f);
            String number = f.getFileName().toString().replace(".gold.json", "");
            Article a = Fixtures.orangesum(number).withMetadata(Metadata.EMPTY.withDate(gold.get("dct").asText(), "gold"));
            List<TimeExpression> times = new TimeStage().process(a).times();
            List<String> failures = check(a, times, gold.get("times"), "value_with_dct");
            assertTrue(failures.isEmpty(), failures.toString());
        }));
    }
}
