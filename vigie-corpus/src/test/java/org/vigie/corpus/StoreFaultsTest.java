package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.ReprintStateFile;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.store.BatchNotStoredException;
import org.vigie.corpus.store.CorpusDamagedException;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.corpus.store.DiskQuota;
import org.vigie.corpus.store.Journal;

/**
 * Faults of the store on the 40 real OrangeSum articles: a full disk during a commit, a corrupt
 * index segment, a corrupt commit point, a torn or corrupt journal, a corpus without journal.
 * Each time: the corpus reports precisely, loses nothing committed, and check/repair agree.
 */
class StoreFaultsTest {

    @TempDir
    Path tmp;

    private final List<Article> articles = Samples.orangesum();

    /** Two commits of 20 articles: two segments. */
    private Path corpusOfTwoBatches() throws IOException {
        Path data = tmp.resolve("data");
        try (Corpus c = Corpus.open(data)) {
            c.ingest(articles.subList(0, 20));
            c.ingest(articles.subList(20, 40));
        }
        return data;
    }

    @Test
    void diskFullDuringACommitStoresNothingOfTheBatchAndARetrySucceeds() throws IOException {
        Path data = tmp.resolve("data");
        DiskQuota quota = DiskQuota.bytes(Long.MAX_VALUE / 2);
        List<Article> synth = Samples.synthesize(120);
        try (Corpus c = Corpus.open(data, quota)) {
            long before = quota.remaining();
            long journalBefore = journalBytes(data);
            c.ingest(synth.subList(0, 40));
            long batchBytes = before - quota.remaining();
            long journalBatch = journalBytes(data) - journalBefore;
            assertTrue(journalBatch > 0 && batchBytes > journalBatch, "the index writes more than the journal");

            // Budgets that run out in the journal, and past it (in the Lucene flush or commit).
            long[] budgets = {0, journalBatch / 2, journalBatch + 64, journalBatch + (batchBytes - journalBatch) / 4,
                    journalBatch + (batchBytes - journalBatch) / 2};
            boolean failedInsideLucene = false;
            for (long budget : budgets) {
                quota.set(budget);
                BatchNotStoredException e = assertThrows(BatchNotStoredException.class,
                        () -> c.ingest(synth.subList(40, 80)), "budget " + budget);
                assertTrue(e.diskFull(), e.getMessage());
                assertEquals("disk full while committing batch 2: nothing of this batch was stored;"
                        + " the corpus is at the last commit with 40 articles", e.getMessage());
                assertEquals(40, c.count());
                failedInsideLucene |= Arrays.stream(e.getCause().getStackTrace())
                        .anyMatch(f -> f.getClassName().startsWith("org.apache.lucene.index"));
                assertEquals(journalBefore + journalBatch, journalBytes(data), "the journal was rolled back");
            }
            assertTrue(failedInsideLucene, "one budget ran out inside Lucene's flush or commit");
            quota.set(Long.MAX_VALUE / 2);
            assertEquals(40, c.ingest(synth.subList(40, 80)).added(), "the retry after freeing space stores the batch");
        }
        CorpusCheck check = Corpus.check(data);
        assertFalse(check.damaged(), check.toText());
        assertEquals(80, check.index().articles());
        assertEquals(80, check.journal().articles());
        try (Corpus c = Corpus.open(data)) {
            assertEquals(80, c.count());
        }
    }

    @Test
    void diskFullThenReopenFindsTheLastCommit() throws IOException {
        Path data = tmp.resolve("data");
        DiskQuota quota = DiskQuota.bytes(Long.MAX_VALUE / 2);
        try (Corpus c = Corpus.open(data, quota)) {
            c.ingest(articles.subList(0, 20));
            quota.set(30_000);
            assertThrows(BatchNotStoredException.class, () -> c.ingest(articles.subList(20, 40)));
        }
        CorpusCheck check = Corpus.check(data);
        assertFalse(check.damaged(), check.toText());
        try (Corpus c = Corpus.open(data)) {
            assertEquals(20, c.count());
            assertEquals(20, c.ingest(articles.subList(20, 40)).added());
        }
    }

