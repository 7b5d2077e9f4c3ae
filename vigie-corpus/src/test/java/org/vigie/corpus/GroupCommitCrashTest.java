package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.ReprintFamilies;

/**
 * Kills (SIGKILL) a child JVM ingesting through {@link GroupCommit} from 8 threads at random
 * moments, three times, then checks after each kill: the corpus is not damaged, every request the
 * child saw acknowledged is stored, and the reprint families reopened (from a state file saved
 * every 50 articles, the rest re-added in journal order) give every stored article exactly the
 * links stored with it. A rerun completes the corpus.
 */
class GroupCommitCrashTest {

    static final int TOTAL = 200; // 40 texts x 5 variants: families of up to 5
    static final int THREADS = 8;

    @TempDir
    Path tmp;

    @Test
    void killDuringGroupCommitsLosesNoAcknowledgedArticleAndFamiliesComeBackExactly() throws Exception {
        long seed = new Random().nextLong();
        Random rnd = new Random(seed);
        Path data = tmp.resolve("data");
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            int killAfter = 10 + rnd.nextInt(40);
            Child child = new Child(data, tmp.resolve("child-" + round + ".err"));
            child.awaitAcks(killAfter);
            Thread.sleep(rnd.nextInt(100));
            child.jvm.kill();
            assertFalse(child.done, "the child finished before the kill");
            acknowledged.addAll(child.acks);
            verify(data, acknowledged, "seed " + seed + ", round " + round + ", killed after " + killAfter + " acks");
        }
        Child rerun = new Child(data, tmp.resolve("rerun.err"));
        assertEquals(0, rerun.jvm.awaitExit(), Files.readString(tmp.resolve("rerun.err")));
        assertTrue(rerun.done);
        verify(data, acknowledged, "after the rerun");
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(TOTAL, corpus.count());
            assertFalse(CorpusReprints.open(corpus).reconciled(), "the rerun's close saved the families");
        }
    }

    private static void verify(Path data, Set<String> acknowledged, String ctx) throws IOException {
        CorpusCheck check = Corpus.check(data);
        assertFalse(check.damaged(), check.toText() + ctx);
        try (Corpus corpus = Corpus.open(data)) {
            Set<String> stored = new HashSet<>();
            corpus.forEach(a -> stored.add(a.id()));
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged but lost; " + ctx);
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ReprintFamilies f = reprints.families();
            assertEquals(stored.size(), f.size(), ctx);
            int inFamilies = 0;
            for (String id : stored) {
                Article a = corpus.get(id).orElseThrow();
                ReprintFamilies.Links links = f.links(id);
                assertEquals(a.familyId(), links.familyId(), "family of " + id + "; " + ctx);
                assertEquals(a.reprintOf(), links.reprintOf(), "source of " + id + "; " + ctx);
                if (links.familyId() != null) inFamilies++;
            }
            assertTrue(stored.size() < 160 || inFamilies > 0, "variants of one text form families; " + ctx);
        }
    }

    /** A child JVM running {@link GroupCommitCrashMain}; the acknowledgements it printed. */
    private static final class Child {
        final Set<String> acks = ConcurrentHashMap.newKeySet();
        final ChildJvm jvm;
        volatile boolean done;

        Child(Path data, Path errors) throws IOException {
            jvm = ChildJvm.start(GroupCommitCrashMain.class, errors, line -> {
                if (line.equals("done")) done = true;
                else if (line.startsWith("ack ")) acks.add(line.substring(4));
            }, data.toString(), Integer.toString(TOTAL), Integer.toString(THREADS));
        }

        /** Waits until the child has acknowledged {@code n} requests in this run. */
        void awaitAcks(int n) throws InterruptedException {
            for (int seen = 0; seen < n; ) {
                if (jvm.next(n + " acknowledgements").startsWith("ack ")) seen++;
            }
        }
    }
}
