package org.vigie.nlp.signals.orthography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** LanguageTool instances are pooled: reused by new threads, never shared by two calls at once. */
class LanguageToolPoolTest {

    private static final String TEXT = "Le gouvernment a anonce une réforme des retraite.";
    private final LanguageToolChecker lt = LanguageToolChecker.french();

    @Test
    void threadsThatComeOneAfterAnotherReuseTheSameInstances() throws Exception {
        List<Issue> first = lt.check(TEXT);
        int idle = LanguageToolChecker.idle();
        assertTrue(idle >= 1, "the instance goes back to the pool after a call");
        for (int i = 0; i < 3; i++) {
            List<Issue>[] got = new List[1];
            Thread t = new Thread(() -> got[0] = lt.check(TEXT));
            t.start();
            t.join();
            assertEquals(first, got[0]);
            assertEquals(idle, LanguageToolChecker.idle(), "a new thread borrowed an idle instance");
        }
    }

    @Test
    void concurrentCallsGiveTheSameAnswersAsOneThread() throws Exception {
        List<String> texts = List.of(TEXT, "Les ministre se sont réunis hier a Paris.",
                "Il ont décidés de partir.", "Une phrase sans faute aucune.");
        List<List<Issue>> expected = new ArrayList<>();
        List<List<Issue>> expectedGrammar = new ArrayList<>();
        List<Boolean> expectedUnknown = new ArrayList<>();
        for (String t : texts) {
            expected.add(lt.check(t));
            expectedGrammar.add(lt.checkWithoutSpelling(t));
            expectedUnknown.add(lt.isUnknown(t.split(" ")[1]));
        }
        assertTrue(expected.get(0).size() >= 2, "the misspelt sentence has issues: " + expected.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                int i = k % texts.size();
                runs.add(pool.submit(() -> lt.check(texts.get(i)).equals(expected.get(i))
                        && lt.checkWithoutSpelling(texts.get(i)).equals(expectedGrammar.get(i))
                        && lt.isUnknown(texts.get(i).split(" ")[1]) == expectedUnknown.get(i)));
            }
            for (Future<Boolean> f : runs) assertTrue(f.get());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(LanguageToolChecker.idle() <= 5, "no more instances than calls at once (4) plus this thread's");
    }
}
