package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;

/**
 * vigie sites and vigie site as a user runs them: the 40 OrangeSum samples as records of three
 * sites, afp.com's first four re-published by copieur.example under new headlines, ingested
 * without NLP.
 */
class SiteCommandsTest {

    @TempDir
    static Path tmp;
    static String data;

    @BeforeAll
    static void ingest() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../samples/orangesum/orangesum-sample.jsonl"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode n = (ObjectNode) ArticleJson.mapper().readTree(lines.get(i));
            n.put("date", "2020-06-01");
            n.put("source", i < 10 ? "afp.com" : "autre.example");
            n.put("url", "https://" + n.get("source").asText() + "/a" + i);
            out.add(n.toString());
            if (i < 4) {
                ObjectNode c = n.deepCopy();
                c.put("title", "EXCLUSIF - " + n.get("title").asText());
                c.put("source", "copieur.example");
                c.put("url", "https://copieur.example/c" + i);
                c.put("date", "2020-06-02");
                out.add(c.toString());
            }
        }
        Path file = tmp.resolve("sites.jsonl");
        Files.write(file, out, StandardCharsets.UTF_8);
        data = tmp.resolve("corpus").toString();
        CorpusCommandsTest.Run in = CorpusCommandsTest.vigie("ingest", "--no-nlp", "--data", data, file.toString());
        assertEquals(0, in.code(), in.out() + in.err());
    }

    @Test
    void theListOfSitesWithTheirCopiedShares() {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("sites", "--data", data);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("3 sites of 44 articles \\(44 stored\\) \\(\\d+ ms\\)"), lines.get(0));
        assertTrue(lines.get(1).matches("site +articles +first +last +copied +wire +rating"), lines.get(1));
        assertTrue(lines.get(2).matches("autre\\.example +30 +2020-06-01 +2020-06-01 +0\\.0% +0\\.0% +"), lines.get(2));
        assertTrue(lines.get(3).startsWith("afp.com "), lines.get(3));
        assertTrue(lines.get(4).matches("copieur\\.example +4 +2020-06-02 +2020-06-02 +100\\.0% +100\\.0% +"), lines.get(4));
        CorpusCommandsTest.Run one = CorpusCommandsTest.vigie("sites", "--data", data, "--site", "copieur.example", "--json");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("\"site\":\"copieur.example\",\"articles\":4"), one.out());
    }

    @Test
    void aProfileShowsTheSourceAndTheNewHeadlines() throws Exception {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("site", "--data", data, "copieur.example");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("copieur.example: 4 articles, 2020-06-02 to 2020-06-02, of 44 stored"), out);
        assertTrue(out.contains("copied: 4 (100.0%) first published by another site; wire reprints: 4 (100.0%)"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +afp\\.com +4 +100\\.0% +1d +AFP \\(rank 1\\)")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +new headline +100\\.0% +\\(4\\)")), out);
        assertTrue(out.contains("Articles per month"), out);
        JsonNode wire = ArticleJson.mapper().readTree(CorpusCommandsTest.vigie("site", "--json", "--data", data, "afp.com").out());
        assertEquals("copieur.example", wire.at("/copied_by/0/site").asText(), wire.toString());
        assertEquals(4, wire.at("/copied_by/0/copies").asInt());
        assertEquals(4, wire.get("texts_copied").asInt());
        assertEquals(0, wire.get("copied").asInt());
    }

    @Test
    void aRatingsListRatesTheSitesItNames() throws Exception {
        Path list = tmp.resolve("ratings.txt");
        Files.writeString(list, "# test list\ncopieur.example | copieur | copier | une autorité | 0.5\n", StandardCharsets.UTF_8);
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("sites", "--data", data, "--ratings", list.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("copieur.example ") && l.endsWith("  copier")), r.out());
        CorpusCommandsTest.Run p = CorpusCommandsTest.vigie("site", "--data", data, "--ratings", list.toString(), "copieur.example");
        assertTrue(p.out().contains("rating: copier (une autorité)"), p.out());
        Path bad = tmp.resolve("bad-ratings.txt");
        Files.writeString(bad, "copieur.example | only two\n", StandardCharsets.UTF_8);
        CorpusCommandsTest.Run refused = CorpusCommandsTest.vigie("sites", "--data", data, "--ratings", bad.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--ratings " + bad), refused.err());
    }

    @Test
    void anUnknownSiteOrABadOptionIsRefusedClearly() {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("site", "--data", data, "copieur.exemple");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no article of site 'copieur.exemple' in the corpus (3 sites stored); close names: copieur.example"),
                r.err());
        CorpusCommandsTest.Run top = CorpusCommandsTest.vigie("site", "--data", data, "--top", "0", "afp.com");
        assertEquals(2, top.code());
        assertTrue(top.err().contains("top must be between 1 and 1000"), top.err());
        CorpusCommandsTest.Run none = CorpusCommandsTest.vigie("sites", "--data", data, "zzyzzyva");
        assertEquals(1, none.code(), "nothing selected");
    }
}
