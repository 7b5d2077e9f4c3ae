package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.store.CorpusStore;

/**
 * Kills (SIGKILL) a child JVM ingesting 2,000 articles at random moments (while it journals,
 * while Lucene writes or commits a batch), five times, then checks the corpus after each kill:
 * {@code Corpus.check} finds nothing damaged (a torn journal tail or a journalled but uncommitted
 * batch are notes), Lucene's CheckIndex finds the index clean, it opens, holds exactly the whole
 * batches committed before the kill (every batch whose commit returned, no part of another), and
 * its journal then holds exactly the stored articles. A rerun completes it with no duplicate.
 */
class CrashTest {

    static final int TOTAL = 2_000;
    static final int BATCH = 100;
    static final int ROUNDS = 5;

    @TempDir
    Path tmp;

    @Test
    void killDuringIngestLosesAtMostTheUncommittedBatch() throws Exception {
        long seed = new Random().nextLong();
        Random rnd = new Random(seed);
        Path data = tmp.resolve("data");
        List<String> expected = Samples.synthesize(TOTAL).stream().map(Article::id).toList();
        assertEquals(TOTAL, Set.copyOf(expected).size(), "synthesised ids are distinct");

        int stored = 0;
        int tornTails = 0;
        int uncommittedBatches = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 1 + rnd.nextInt(3);
            long pause = rnd.nextInt(150);
            Child child = Child.start(data, tmp.resolve("child-" + round + ".err"));
            child.awaitCommits(killAfter);
            Thread.sleep(pause);
            int committed = child.kill();
            String ctx = "seed " + seed + ", round " + round + ", killed " + pause + " ms after commit " + killAfter;
            assertFalse(child.done, "the child finished before the kill; " + ctx);

            CorpusCheck check = Corpus.check(data);
            assertFalse(check.damaged(), check.toText() + ctx);
            if (!check.journal().tornTails().isEmpty() || check.journal().incompleteRecords() > 0) tornTails++;
            uncommittedBatches += (int) check.journal().uncommittedBatches();
            assertClean(data.resolve(CorpusStore.INDEX_DIR), ctx);
            try (Corpus corpus = Corpus.open(data)) {
                long count = corpus.count();
                assertEquals(0, count % BATCH, "count is whole batches: " + count + "; " + ctx);
                assertTrue(count >= stored + (long) committed * BATCH, "every reported commit survived; " + ctx);
                assertEquals(Set.copyOf(expected.subList(0, (int) count)), ids(corpus), "the first batches, once each; " + ctx);
                stored = (int) count;
            }
            CorpusCheck reopened = Corpus.check(data);
            assertFalse(reopened.damaged(), reopened.toText() + ctx);
            assertEquals(List.of(), reopened.notes(), "opening for writing dropped the journal's tail; " + ctx);
            assertEquals(stored, reopened.journal().articles(), "the journal holds exactly the stored articles; " + ctx);
            assertEquals(0, reopened.consistency().missingFromIndex());
        }
        System.out.println("CrashTest: " + ROUNDS + " kills (seed " + seed + "): " + tornTails + " kills cut a journal write short, "
                + uncommittedBatches + " cut a batch journalled but not committed; nothing committed lost");

        Child rerun = Child.start(data, tmp.resolve("rerun.err"));
        assertEquals(0, rerun.awaitExit(), "rerun failed: " + Files.readString(tmp.resolve("rerun.err")));
        assertTrue(rerun.done);
        assertEquals(TOTAL - stored, rerun.added, "the rerun added exactly what was missing");
        assertClean(data.resolve(CorpusStore.INDEX_DIR), "after rerun");
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(TOTAL, corpus.count());
            assertEquals(Set.copyOf(expected), ids(corpus));
            assertEquals(TOTAL, corpus.search(SearchRequest.builder("dépêche synthèse").size(0).facetSize(0).build()).total());
        }
        CorpusCheck end = Corpus.check(data);
        assertFalse(end.damaged(), end.toText());
        assertEquals(TOTAL, end.journal().articles());
    }

    private static Set<String> ids(Corpus corpus) throws IOException {
        Set<String> ids = new HashSet<>();
        List<String> dups = new ArrayList<>();
        corpus.forEach(a -> {
            if (!ids.add(a.id())) dups.add(a.id());
        });
        assertEquals(List.of(), dups, "duplicate articles");
        return ids;
    }

    private static void assertClean(Path index, String ctx) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            check.setInfoStream(new PrintStream(java.io.OutputStream.nullOutputStream()));
            assertTrue(check.checkIndex().clean, "CheckIndex finds the index corrupt; " + ctx);
        }
    }

    /** A child JVM running {@link CrashIngestMain}; the batches it reported committed. */
    private static final class Child {
        private final ChildJvm jvm;
        private volatile int added;
        private volatile int commits;
        private volatile boolean done;

        private Child(Path data, Path errors) throws IOException {
            jvm = ChildJvm.start(CrashIngestMain.class, errors, this::parse,
                    data.toString(), Integer.toString(TOTAL), Integer.toString(BATCH));
        }

        static Child start(Path data, Path errors) throws IOException {
            return new Child(data, errors);
        }

        /** Waits until {@code n} batches have been committed by this child. */
        void awaitCommits(int n) throws InterruptedException {
            while (commits < n) jvm.next(n + " commits");
        }

        /** Kills the child (SIGKILL) and returns the commits it reported. */
        int kill() throws InterruptedException {
            jvm.kill();
            return commits;
        }

        int awaitExit() throws InterruptedException {
            return jvm.awaitExit();
        }

        private void parse(String line) {
            if (line.equals("done")) {
                done = true;
                return;
            }
            String[] f = line.split(" ");
            added += Integer.parseInt(f[1]);
            commits += Integer.parseInt(f[2]);
        }
    }
}
