package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
            child.process.destroyForcibly();
            assertTrue(child.process.waitFor(60, TimeUnit.SECONDS));
            child.pump.join(60_000);
            assertFalse(child.done, "the child finished before the kill");
            acknowledged.addAll(child.acks);
            verify(data, acknowledged, "seed " + seed + ", round " + round + ", killed after " + killAfter + " acks");
        }
        Child rerun = new Child(data, tmp.resolve("rerun.err"));
        assertEquals(0, rerun.process.waitFor(), Files.readString(tmp.resolve("rerun.err")));
        rerun.pump.join(60_000);
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

    /** A child JVM running {@link GroupCommitCrashMain}; a thread reads its acknowledgements. */
    private static final class Child {
        final Process process;
        final Thread pump;
        final Set<String> acks = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        volatile boolean done;

        Child(Path data, Path errors) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    GroupCommitCrashMain.class.getName(), data.toString(), Integer.toString(TOTAL), Integer.toString(THREADS));
            pb.redirectError(errors.toFile());
            process = pb.start();
            pump = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.equals("done")) done = true;
                        else if (line.startsWith("ack ")) acks.add(line.substring(4));
                        lines.add(line);
                    }
                } catch (IOException closedByKill) {
                    // destroyForcibly closes the pipe: the acknowledgements end here.
                } finally {
                    lines.add("<eof>");
                }
            });
            pump.setDaemon(true);
            pump.start();
        }

        /** Waits until the child has acknowledged {@code n} requests in this run. */
        void awaitAcks(int n) throws InterruptedException {
            for (int seen = 0; seen < n; ) {
                String line = lines.poll(5, TimeUnit.MINUTES);
                assertNotNull(line, "child silent for 5 minutes");
                assertNotEquals("<eof>", line, "child ended before " + n + " acknowledgements");
                if (line.startsWith("ack ")) seen++;
            }
        }
    }
}
