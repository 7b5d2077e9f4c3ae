package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;

/**
 * vigie stories over the 40 OrangeSum samples plus a follow-up report of one of them (the next day,
 * another headline, its own words): the two make one story, the unrelated article of the same day
 * stays apart.
 */
class StoriesCommandTest {

    @TempDir
    Path tmp;

    Path data;

    @BeforeEach
    void ingest() throws Exception {
        Path samples = Repo.file("samples/orangesum/orangesum-sample.jsonl");
        JsonNode gas = null;
        for (String line : Files.readAllLines(samples)) {
            JsonNode n = ArticleJson.mapper().readTree(line);
            if (n.get("id").asText().equals("orangesum-12158")) gas = n;
        }
        assertNotNull(gas, "the gas-leak sample");
        // A report of the next day in its own words (not a copy: copies are reprints, and a story
        // keeps one article per reprint family), sharing the event's names and key words.
        String report = "Au lendemain de la fuite de gaz de l'usine chimique de LG Polymers à Visakhapatnam, "
                + "dans l'Etat de l'Andhra Pradesh, les villageois évacués racontent leur nuit. Le bilan de la "
                + "fuite s'est alourdi: la police de Visakhapatnam fait état de onze morts et de centaines de "
                + "personnes hospitalisées. Le gaz stocké dans les réservoirs pendant le confinement a provoqué "
                + "une réaction chimique, selon les autorités. L'Inde se souvient de la catastrophe de Bhopal, "
                + "en 1984, quand une fuite de gaz d'une usine de pesticides avait tué des milliers de personnes.";
        ObjectNode followUp = ArticleJson.mapper().createObjectNode();
        followUp.put("id", "followup-gas");
        followUp.put("title", "Inde : à Visakhapatnam, les villageois racontent la nuit de la fuite de gaz");
        followUp.put("article", report);
        followUp.put("date", "2020-05-08");
        Path extra = Files.writeString(tmp.resolve("followup.jsonl"), ArticleJson.mapper().writeValueAsString(followUp) + "\n");

        data = tmp.resolve("corpus");
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("ingest", "--no-nlp", "--data", data.toString(),
                samples.toString(), extra.toString());
        assertEquals(0, r.code(), r.err());
    }

    static JsonNode day(String... args) throws Exception {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie(args);
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        return ArticleJson.mapper().readTree(r.out());
    }

    static List<String> sourceIds(JsonNode story) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : story.get("members")) out.add(m.get("source_id").asText());
        return out;
    }

    @Test
    void theFollowUpJoinsTheStoryOfTheReportItFollows() throws Exception {
        JsonNode d = day("stories", "--data", data.toString(), "--date", "2020-05-07", "--json");
        assertEquals("2020-05-05", d.get("from").asText());
        assertEquals("2020-05-09", d.get("to").asText());
        assertFalse(d.get("persisted").asBoolean());
        // 2020-05-07 (2 samples), 2020-05-09 (1) and the follow-up: the window's articles
        assertEquals(4, d.get("articles").asInt(), d.toString());
        assertEquals(1, d.get("stories").size(), "only the gas leak has two articles: " + d);
        JsonNode story = d.get("stories").get(0);
        assertEquals(List.of("orangesum-12158", "followup-gas"), sourceIds(story), "by date");
        assertEquals(2, story.get("size").asInt());
        assertEquals("[\"2020-05-07\",\"2020-05-08\"]", story.get("days").toString());
        assertTrue(story.at("/members/0/title").asText().startsWith("Fuite de gaz dans une usine en Inde"));
        assertEquals(story.at("/members/0/id").asText(), story.get("story_id").asText(), "named after its first article");

        // The next day shows the same story; a day with no article shows none.
        JsonNode next = day("stories", "--data", data.toString(), "--date", "2020-05-08", "--json");
        assertEquals(story.get("story_id").asText(), next.at("/stories/0/story_id").asText());
        assertEquals(0, day("stories", "--data", data.toString(), "--date", "2015-01-01", "--json").get("stories").size());
    }

    @Test
    void minSizeOneListsTheUnrelatedArticleAsItsOwnStory() throws Exception {
        JsonNode d = day("stories", "--data", data.toString(), "--date", "2020-05-07", "--min-size", "1", "--json");
        assertEquals(2, d.get("stories").size(), d.toString());
        assertEquals(List.of("orangesum-12158", "followup-gas"), sourceIds(d.get("stories").get(0)), "largest first");
        assertEquals(List.of("orangesum-1349"), sourceIds(d.get("stories").get(1)), "Holyfield is another event");
    }

    @Test
    void textOutputListsTitlesAndDatesAndSaysItIsNotStored() {
        CorpusCommandsTest.Run r = CorpusCommandsTest.vigie("stories", "--data", data.toString(), "--date", "2020-05-08");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 story on 2020-05-08"), r.out());
        assertTrue(r.out().contains("not stored"), r.out());
        assertTrue(r.out().contains("2020-05-07  "), r.out());
        assertTrue(r.out().contains("Inde : à Visakhapatnam, les villageois racontent"), r.out());
        assertTrue(r.out().contains("2020-05-07 .. 2020-05-08"), r.out());
    }

    @Test
    void badArgumentsAreClearErrors() {
        CorpusCommandsTest.Run bad = CorpusCommandsTest.vigie("stories", "--data", data.toString(), "--date", "7 mai");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("YYYY-MM-DD"), bad.err());
        CorpusCommandsTest.Run none = CorpusCommandsTest.vigie("stories", "--data", tmp.resolve("none").toString(), "--date", "2020-05-07");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no corpus"), none.err());
        assertNotEquals(0, CorpusCommandsTest.vigie("stories", "--data", data.toString(), "--date", "2020-05-07", "--min-size", "0").code());
    }
}
