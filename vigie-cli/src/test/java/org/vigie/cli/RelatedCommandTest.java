package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.search.SearchRequest;

/**
 * vigie related on six real English pages of November 2019 (vigie-corpus's story fixtures, MIT:
 * three events told by two outlets each) ingested without NLP, and the sample French page.
 */
class RelatedCommandTest {

    @TempDir
    Path tmp;

    private static final String[][] PAGES = {
            {"plague-nypost.txt", "https://nypost.com/2019/11/18/plague", "2019-11-18"},
            {"plague-thesun.txt", "https://www.thesun.co.uk/news/plague", "2019-11-19"},
            {"duvet-gizmodo.txt", "https://gizmodo.com/duvet", "2019-11-18"},
            {"duvet-livescience.txt", "https://www.livescience.com/duvet", "2019-11-19"},
            {"omar-nbcnews.txt", "https://www.nbcnews.com/omar", "2019-11-19"},
            {"omar-thehill.txt", "https://thehill.com/omar", "2019-11-19"}};

    private String corpus() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String[] p : PAGES) {
            String text = Files.readString(Repo.file("vigie-corpus/src/test/resources/org/vigie/corpus/stories/english/" + p[0]),
                    StandardCharsets.UTF_8).replace("\r\n", "\n");
            int cut = text.indexOf("\n\n");
            ObjectNode page = m.createObjectNode();
            page.put("title", text.substring(0, cut)).put("body", text.substring(cut + 2)).put("url", p[1]).put("date", p[2]);
            lines.add(m.writeValueAsString(page));
        }
        Path jsonl = tmp.resolve("pages.jsonl");
        Files.writeString(jsonl, String.join("\n", lines), StandardCharsets.UTF_8);
        Path data = tmp.resolve("corpus");
        CorpusCommandsTest.Run in = CorpusCommandsTest.vigie("ingest", "--no-nlp", "--data", data.toString(), jsonl.toString(),
                Repo.file("samples/aleppo-putin-erdogan.txt").toString());
        assertEquals(0, in.code(), in.out() + in.err());
        return data.toString();
    }

    private static String id(String data, String query) throws Exception {
        try (Corpus c = Corpus.openReadOnly(Path.of(data))) {
            return c.search(SearchRequest.builder(query).build()).hits().get(0).id();
        }
    }

    @Test
    void theOtherOutletsReportComesFirstThenJsonThenErrors() throws Exception {
        String data = corpus();
        String nypost = id(data, "title:\"Chinese hunter catches bubonic plague\"");
        String sun = id(data, "title:\"Hunter in Beijing diagnosed\"");
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("related", "--data", data, nypost);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Chinese hunter catches bubonic plague after eating wild rabbit", lines.get(0));
        assertTrue(lines.get(1).startsWith("id " + nypost + "  2019-11-18  related published 2019-10-19 to 2019-12-18"), lines.get(1));
        assertTrue(lines.get(2).contains(sun + "  later     2019-11-19 thesun.co.uk  Hunter in Beijing"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("words: ") && l.contains("plagu")), r.out());

        CorpusCommandsTest.Run json = CorpusCommandsTest.vigie("related", "--json", "--top", "2", "--days", "any", "--data", data, sun);
        assertEquals(0, json.code(), json.err());
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals(nypost, tree.at("/related/0/id").asText());
        assertEquals("earlier", tree.at("/related/0/when").asText());
        assertTrue(tree.at("/related").size() <= 2);
        assertTrue(tree.at("/from").isNull(), json.out());
        // English words are asked in English fields: the French page is never related
        for (JsonNode h : tree.at("/related")) assertFalse(h.path("title").asText().contains("Alep"), json.out());

        CorpusCommandsTest.Run missing = CorpusCommandsTest.vigie("related", "--data", data, "0000000000000000");
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("vigie: no article 0000000000000000"), missing.err());
        CorpusCommandsTest.Run badDays = CorpusCommandsTest.vigie("related", "--days", "soon", "--data", data, nypost);
        assertEquals(2, badDays.code());
        assertTrue(badDays.err().contains("days must be a whole number of days or 'any'"), badDays.err());
        CorpusCommandsTest.Run badTop = CorpusCommandsTest.vigie("related", "--top", "0", "--data", data, nypost);
        assertEquals(2, badTop.code());
        assertTrue(badTop.err().contains("top must be between 1 and 100"), badTop.err());
        CorpusCommandsTest.Run badFloor = CorpusCommandsTest.vigie("related", "--min-similarity", "2", "--data", data, nypost);
        assertEquals(2, badFloor.code());
        assertTrue(badFloor.err().contains("min similarity must be between 0 and 1"), badFloor.err());
    }

    @Test
    void eachAnswerSaysHowMuchItSharesAndAFloorOverAllOfThemListsNothing() throws Exception {
        String data = corpus();
        String nypost = id(data, "title:\"Chinese hunter catches bubonic plague\"");
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("related", "--data", data, nypost);
        String first = r.out().lines().toList().get(2);
        assertTrue(first.matches("^ *\\d{1,3}%  [0-9a-f]{16}  .*"), first);
        int percent = Integer.parseInt(first.strip().substring(0, first.strip().indexOf('%')));
        assertTrue(percent >= 15, first);
        CorpusCommandsTest.Run none = CorpusCommandsTest.vigie("related", "--min-similarity", "1", "--data", data, nypost);
        assertEquals(1, none.code(), none.out());
        assertTrue(none.out().contains("no related article: none in the window (try --days any) shares enough with it (see --min-similarity)"),
                none.out());
    }
}
