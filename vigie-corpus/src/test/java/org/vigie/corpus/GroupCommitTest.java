package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.store.DiskQuota;

/**
 * Group commit on real text: synthetic variants of the 40 OrangeSum articles, where variant i and
 * i + 40 share a text up to sentence order and so fall in one reprint family. Grouping is made
 * deterministic without timing: the test holds the reprints monitor (which a group's leader needs
 * to commit) until every request is queued, so they all land in one group.
 */
class GroupCommitTest {

    @TempDir
    Path tmp;

    /** Never saves the reprint state on its own: reopening must rebuild it from the journal. */
    private static final GroupCommit.Options NEVER_SAVE = new GroupCommit.Options(500, Integer.MAX_VALUE, Duration.ofDays(365));

    private final List<Article> synth = Samples.synthesize(80);
    private final ExecutorService pool = Executors.newFixedThreadPool(32);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Submits one request per article list from its own thread while holding the commit lock, then lets them go. */
    private List<Future<GroupCommit.Receipt>> concurrently(GroupCommit gc, CorpusReprints reprints, List<List<Article>> requests)
            throws InterruptedException {
        List<Future<GroupCommit.Receipt>> out = new ArrayList<>();
        synchronized (reprints) {
            long before = gc.submitted();
            for (List<Article> r : requests) out.add(pool.submit(() -> gc.ingest(r)));
            while (gc.submitted() < before + requests.size()) Thread.sleep(1); // all queued behind the held lock
        }
        return out;
    }

