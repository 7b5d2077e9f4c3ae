package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.feed.Feed;
import org.vigie.corpus.feed.FeedEntry;
import org.vigie.corpus.feed.FeedRequest;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.store.CorpusSchema;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.testkit.TestFiles;

/**
 * The instant the corpus first stores a text ({@code stored_at}): set once, kept by a later ingest
 * of the same words (from the same page or another), by repair from the journal, and what a feed
 * lists an undated article by; a corpus of schema 3 (before it existed) opens, searches and serves
 * feeds, its undated articles left out as before.
 */
class StoredAtTest {

    static final Path SCHEMA3 = Path.of("src/test/resources/org/vigie/corpus/schema3/data");

    @TempDir
    Path tmp;

    static Article page(String title, String body, String url, String date) {
        return Article.compose(title, null, List.of(body)).withLanguage("fr", null)
                .withMetadata(new Metadata(url, null, null, List.of(), date, date == null ? null : "meta", null, null));
    }

    static final Article UNDATED = page("Alep : un communiqué sans date", "Le communiqué sur Alep ne porte aucune date.",
            "https://ngo.example.org/alep", null);
    static final Article DATED = page("Alep : la trêve rompue", "La trêve d'Alep n'a pas tenu.",
            "https://news.example.com/alep", "2016-10-03");

    private static Feed feed(Corpus c, String q) throws IOException {
        return c.feed(new FeedRequest(SearchRequest.builder(q).build(), 50));
    }

    @Test
    void anUndatedArticleEntersTheFeedByItsIngestTime() throws IOException {
        try (Corpus c = Corpus.open(tmp.resolve("c"))) {
            Instant before = Instant.now().minusMillis(1);
            c.ingest(List.of(DATED, UNDATED));
            Instant after = Instant.now().plusMillis(1);
            Article stored = c.get(UNDATED.id()).orElseThrow();
            Instant at = stored.storedInstant();
            assertTrue(!at.isBefore(before) && !at.isAfter(after), at + " within the ingest");
            assertEquals(at, c.get(DATED.id()).orElseThrow().storedInstant(), "one instant per batch");
            assertTrue(c.getJson(UNDATED.id()).orElseThrow().contains("\"stored_at\":\"" + at + "\""), "a field of the stored JSON");
            assertNull(UNDATED.storedAt(), "the analysis itself has none");

            Feed f = feed(c, "alep");
            assertEquals(2, f.matched());
            assertEquals(0, f.undated());
            List<FeedEntry> es = f.entries();
            assertEquals(List.of(UNDATED.id(), DATED.id()), es.stream().map(FeedEntry::articleId).toList(),
                    "stored now, it is newer than the page dated 2016");
            assertNull(es.get(0).published());
            assertEquals(at, es.get(0).updated());
            assertEquals(Instant.parse("2016-10-03T00:00:00Z"), es.get(1).published());
        }
    }

    @Test
    void undatedAndDatedEntriesInterleaveByTheirInstant() throws IOException {
        Article future = page("Alep demain", "Un article sur Alep daté de 2100.", "https://news.example.com/2100", "2100-01-01");
        try (Corpus c = Corpus.open(tmp.resolve("c"))) {
            c.ingest(List.of(DATED, future));
            c.ingest(List.of(UNDATED));
            Feed f = feed(c, "alep");
            assertEquals(List.of(future.id(), UNDATED.id(), DATED.id()), f.entries().stream().map(FeedEntry::articleId).toList());
            Feed one = c.feed(new FeedRequest(SearchRequest.builder("alep").build(), 2));
            assertEquals(List.of(future.id(), UNDATED.id()), one.entries().stream().map(FeedEntry::articleId).toList());
        }
    }

    @Test
    void ingestingTheSameTextAgainKeepsTheFirstInstant() throws Exception {
        try (Corpus c = Corpus.open(tmp.resolve("c"))) {
            c.ingest(List.of(UNDATED));
            String json = c.getJson(UNDATED.id()).orElseThrow();
            Instant first = c.get(UNDATED.id()).orElseThrow().storedInstant();
            Thread.sleep(5);
            IngestReport same = c.ingest(List.of(UNDATED));
            assertEquals(1, same.unchanged(), "idempotent: the same page again changes nothing");
            assertEquals(json, c.getJson(UNDATED.id()).orElseThrow());

            // the same words on another page: a new publication, the same first instant
            Article copy = UNDATED.withMetadata(new Metadata("https://mirror.example.net/alep", null, null, List.of(), "2016-10-05",
                    "meta", null, null));
            IngestReport other = c.ingest(List.of(copy));
            assertEquals(1, other.updated());
            Article merged = c.get(UNDATED.id()).orElseThrow();
            assertEquals(first, merged.storedInstant());
            assertEquals(2, 1 + merged.alsoPublishedAt().size());
            // a record that carries an earlier instant (another corpus's) makes it earlier, never later
            c.ingest(List.of(copy.withStoredAt(first.plusSeconds(60))));
            assertEquals(first, c.get(UNDATED.id()).orElseThrow().storedInstant());
        }
    }

