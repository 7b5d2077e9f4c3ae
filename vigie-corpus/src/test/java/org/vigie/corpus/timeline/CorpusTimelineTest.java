package org.vigie.corpus.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.search.QuerySyntaxException;
import org.vigie.corpus.search.SearchRequest;

/**
 * Timelines over hand-made dated articles: six about Aleppo (two on Monday 2016-10-03, one of them
 * late in the evening in Paris time; one on 10-05 republished on 10-12; one on 10-12; one on 11-02;
 * one undated) and one about Geneva on 10-05.
 */
class CorpusTimelineTest {

    @TempDir
    static Path tmp;
    static Corpus corpus;

    static Article article(String title, String body, String url, String date) {
        return Article.compose(title, null, List.of(body)).withLanguage("fr", null)
                .withMetadata(new Metadata(url, null, null, List.of(), date, "meta", null, null));
    }

    @BeforeAll
    static void ingest() throws IOException {
        corpus = Corpus.open(tmp.resolve("data"));
        corpus.ingest(List.of(
                article("Alep sous les bombes", "Les bombardements ont repris sur Alep dans la nuit.",
                        "https://fr.sputniknews.com/alep-bombes", "2016-10-03"),
                // 01:00 in Paris on the 4th is 23:00 UTC on the 3rd
                article("Alep : la trêve rompue", "La trêve annoncée à Alep n'a pas tenu.",
                        "https://www.lemonde.example/alep-treve", "2016-10-04T01:00:00+02:00"),
                article("Alep : les convois bloqués", "Les convois humanitaires attendent aux portes d'Alep.",
                        "https://fr.sputniknews.com/alep-convois", "2016-10-05")
                        .withAlsoPublishedAt(List.of(new Publication("https://blog.example.org/alep-convois", null,
                                null, List.of(), "2016-10-12", "meta"))),
                article("Alep : l'Onu s'inquiète", "L'Onu s'inquiète du sort des civils d'Alep.",
                        "https://www.lemonde.example/alep-onu", "2016-10-12"),
                article("Alep, un mois après", "Un mois après la trêve, Alep reste assiégée.",
                        "https://www.lemonde.example/alep-mois", "2016-11-02"),
                article("Alep sans date", "Une dépêche sur Alep sans date de publication.",
                        "https://blog.example.org/alep-sans-date", null),
                article("Négociations à Genève", "Les délégations se retrouvent à Genève.",
                        "https://www.lemonde.example/geneve", "2016-10-05")));
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    static Timeline timeline(SearchRequest.Builder search, Interval interval, boolean normalize) throws IOException {
        return corpus.timeline(new TimelineRequest(search.build(), interval, normalize));
    }

    /** The non-empty buckets, label to count. */
    static Map<String, Long> nonZero(Timeline t) {
        Map<String, Long> out = new TreeMap<>();
        for (TimelineBucket b : t.buckets()) if (b.count() > 0) out.put(b.label(), b.count());
        return out;
    }

    static List<String> labels(Timeline t) {
        List<String> out = new ArrayList<>();
        for (TimelineBucket b : t.buckets()) out.add(b.label());
        return out;
    }

    @Test
    void perDayEveryDayFromTheFirstToTheLastInUtcAndOnceAtTheEarliestPublication() throws IOException {
        Timeline t = timeline(SearchRequest.builder("alep"), Interval.DAY, false);
        assertEquals("day", t.interval());
        assertEquals(6, t.total());
        assertEquals(5, t.dated());
        assertEquals(1, t.undated());
        assertEquals(0, t.outside());
        assertEquals(31, t.buckets().size(), "2016-10-03 to 2016-11-02, empty days included");
        assertEquals("2016-10-03", t.buckets().get(0).label());
        assertEquals("2016-11-02", t.buckets().get(30).label());
        assertEquals(Map.of("2016-10-03", 2L, "2016-10-05", 1L, "2016-10-12", 1L, "2016-11-02", 1L), nonZero(t),
                "the evening dispatch counts on the 3rd (UTC); the republished one on the 5th only");
        assertEquals(0, t.buckets().get(1).count(), "2016-10-04 is an empty day");
        assertEquals(null, t.buckets().get(0).share(), "no share unless normalized");
    }

    @Test
    void perIsoWeekAndPerMonth() throws IOException {
        Timeline weeks = timeline(SearchRequest.builder("alep"), Interval.WEEK, false);
        assertEquals(List.of("2016-W40", "2016-W41", "2016-W42", "2016-W43", "2016-W44"), labels(weeks));
        assertEquals(List.of(3L, 1L, 0L, 0L, 1L), weeks.buckets().stream().map(TimelineBucket::count).toList());
        assertEquals("2016-10-03", weeks.buckets().get(0).start(), "ISO weeks start on Monday");
        assertEquals("2016-10-09", weeks.buckets().get(0).end());

        Timeline months = timeline(SearchRequest.builder("alep"), Interval.MONTH, false);
        assertEquals(List.of("2016-10", "2016-11"), labels(months));
        assertEquals(List.of(4L, 1L), months.buckets().stream().map(TimelineBucket::count).toList());
        assertEquals("2016-10-31", months.buckets().get(0).end());
    }

    @Test
    void normalizedBucketsCarryTheCorpusCountAndTheShare() throws IOException {
        Timeline t = timeline(SearchRequest.builder("alep"), Interval.DAY, true);
        assertTrue(t.normalized());
        TimelineBucket oct5 = t.buckets().get(2);
        assertEquals("2016-10-05", oct5.label());
        assertEquals(1, oct5.count());
        assertEquals(2L, oct5.corpus(), "Aleppo and Geneva");
        assertEquals(0.5, oct5.share(), 1e-9);
        assertEquals(1.0, t.buckets().get(0).share(), 1e-9);
        assertEquals(0L, t.buckets().get(1).corpus());
        assertEquals(0.0, t.buckets().get(1).share(), 1e-9, "an empty day has share 0, not NaN");

        Timeline geneva = timeline(SearchRequest.builder("genève"), Interval.MONTH, true);
        assertEquals(1, geneva.buckets().size());
        assertEquals(5L, geneva.buckets().get(0).corpus(), "the dated articles of October");
        assertEquals(1.0 / 5, geneva.buckets().get(0).share(), 1e-9);
    }

    @Test
    void filtersApplyAsInSearch() throws IOException {
        Timeline lemonde = timeline(SearchRequest.builder("alep").site("lemonde.example"), Interval.MONTH, false);
        assertEquals(3, lemonde.total());
        assertEquals(Map.of("2016-10", 2L, "2016-11", 1L), nonZero(lemonde));
        Timeline everything = timeline(SearchRequest.builder("*"), Interval.MONTH, false);
        assertEquals(7, everything.total());
        assertEquals(Map.of("2016-10", 5L, "2016-11", 1L), nonZero(everything));
    }

    @Test
    void aDateWindowSpansTheChartAndCountsEarlierFirstPublicationsApart() throws IOException {
        Timeline t = timeline(SearchRequest.builder("alep").from(LocalDate.of(2016, 10, 10)).to(LocalDate.of(2016, 10, 14)),
                Interval.DAY, false);
        assertEquals(2, t.total(), "the convoys (republished on the 12th) and the UN");
        assertEquals(1, t.outside(), "the convoys count at their first publication, the 5th, outside the window");
        assertEquals(List.of("2016-10-10", "2016-10-11", "2016-10-12", "2016-10-13", "2016-10-14"), labels(t));
        assertEquals(Map.of("2016-10-12", 1L), nonZero(t));
    }

    @Test
    void intervalsCutByTheWindowCountTheCorpusWithinItToo() throws IOException {
        Timeline t = timeline(SearchRequest.builder("alep").from(LocalDate.of(2016, 10, 4)).to(LocalDate.of(2016, 10, 12)),
                Interval.WEEK, true);
        assertEquals(List.of("2016-W40", "2016-W41"), labels(t));
        TimelineBucket w40 = t.buckets().get(0);
        assertEquals("2016-10-04", w40.start(), "cut at from");
        assertEquals("2016-10-09", w40.end());
        assertEquals(1, w40.count(), "the convoys");
        assertEquals(2L, w40.corpus(), "the convoys and Geneva, not the two articles of Monday the 3rd");
        TimelineBucket w41 = t.buckets().get(1);
        assertEquals("2016-10-12", w41.end(), "cut at to");
        assertEquals(1, w41.count());
        assertEquals(1L, w41.corpus());
        assertEquals(1.0, w41.share(), 1e-9);
    }

    @Test
    void noMatchIsAnEmptyTimeline() throws IOException {
        Timeline t = timeline(SearchRequest.builder("kaboul"), Interval.DAY, true);
        assertEquals(0, t.total());
        assertTrue(t.buckets().isEmpty());
    }

    @Test
    void tooManyIntervalsIsRefusedNamingTheCoarserOnesThatFit() {
        SearchRequest.Builder twentyYears = SearchRequest.builder("*").from(LocalDate.of(2000, 1, 1))
                .to(LocalDate.of(2019, 12, 31));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> timeline(twentyYears, Interval.DAY, false));
        assertTrue(e.getMessage().contains("7,305 intervals") && e.getMessage().contains("over the limit of 1,000"),
                e.getMessage());
        assertTrue(e.getMessage().contains("month (240)") && !e.getMessage().contains("week ("),
                "twenty years of weeks (1,044) do not fit either: " + e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> timeline(SearchRequest.builder("*")
                .from(LocalDate.of(1900, 1, 1)).to(LocalDate.of(2016, 1, 1)), Interval.MONTH, false))
                .getMessage().contains("narrow the dates"));
    }

    @Test
    void badQueriesAndIntervalNamesAreErrors() {
        assertThrows(QuerySyntaxException.class, () -> timeline(SearchRequest.builder("\"alep"), Interval.DAY, false));
        assertEquals(Interval.WEEK, Interval.of(" Week "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interval.of("year"));
        assertEquals("interval must be day, week or month: year", e.getMessage());
    }
}