    @Test
    void corruptSegmentIsReportedWithItsFileAndRepairRestoresEveryArticle() throws IOException {
        Path data = corpusOfTwoBatches();
        java.util.Map<String, String> storedBefore = new java.util.HashMap<>();
        try (Corpus c = Corpus.openReadOnly(data)) {
            for (Article a : articles) storedBefore.put(a.id(), c.getJson(a.id()).orElseThrow());
        }
        Path index = data.resolve(CorpusStore.INDEX_DIR);
        Path victim = largestSegmentFile(index);
        flipBytes(victim, Files.size(victim) / 2, 16);

        CorpusCheck check = Corpus.check(data);
        assertTrue(check.damaged(), check.toText());
        assertEquals(1, check.exitCode());
        assertEquals(1, check.index().badSegments().size(), check.toText());
        CorpusCheck.BadSegment bad = check.index().badSegments().get(0);
        assertEquals(victim.getFileName().toString(), bad.file(), check.toText());
        assertTrue(bad.files().contains(victim.getFileName().toString()));
        assertEquals(20, bad.articles());
        assertEquals(20, check.index().articlesAffected());
        assertTrue(bad.problem().contains("checksum") || bad.problem().contains("Corrupt"), bad.problem());

        CorpusRepair repair = Corpus.repair(data);
        assertEquals(1, repair.droppedSegments().size());
        assertEquals(20, repair.articlesDropped());
        assertEquals(20, repair.restored(), repair.toText());
        assertFalse(repair.after().damaged(), repair.toText());
        assertTrue(repair.toText().contains("dropped corrupt segment " + bad.segment() + " (20 articles; file "
                + victim.getFileName()), repair.toText());

        try (Corpus c = Corpus.open(data)) {
            assertEquals(40, c.count());
            for (Article a : articles) {
                Article stored = c.get(a.id()).orElseThrow();
                assertEquals(a, stored.withStoredAt(null), "restored exactly: " + a.id());
                assertEquals(storedBefore.get(a.id()), c.getJson(a.id()).orElseThrow(), "with the instant it was first stored");
            }
            for (Article a : List.of(articles.get(5), articles.get(25))) { // one of each segment
                String word = Arrays.stream(a.title().split("[^\\p{L}]+"))
                        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
                assertTrue(c.search(SearchRequest.builder(word).size(40).facetSize(0).build()).hits().stream()
                        .anyMatch(h -> h.id().equals(a.id())), "search finds " + a.id() + " by '" + word + "'");
            }
        }
        CorpusRepair again = Corpus.repair(data);
        assertEquals(List.of("nothing to repair"), again.actions(), "repair is idempotent");
        assertEquals(0, again.restored());
    }

