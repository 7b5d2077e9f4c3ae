package org.vigie.ingest.dump;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

/**
 * The 40 real OrangeSum articles (title, heading, article) written out as page dumps in the
 * layouts scrapers produce, read back: the standfirst decision is scored against the known heading.
 */
class OrangeSumAsDumpsTest {

    private static final Path ORANGESUM = Path.of("../samples/orangesum/orangesum-sample.jsonl");

    record Record(String title, String heading, String article) {
        /** The article cut into sentences, one per line as many scrapers save paragraphs. */
        List<String> sentences() {
            return Arrays.stream(article.split("(?<=[.!?»\"])\\s+(?=[A-ZÀ-Ý«\"])")).filter(s -> !s.isBlank()).toList();
        }

        String expectedStandfirst() {
            return heading.isEmpty() ? null : heading;
        }
    }

    private static List<Record> records() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Record> out = new ArrayList<>();
        for (String line : Files.readAllLines(ORANGESUM)) {
            JsonNode j = json.readTree(line);
            out.add(new Record(j.get("title").asText().strip(), j.get("heading").asText().strip(),
                    j.get("article").asText().strip()));
        }
        assertEquals(40, out.size());
        return out;
    }

    private static Article read(String dump) throws ReadException {
        return new DumpReader().read(RawDocument.of(dump.getBytes(StandardCharsets.UTF_8), "d.txt")).get(0);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** How many records come back with the expected standfirst, title and every word of the body. */
    private static int score(List<Record> records, Function<Record, String> layout, Function<Record, String> expected)
            throws ReadException {
        int ok = 0;
        for (Record r : records) {
            Article a = read(layout.apply(r));
            assertEquals(r.title(), a.title());
            // compared without white space: a one-line body gets its lost paragraph breaks back
            String words = squeeze((a.standfirst() == null ? "" : a.standfirst() + " ") + a.body());
            String source = squeeze((r.heading().isEmpty() ? "" : r.heading() + " ") + String.join(" ", r.sentences()));
            String withoutLead = squeeze(String.join(" ", r.sentences()));
            assertTrue(words.equals(source) || words.equals(withoutLead), "no word lost or added: " + r.title());
            if (Objects.equals(expected.apply(r), a.standfirst())) ok++;
        }
        return ok;
    }

    @Test
    void groupedBodyWithIdLikeTheSamplePageIsAlwaysRight() throws Exception {
        List<Record> rs = records();
        int ok = score(rs, r -> r.title() + "\n\n0123456789abcdef0123456789abcdef\n\n" + r.heading() + "\n\n"
                + String.join("\n", r.sentences()) + "\n\nLaissez un commentaire\n", Record::expectedStandfirst);
        assertEquals(rs.size(), ok);
    }

    @Test
    void bodySavedAsOneLineKeepsItsLeadNearlyAlways() throws Exception {
        List<Record> rs = records();
        int ok = score(rs, r -> r.title() + "\n\n" + r.heading() + "\n\n" + String.join(" ", r.sentences()) + "\n",
                Record::expectedStandfirst);
        assertTrue(ok >= 0.9 * rs.size(), ok + "/" + rs.size());
    }

    @Test
    void whenEveryParagraphIsSpacedNoStandfirstIsInvented() throws Exception {
        List<Record> rs = records();
        int ok = score(rs, r -> r.title() + "\n\n" + String.join("\n\n", r.sentences()) + "\n", r -> null);
        assertEquals(rs.size(), ok);
    }
}
