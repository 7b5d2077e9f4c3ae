package org.vigie.corpus.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;

/**
 * Same event in different words, from the 40 real sample articles: each article's brief (its
 * headline and lede) and its full report (its body under another headline: the body's first
 * sentence) share the event but almost no five-word sequence.
 */
class StoryClustersTest {

    private static final Pattern GLUED = Pattern.compile("(?<=[.!?»])(?=[\"«]?\\p{Lu})");
    private static final List<Article> BRIEFS = new ArrayList<>();
    private static final List<Article> REPORTS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("../samples/orangesum/orangesum-sample.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode j = m.readTree(line);
            String heading = j.get("heading").asText();
            if (heading.isBlank()) continue; // no lede, no brief
            String date = j.get("date").asText();
            Metadata meta = new Metadata(null, null, null, List.of(), date, "meta", null, null);
            BRIEFS.add(Article.compose(j.get("title").asText(), heading, List.of()).withMetadata(meta)
                    .withSourceId(j.get("id").asText() + "-brief"));
            List<String> paras = List.of(GLUED.split(j.get("article").asText()));
            String first = paras.get(0);
            REPORTS.add(Article.compose(first.length() > 120 ? first.substring(0, 120) : first, null, paras.subList(1, paras.size()).isEmpty() ? paras : paras.subList(1, paras.size()))
                    .withMetadata(meta).withSourceId(j.get("id").asText() + "-report"));
        }
    }

    @Test
    void briefsAndReportsOfOneEventShareAStoryAndOtherEventsDoNot() {
        StoryClusters s = new StoryClusters();
        for (Article a : REPORTS) s.add(a);
        for (Article a : BRIEFS) s.add(a);
        int together = 0;
        Set<String> storiesOfReports = new HashSet<>();
        for (int i = 0; i < BRIEFS.size(); i++) {
            String report = s.storyId(REPORTS.get(i).id()).orElseThrow();
            storiesOfReports.add(report);
            if (report.equals(s.storyId(BRIEFS.get(i).id()).orElseThrow())) together++;
        }
        int n = BRIEFS.size();
        assertEquals(n, storiesOfReports.size(), "no two different events' reports share a story");
        assertTrue(together >= n - 3, "brief joined its report for " + together + " of " + n + " events");
        // A brief never joins another event's story.
        for (int i = 0; i < n; i++) {
            String brief = s.storyId(BRIEFS.get(i).id()).orElseThrow();
            for (int j = 0; j < n; j++) {
                if (j != i) assertFalse(brief.equals(s.storyId(REPORTS.get(j).id()).orElseThrow()), BRIEFS.get(i).sourceId());
            }
        }
    }

    @Test
    void storiesAreGroupedPerDayAndLinkedAcrossDaysWithinTheWindow() {
        int i = 0; // first sample with a lede: Collomb, Hollande and the migrants, 2018-05-31
        Article report = REPORTS.get(i);
        Article brief = BRIEFS.get(i);
        String day = report.metadata().date();
        Article nextDay = redate(brief, LocalDate.parse(day).plusDays(1).toString(), "-next");
        Article monthLater = redate(brief, LocalDate.parse(day).plusDays(30).toString(), "-later");
        StoryClusters s = new StoryClusters();
        for (Article a : REPORTS) s.add(a);
        s.add(nextDay);
        s.add(monthLater);
        String story = s.storyId(report.id()).orElseThrow();
        assertEquals(story, s.storyId(nextDay.id()).orElseThrow(), "the next day continues the story");
        assertFalse(story.equals(s.storyId(monthLater.id()).orElseThrow()), "a month later is outside the window");
        Story view = s.story(story).orElseThrow();
        assertEquals(Map.of(day, List.of(report.id()), LocalDate.parse(day).plusDays(1).toString(), List.of(nextDay.id())),
                view.days());
        assertEquals(List.of(story), s.storiesOn(LocalDate.parse(day).plusDays(1), 2).stream().map(Story::storyId).toList());
        // Stems, not words: Lucene's light stemmer also undoubles consonants (Collomb: colomb).
        assertTrue(view.terms().contains("colomb") && view.terms().contains("holand"), view.terms().toString());
        assertEquals(story, s.withStory(nextDay).storyId());
    }

    private static Article redate(Article a, String date, String suffix) {
        return Article.compose(a.title() + " " + suffix.substring(1), a.standfirst(), List.of())
                .withMetadata(a.metadata().withDate(date, "meta")).withSourceId(a.sourceId() + suffix);
    }
}