    @Test
    void corruptSegmentInfoFailsOpenPreciselyAndRepairFixesIt() throws IOException {
        Path data = corpusOfTwoBatches();
        Path si = files(data.resolve(CorpusStore.INDEX_DIR), ".si").get(0);
        flipBytes(si, Files.size(si) / 2, 4);
        CorpusDamagedException e = assertThrows(CorpusDamagedException.class, () -> Corpus.open(data));
        assertTrue(e.getMessage().contains(si.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("vigie repair"), e.getMessage());
        CorpusCheck check = Corpus.check(data);
        assertTrue(check.damaged());
        assertTrue(check.toText().contains(si.getFileName().toString()), check.toText());

        CorpusRepair repair = Corpus.repair(data);
        assertNotNull(repair.indexSetAside(), repair.toText());
        assertEquals(40, repair.restored(), repair.toText());
        assertFalse(repair.after().damaged(), repair.toText());
        try (Corpus c = Corpus.open(data)) {
            assertEquals(40, c.count());
            assertEquals(Set.copyOf(articles.stream().map(Article::id).toList()), ids(c));
        }
    }

    @Test
    void lostIndexFolderIsRebuiltFromTheJournal() throws IOException {
        Path data = corpusOfTwoBatches();
        // what a repair interrupted between setting the index aside and creating the new one leaves
        Files.move(data.resolve(CorpusStore.INDEX_DIR), data.resolve("index.damaged-test"));
        CorpusDamagedException e = assertThrows(CorpusDamagedException.class, () -> Corpus.open(data));
        assertTrue(e.getMessage().contains("has a journal but no index/ folder"), e.getMessage());
        CorpusCheck check = Corpus.check(data);
        assertTrue(check.problems().get(0).startsWith("index: missing"), check.toText());
        CorpusRepair repair = Corpus.repair(data);
        assertEquals(40, repair.restored(), repair.toText());
        assertFalse(repair.after().damaged(), repair.toText());
        assertEquals(3, repair.after().index().batches(), "the counter continues the journal's 2 batches, plus the restore");
        try (Corpus c = Corpus.open(data)) {
            assertEquals(40, c.count());
            assertEquals(1, c.ingest(List.of(Samples.aleppo())).added());
        }
        assertFalse(Corpus.check(data).damaged());
    }

    @Test
    void tornJournalTailIsReportedAsANoteAndDroppedOnOpen() throws IOException {
        Path data = corpusOfTwoBatches();
        Path last = Journal.files(data).get(Journal.files(data).size() - 1);
        long size = Files.size(last);
        // what a kill -9 in the middle of a frame leaves: a length, a checksum and part of a body
        Files.write(last, new byte[] {0, 0, 16, 0, 1, 2, 3, 4, 1, 0, 0}, java.nio.file.StandardOpenOption.APPEND);
        CorpusCheck check = Corpus.check(data);
        assertFalse(check.damaged(), check.toText());
        assertEquals(1, check.journal().tornTails().size(), check.toText());
        assertTrue(check.notes().get(0).contains("at byte " + size), check.toText());
        try (Corpus c = Corpus.open(data)) {
            assertEquals(40, c.count());
            assertTrue(c.store().journalRecovery().contains("torn tail"), c.store().journalRecovery());
            c.ingest(List.of(Samples.aleppo()));
        }
        CorpusCheck after = Corpus.check(data);
        assertFalse(after.damaged(), after.toText());
        assertEquals(List.of(), after.journal().tornTails());
        assertEquals(41, after.journal().articles());
    }

    @Test
    void corruptJournalIsSetAsideAndRewrittenFromTheIndex() throws IOException {
        Path data = corpusOfTwoBatches();
        Path journal = Journal.files(data).get(0);
        flipBytes(journal, 200, 3);
        CorpusCheck check = Corpus.check(data);
        assertTrue(check.damaged(), check.toText());
        assertTrue(check.problems().get(0).contains("journal: corrupt " + journal), check.problems().toString());
        CorpusRepair repair = Corpus.repair(data);
        assertNotNull(repair.journalSetAside());
        assertEquals(40, repair.journalled());
        assertEquals(0, repair.restored());
        assertFalse(repair.after().damaged(), repair.toText());
        assertEquals(40, repair.after().journal().articles());
    }

    @Test
    void corpusWithoutJournalIsJournalledByRepair() throws IOException {
        Path data = corpusOfTwoBatches();
        try (Stream<Path> s = Files.walk(Journal.dir(data))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        CorpusCheck check = Corpus.check(data);
        assertFalse(check.damaged(), check.toText());
        assertFalse(check.journal().present());
        CorpusRepair repair = Corpus.repair(data);
        assertEquals(40, repair.journalled(), repair.toText());
        CorpusCheck after = Corpus.check(data);
        assertEquals(0, after.consistency().notJournalled(), after.toText());
        assertEquals(40, after.journal().articles());
    }

    @Test
    void staleOrUnreadableReprintStateIsRebuilt() throws IOException {
        Path data = tmp.resolve("data");
        try (Corpus c = Corpus.open(data)) {
            CorpusReprints r = CorpusReprints.open(c);
            List<Article> linked = new ArrayList<>();
            for (Article a : articles) linked.add(r.link(a));
            c.ingest(linked);
            r.save();
        }
        assertFalse(Corpus.check(data).damaged());
        Path bin = data.resolve(ReprintStateFile.FILE_NAME);
        Files.write(bin, Arrays.copyOf(Files.readAllBytes(bin), 100));
        CorpusCheck check = Corpus.check(data);
        assertTrue(check.damaged());
        assertTrue(check.problems().get(0).startsWith("reprints: unreadable reprints.bin"), check.problems().toString());
        CorpusRepair repair = Corpus.repair(data);
        assertTrue(repair.reprintsRebuilt(), repair.toText());
        assertFalse(repair.after().damaged(), repair.toText());
        assertEquals(40, repair.after().reprints().entries());
    }

    static Set<String> ids(Corpus c) throws IOException {
        Set<String> ids = new HashSet<>();
        c.forEach(a -> ids.add(a.id()));
        return ids;
    }

    static long journalBytes(Path data) throws IOException {
        long n = 0;
        for (Path p : Journal.files(data)) n += Files.size(p);
        return n;
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The largest segment data file: the compound file when segments are compound, else stored fields. */
    static Path largestSegmentFile(Path index) throws IOException {
        try (Stream<Path> s = Files.list(index)) {
            return s.filter(p -> p.getFileName().toString().matches("_.*\\.(cfs|fdt)"))
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    static void flipBytes(Path file, long at, int n) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < n; i++) {
                f.seek(at + i);
                int b = f.read();
                f.seek(at + i);
                f.write(b ^ 0x5A);
            }
        }
    }
}