    @Test
    void repairFromTheJournalKeepsTheInstant() throws IOException {
        Path data = tmp.resolve("c");
        Instant first;
        try (Corpus c = Corpus.open(data)) {
            c.ingest(List.of(DATED, UNDATED));
            first = c.get(UNDATED.id()).orElseThrow().storedInstant();
        }
        // the index lost: repair rebuilds it from the journal
        try (var files = Files.walk(data.resolve(CorpusStore.INDEX_DIR))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        CorpusRepair r = Corpus.repair(data);
        assertEquals(0, r.after().exitCode(), r.toText());
        try (Corpus c = Corpus.open(data)) {
            assertEquals(2, c.count());
            assertEquals(first, c.get(UNDATED.id()).orElseThrow().storedInstant());
            assertEquals(List.of(UNDATED.id(), DATED.id()), feed(c, "alep").entries().stream().map(FeedEntry::articleId).toList(),
                    "the rebuilt index lists it by the same instant");
        }
    }

    private static Map<String, String> commitData(Path data) throws IOException {
        try (FSDirectory dir = FSDirectory.open(data.resolve(CorpusStore.INDEX_DIR))) {
            return SegmentInfos.readLatestCommit(dir).getUserData();
        }
    }

    private static Map<String, String> jsonById(Corpus c) throws IOException {
        Map<String, String> out = new TreeMap<>();
        c.forEach(a -> out.put(a.id(), ArticleJson.toJson(a)));
        return out;
    }

    @Test
    void aSchema3CorpusOpensSearchesAndLeavesItsUndatedArticlesOutOfFeeds() throws IOException {
        Path data = TestFiles.copyTree(SCHEMA3, tmp.resolve("data"));
        assertEquals("3", commitData(data).get(CorpusSchema.KEY_VERSION));
        Map<String, String> before;
        try (Corpus ro = Corpus.openReadOnly(data)) {
            assertEquals(3, ro.schemaVersion());
            assertEquals(3, ro.search(SearchRequest.builder("alep").size(10).build()).total(),
                    "searchable as it is: nothing to reindex");
            Feed f = feed(ro, "");
            assertEquals(5, f.matched());
            assertEquals(1, f.undated(), "stored before Vigie kept the instant: left out, as before");
            assertEquals(4, f.entries().size());
            before = jsonById(ro);
        }
        CorpusCheck check = Corpus.check(data);
        assertEquals(0, check.exitCode(), check.toText());
        assertTrue(check.notes().stream().anyMatch(n -> n.contains("schema 3") && n.contains("nothing to reindex")), check.toText());
        String batches = commitData(data).get(CorpusSchema.KEY_BATCHES);

        Article fresh = page("Alep : un second communiqué", "Un autre communiqué sur Alep, sans date lui aussi.",
                "https://ngo.example.org/alep-2", null);
        try (Corpus c = Corpus.open(data)) {
            assertEquals(CorpusSchema.VERSION, c.schemaVersion());
            assertTrue(c.migration().contains("marked the corpus as schema " + CorpusSchema.VERSION + " (was 3; nothing to reindex)"),
                    c.migration());
            assertEquals(batches, commitData(data).get(CorpusSchema.KEY_BATCHES), "the journal's batch count still matches");
            assertEquals(before, jsonById(c), "every article as it was, none given an ingest time it did not have");
            List<Article> all = new java.util.ArrayList<>();
            c.forEach(all::add);
            Article old = all.stream().filter(a -> a.metadata().date() == null).findFirst().orElseThrow();
            assertNull(old.storedAt());
            c.ingest(List.of(old)); // ingested again: still no invented first instant
            assertNull(c.get(old.id()).orElseThrow().storedAt());

            c.ingest(List.of(fresh));
            Feed f = feed(c, "");
            assertEquals(6, f.matched());
            assertEquals(1, f.undated());
            assertEquals(fresh.id(), f.entries().get(0).articleId(), "an article stored now enters the feed");
        }
        assertEquals(Integer.toString(CorpusSchema.VERSION), commitData(data).get(CorpusSchema.KEY_VERSION));
        CorpusCheck clean = Corpus.check(data);
        assertEquals(0, clean.exitCode(), clean.toText());
        try (Corpus c = Corpus.open(data)) {
            assertNull(c.migration(), "marked once");
        }
    }
}