    @Test
    void concurrentIngestsShareOneCommitAndAreAllSearchableAndSurviveAReopen() throws Exception {
        Path data = tmp.resolve("data");
        Map<String, ReprintFamilies.Links> linksBefore = new HashMap<>();
        Set<String> acknowledged = new HashSet<>();
        try (Corpus corpus = Corpus.open(data)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            GroupCommit gc = new GroupCommit(corpus, reprints, NEVER_SAVE);
            for (Article a : synth.subList(0, 16)) assertEquals(1, gc.ingest(List.of(a)).report().added());
            long groupsBefore = gc.groups();

            // 24 requests at once: variants 40..63, the first 16 reprints of stored articles, plus
            // a repeat of variant 40 posted by a second client.
            List<List<Article>> requests = new ArrayList<>();
            for (Article a : synth.subList(40, 64)) requests.add(List.of(a));
            requests.add(List.of(synth.get(40)));
            List<GroupCommit.Receipt> receipts = new ArrayList<>();
            for (Future<GroupCommit.Receipt> f : concurrently(gc, reprints, requests)) receipts.add(f.get());

            assertEquals(groupsBefore + 1, gc.groups(), "one commit for the whole group");
            long added = 0, unchanged = 0;
            for (GroupCommit.Receipt r : receipts) {
                assertEquals(25, r.group().requests());
                assertEquals(1, r.report().commits());
                added += r.report().added();
                unchanged += r.report().unchanged();
                acknowledged.add(r.articles().get(0).id());
            }
            assertEquals(24, added);
            assertEquals(1, unchanged, "the repeat of variant 40 is stored once");
            assertTrue(receipts.get(0).group().relinked() >= 0);
            assertEquals(40, corpus.count());

            // Searchable at once: every acknowledged article is a hit of the phrase they all end with.
            Set<String> hits = new HashSet<>();
            for (SearchHit h : corpus.search(SearchRequest.builder("\"dépêche de synthèse\"").size(100).build()).hits()) {
                hits.add(h.id());
            }
            assertTrue(hits.containsAll(acknowledged), "acknowledged but not found: " + diff(acknowledged, hits));

            // Variant 40 is a reprint of variant 0, stored before it: they share a family.
            String v0 = synth.get(0).id(), v40 = synth.get(40).id();
            assertEquals(reprints.families().links(v0).familyId(), reprints.families().links(v40).familyId());
            assertEquals(v0, reprints.families().links(v40).reprintOf());
            for (String id : reprints.families().assignments().keySet()) linksBefore.put(id, reprints.families().links(id));
            // Stored links agree with the families (stale links were re-stored with the group).
            for (String id : linksBefore.keySet()) {
                Article stored = corpus.get(id).orElseThrow();
                assertEquals(linksBefore.get(id).familyId(), stored.familyId(), id);
                assertEquals(linksBefore.get(id).reprintOf(), stored.reprintOf(), id);
            }
            // No gc.close(): as after a crash, reprints.bin was never saved.
        }
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(40, corpus.count());
            for (String id : acknowledged) assertTrue(corpus.get(id).isPresent(), id);
            CorpusReprints reopened = CorpusReprints.open(corpus);
            assertTrue(reopened.reconciled(), "the families were rebuilt from the journal");
            Map<String, ReprintFamilies.Links> linksAfter = new HashMap<>();
            for (String id : reopened.families().assignments().keySet()) linksAfter.put(id, reopened.families().links(id));
            assertEquals(linksBefore, linksAfter, "rebuilt families identical, sources included");
        }
        assertEquals(0, Corpus.check(data).exitCode(), Corpus.check(data).toString());
    }

    @Test
    void aFailedCommitFailsEveryRequestOfItsGroupAndLosesNothingCommitted() throws Exception {
        Path data = tmp.resolve("data");
        DiskQuota quota = DiskQuota.bytes(Long.MAX_VALUE / 2);
        List<Article> first = synth.subList(0, 10);
        List<List<Article>> requests = new ArrayList<>();
        for (Article a : synth.subList(40, 46)) requests.add(List.of(a)); // reprints of 0..5
        try (Corpus corpus = Corpus.open(data, quota)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            GroupCommit gc = new GroupCommit(corpus, reprints, GroupCommit.Options.DEFAULTS);
            assertEquals(10, gc.ingest(first).report().added());
            gc.close(); // saves the families of the first 10
            gc = new GroupCommit(corpus, reprints, GroupCommit.Options.DEFAULTS);
            String family0 = reprints.families().links(synth.get(0).id()).familyId();

            List<Future<GroupCommit.Receipt>> futures;
            synchronized (reprints) {
                futures = concurrently(gc, reprints, requests);
                quota.set(0); // the disk fills before the group commits
            }
            for (Future<GroupCommit.Receipt> f : futures) {
                ExecutionException e = assertThrows(ExecutionException.class, f::get);
                GroupCommit.NotStoredException ns = assertInstanceOf(GroupCommit.NotStoredException.class, e.getCause());
                assertTrue(ns.diskFull(), ns.getMessage());
                assertEquals(6, ns.groupRequests());
                assertTrue(ns.getMessage().contains("nothing of this batch was stored")
                        && ns.getMessage().contains("last commit with 10 articles")
                        && ns.getMessage().contains("6 requests committed together all failed"), ns.getMessage());
            }
            assertEquals(10, corpus.count());
            for (List<Article> r : requests) {
                assertTrue(corpus.get(r.get(0).id()).isEmpty());
                assertFalse(reprints.families().contains(r.get(0).id()), "families forget what was not stored");
            }
            assertEquals(10, reprints.families().size());
            assertEquals(family0, reprints.families().links(synth.get(0).id()).familyId());
            for (Article a : first) assertEquals(a.id(), corpus.get(a.id()).orElseThrow().id());

            // Space freed: the same requests succeed, and join the families of the stored originals.
            quota.set(Long.MAX_VALUE / 2);
            for (Future<GroupCommit.Receipt> f : concurrently(gc, reprints, requests)) assertEquals(1, f.get().report().added());
            assertEquals(16, corpus.count());
            assertEquals(synth.get(0).id(), reprints.families().links(synth.get(40).id()).reprintOf());
            gc.close();
        }
        try (Corpus corpus = Corpus.open(data)) {
            assertEquals(16, corpus.count());
            CorpusReprints reopened = CorpusReprints.open(corpus);
            assertFalse(reopened.reconciled(), "close saved the families");
            assertEquals(16, reopened.families().size());
        }
        assertEquals(0, Corpus.check(data).exitCode(), Corpus.check(data).toString());
    }

    @Test
    void interruptedCallersStillGetTheirCommitAndLeaveTheStoreWorking() throws Exception {
        Path data = tmp.resolve("data");
        try (Corpus corpus = Corpus.open(data)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            GroupCommit gc = new GroupCommit(corpus, reprints);
            List<List<Article>> requests = new ArrayList<>();
            for (Article a : synth.subList(0, 6)) requests.add(List.of(a));
            List<Future<GroupCommit.Receipt>> futures;
            synchronized (reprints) {
                futures = concurrently(gc, reprints, requests);
                pool.shutdownNow(); // interrupts every waiting caller, as a stopping server does
            }
            for (Future<GroupCommit.Receipt> f : futures) assertEquals(1, f.get().report().added());
            assertEquals(6, corpus.count());
            assertEquals(1, gc.ingest(List.of(synth.get(6))).report().added(), "the journal and writer are still open");
            gc.close();
        }
        assertEquals(0, Corpus.check(data).exitCode(), Corpus.check(data).toString());
    }

    @Test
    void anArticleWithoutIdIsRefusedAloneBeforeJoiningAGroup() throws IOException {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            GroupCommit gc = new GroupCommit(corpus, reprints);
            Article a = synth.get(0);
            Article noId = new Article(null, a.sourceId(), a.title(), a.standfirst(), a.body(), a.text(), a.language(),
                    a.languageConfidence(), a.commentCount(), a.boilerplate(), a.origin(), a.metadata(), a.sections(),
                    a.sentences(), a.entities(), a.quotes(), a.times(), a.signals(), null, null, null);
            assertThrows(IllegalArgumentException.class, () -> gc.ingest(List.of(noId)));
            assertEquals(0, gc.submitted());
            assertEquals(1, gc.ingest(List.of(synth.get(1))).report().added());
        }
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
