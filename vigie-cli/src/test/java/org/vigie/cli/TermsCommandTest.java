package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;

/** vigie terms as a user runs it, on the 40 OrangeSum samples ingested without NLP. */
class TermsCommandTest {

    @TempDir
    static Path tmp;
    static String data;

    @BeforeAll
    static void ingest() {
        data = tmp.resolve("corpus").toString();
        CorpusCommandsTest.Run in = CorpusCommandsTest.vigie("ingest", "--no-nlp", "--data", data, "../samples/orangesum/orangesum-sample.jsonl");
        assertEquals(0, in.code(), in.out() + in.err());
    }

    @Test
    void aTableOfTheWordsThatStandOut() {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("terms", "--data", data, "--min-articles", "2", "municipales");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("4 matching articles of 40 stored \\(\\d+ ms\\)"), lines.get(0));
        assertTrue(lines.get(1).matches("word +lang +matches +rest +G2"), lines.get(1));
        assertTrue(lines.get(2).matches("(?i)municipales +fr +100\\.0% +0\\.00% +\\d+\\.\\d"), lines.get(2));
    }

    @Test
    void jsonHasTheCountsBehindEachWord() throws IOException {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("terms", "--json", "--top", "3", "--data", data, "--min-articles", "2", "municipales");
        assertEquals(0, r.code(), r.err());
        JsonNode t = ArticleJson.mapper().readTree(r.out());
        assertEquals(4, t.get("matched").asInt());
        assertEquals(40, t.get("corpus").asInt());
        assertEquals(3, t.get("terms").size());
        JsonNode first = t.get("terms").get(0);
        assertEquals("municipal", first.get("term").asText(), first.toString());
        assertEquals(4, first.get("articles").asInt());
        assertTrue(first.has("rest_share") && first.has("score"), first.toString());
        assertEquals(0, t.get("entities").size(), "ingested without NLP: no entity layer");
    }

    @Test
    void versusComparesWithASecondSelection() {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("terms", "--data", data, "--min-articles", "2", "--versus", "Paris", "municipales");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("4 matching articles of 40 stored, compared with \\d+ others \\(\\d+ ms\\)"), lines.get(0));
        assertTrue(lines.get(1).matches("word +lang +matches +versus +G2"), lines.get(1));
        CorpusCommandsTest.Run none = CorpusCommandsTest.vigie("terms", "--data", data, "--versus", "municipales", "municipales");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("the comparison matches no article other than the 4 matches"), none.err());
    }

    @Test
    void aQueryMatchingEverythingOrABadOptionIsRefusedClearly() {
        CorpusCommandsTest.Run all = CorpusCommandsTest.vigie("terms", "--data", data);
        assertEquals(2, all.code());
        assertTrue(all.err().contains("match all 40 stored articles"), all.err());
        CorpusCommandsTest.Run top = CorpusCommandsTest.vigie("terms", "--data", data, "--top", "0", "municipales");
        assertEquals(2, top.code());
        assertTrue(top.err().contains("top must be at least 1"), top.err());
        CorpusCommandsTest.Run none = CorpusCommandsTest.vigie("terms", "--data", data, "zzyzzyva");
        assertEquals(1, none.code(), "nothing matched, as search and timeline say");
        assertTrue(none.out().startsWith("0 matching articles of 40 stored"), none.out());
    }
}
