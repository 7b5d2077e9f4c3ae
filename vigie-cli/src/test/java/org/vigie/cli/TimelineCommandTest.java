package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;

/** vigie timeline as a user runs it, on pages ingested without NLP. */
class TimelineCommandTest {

    @TempDir
    Path tmp;

    static CorpusCommandsTest.Run vigie(String... args) {
        return CorpusCommandsTest.vigie(args);
    }

    private static String page(String title, String body, String url, String date) {
        return "{\"title\": \"" + title + "\", \"body\": \"" + body + "\", \"url\": \"" + url + "\""
                + (date == null ? "" : ", \"date\": \"" + date + "\"") + "}";
    }

    private static final String DISPATCH = "Les bombardements ont repris dans la soirée sur les quartiers est d'Alep.";

    /** Aleppo on 10-03 (twice), 10-05 (also at a blog on 10-06), 10-17 and undated; Geneva on 10-05. */
    private String corpus() throws IOException {
        Path jsonl = tmp.resolve("pages.jsonl");
        Files.writeString(jsonl, String.join("\n",
                page("Alep sous les bombes", DISPATCH, "https://fr.example-news.com/alep", "2016-10-05"),
                page("Alep sous les bombes", DISPATCH, "https://blog.example.org/alep", "2016-10-06"),
                page("Alep : la trêve rompue", "La trêve annoncée à Alep n'a pas tenu.", "https://www.lemonde.example/treve", "2016-10-03"),
                page("Alep : les convois", "Les convois attendent aux portes d'Alep.", "https://www.lemonde.example/convois", "2016-10-03T08:00:00Z"),
                page("Alep : l'Onu", "L'Onu s'inquiète pour Alep.", "https://fr.example-news.com/onu", "2016-10-17"),
                page("Alep sans date", "Une dépêche sur Alep sans date.", "https://blog.example.org/sans-date", null),
                page("Négociations à Genève", "Les délégations se retrouvent à Genève.", "https://www.lemonde.example/geneve", "2016-10-05")),
                StandardCharsets.UTF_8);
        Path data = tmp.resolve("corpus");
        CorpusCommandsTest.Run in = vigie("ingest", "--no-nlp", "--data", data.toString(), jsonl.toString());
        assertEquals(0, in.code(), in.out() + in.err());
        return data.toString();
    }

    @Test
    void oneLinePerDayWithEmptyDaysAndABar() throws IOException {
        CorpusCommandsTest.Run r = vigie("timeline", "--data", corpus(), "alep");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("5 articles (4 dated, 1 undated) per day"), r.out());
        assertEquals(16, lines.size(), "a header and 2016-10-03 to 2016-10-17: " + r.out());
        assertTrue(lines.get(1).matches("2016-10-03 +2  #{40}"), lines.get(1));
        assertTrue(lines.get(2).matches("2016-10-04 +0  "), lines.get(2));
        assertTrue(lines.get(3).matches("2016-10-05 +1  #{20}"), "the dispatch counts once, on its first page's day: " + lines.get(3));
        assertTrue(lines.get(4).matches("2016-10-06 +0  "), lines.get(4));
    }

    @Test
    void weeksMonthsFiltersAndNormalize() throws IOException {
        String data = corpus();
        CorpusCommandsTest.Run weeks = vigie("timeline", "--data", data, "--interval", "week", "alep");
        assertEquals(List.of("2016-W40", "2016-W41", "2016-W42"),
                weeks.out().lines().skip(1).map(l -> l.split(" +")[0]).toList(), weeks.out());
        CorpusCommandsTest.Run site = vigie("timeline", "--data", data, "--interval", "month", "--site", "lemonde.example", "alep");
        assertTrue(site.out().lines().anyMatch(l -> l.matches("2016-10 +2  #+")), site.out());
        CorpusCommandsTest.Run norm = vigie("timeline", "--data", data, "--normalize", "alep");
        String oct5 = norm.out().lines().filter(l -> l.startsWith("2016-10-05")).findFirst().orElseThrow();
        assertTrue(oct5.contains("50.00% of 2"), "the dispatch and Geneva were published that day: " + oct5);
    }

    @Test
    void jsonIsTheWholeTimeline() throws IOException {
        CorpusCommandsTest.Run r = vigie("timeline", "--json", "--normalize", "--interval", "month", "--data", corpus(), "alep");
        assertEquals(0, r.code(), r.err());
        JsonNode t = ArticleJson.mapper().readTree(r.out());
        assertEquals("month", t.get("interval").asText());
        assertEquals(5, t.get("total").asInt());
        assertEquals(1, t.get("undated").asInt());
        JsonNode oct = t.get("buckets").get(0);
        assertEquals("2016-10", oct.get("label").asText());
        assertEquals(4, oct.get("count").asInt());
        assertEquals(5, oct.get("corpus").asInt());
        assertEquals(0.8, oct.get("share").asDouble(), 1e-9);
    }

    @Test
    void errorsAreOneClearLine() throws IOException {
        String data = corpus();
        CorpusCommandsTest.Run interval = vigie("timeline", "--data", data, "--interval", "year", "alep");
        assertEquals(2, interval.code());
        assertEquals("vigie: interval must be day, week or month: year", interval.err().strip());
        CorpusCommandsTest.Run wide = vigie("timeline", "--data", data, "--from", "2000-01-01", "--to", "2016-12-31");
        assertEquals(2, wide.code());
        assertEquals(1, wide.err().lines().count(), wide.err());
        assertTrue(wide.err().startsWith("vigie: a day timeline from 2000-01-01 to 2016-12-31 would have 6,210 intervals")
                && wide.err().contains("use interval week (888) or month (204)"), wide.err());
        CorpusCommandsTest.Run query = vigie("timeline", "--data", data, "\"alep");
        assertEquals(2, query.code());
        assertTrue(query.err().startsWith("vigie: bad query: "), query.err());
        assertEquals(1, vigie("timeline", "--data", data, "kaboul").code(), "no match");
        CorpusCommandsTest.Run none = vigie("timeline", "--data", tmp.resolve("nowhere").toString(), "alep");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no corpus at"), none.err());
    }
}
