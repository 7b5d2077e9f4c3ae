package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Publication;

/**
 * Kills (SIGKILL) a child JVM while it stores 200 stored texts again from other sites (each a
 * later publication of the same text), three rounds, then checks: nothing damaged, no article
 * lost, every article still names its first site as its publication and keeps the other sites
 * of the earlier rounds, and the articles that gained the round's site are whole batches (an
 * update is committed with its batch or not at all). A rerun of the round completes it.
 */
class PublicationsCrashTest {

    static final int TOTAL = 200;
    static final int BATCH = 20;

    @TempDir
    Path tmp;

    @Test
    void killDuringAnUpdateOfPublicationsLosesNoEarlierPublication() throws Exception {
        long seed = new Random().nextLong();
        Random rnd = new Random(seed);
        Path data = tmp.resolve("data");
        List<Article> first = PublicationsCrashMain.at(TOTAL, "first.example", "2020-01-01");
        try (Corpus corpus = Corpus.open(data)) {
            corpus.ingest(first);
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < TOTAL; i++) order.put(first.get(i).id(), i);

        for (int round = 1; round <= 3; round++) {
            String site = "copy-" + round + ".example";
            String[] args = {data.toString(), Integer.toString(TOTAL), Integer.toString(BATCH), site, "2020-01-0" + (round + 1)};
            int killAfter = 1 + rnd.nextInt(TOTAL / BATCH - 2);
            long pause = rnd.nextInt(30);
            int[] commits = {0};
            ChildJvm child = ChildJvm.start(PublicationsCrashMain.class, tmp.resolve("child-" + round + ".err"),
                    line -> {
                        if (line.startsWith("batch ")) commits[0] += Integer.parseInt(line.split(" ")[2]);
                    }, args);
            while (commits[0] < killAfter) child.next(killAfter + " commits");
            Thread.sleep(pause);
            child.kill();
            String ctx = "seed " + seed + ", round " + round + ", killed " + pause + " ms after commit " + killAfter;

            CorpusCheck check = Corpus.check(data);
            assertFalse(check.damaged(), check.toText() + ctx);
            int updated = 0;
            try (Corpus corpus = Corpus.open(data)) {
                assertEquals(TOTAL, corpus.count(), ctx);
                List<Integer> gained = new ArrayList<>();
                for (Article a : all(corpus)) {
                    assertEquals("first.example", a.metadata().site(), "the first publication stays the article's; " + ctx);
                    List<String> sites = a.alsoPublishedAt().stream().map(Publication::site).toList();
                    for (int r = 1; r < round; r++) assertTrue(sites.contains("copy-" + r + ".example"), sites + "; " + ctx);
                    if (sites.contains(site)) gained.add(order.get(a.id()));
                }
                updated = gained.size();
                assertTrue(updated >= commits[0] * BATCH, "every reported commit survived; " + ctx);
                assertEquals(0, updated % BATCH, "whole batches updated: " + updated + "; " + ctx);
                assertEquals(java.util.stream.IntStream.range(0, updated).boxed().toList(),
                        gained.stream().sorted().toList(), "the first batches; " + ctx);
            }
            ChildJvm rerun = ChildJvm.start(PublicationsCrashMain.class, tmp.resolve("rerun-" + round + ".err"), line -> { }, args);
            assertEquals(0, rerun.awaitExit(), Files.readString(tmp.resolve("rerun-" + round + ".err")));
            try (Corpus corpus = Corpus.openReadOnly(data)) {
                for (Article a : all(corpus)) {
                    assertEquals(round, a.alsoPublishedAt().size(), "the rerun completed the round; " + ctx);
                    assertEquals(site, a.alsoPublishedAt().get(round - 1).site(), "the latest publication last; " + ctx);
                }
            }
        }
        CorpusCheck end = Corpus.check(data);
        assertFalse(end.damaged(), end.toText());
    }

    private static List<Article> all(Corpus corpus) throws IOException {
        List<Article> out = new ArrayList<>();
        corpus.forEach(out::add);
        return out;
    }
}
