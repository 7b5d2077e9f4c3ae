package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.core.model.Signal;
import org.vigie.corpus.reprints.FamilyMember;
import org.vigie.corpus.reprints.WireReprint;
import org.vigie.corpus.store.BatchNotStoredException;
import org.vigie.corpus.store.DiskQuota;

/**
 * A Sputnik dispatch published verbatim by a blog a day later is one article (same text, same id):
 * stored from either page first, the corpus keeps both publications, names Sputnik's as the
 * article's own, and the sample page that copied the dispatch under a new headline gets Sputnik
 * as its source.
 */
class AlsoPublishedAtTest {

    static final String SPUTNIK = "https://fr.sputniknews.com/international/201610091028000000-alep-moscou-ankara/";
    static final String BLOG = "https://blog.example.org/2016/10/10/alep-la-verite.html";

    @TempDir
    Path tmp;

    private final Article page = Samples.aleppo()
            .withMetadata(new Metadata("https://reseau.example.net/poutine-alep", null, null, List.of(),
                    "2016-10-10", "meta", null, null));

    /** The dispatch's text (the page's body under Sputnik's own headline) as published at {@code url}. */
    private Article dispatch(String url, String date) {
        List<String> paragraphs = page.paragraphs().stream().map(s -> page.text().substring(s.start(), s.end())).toList();
        return Article.compose("Alep : Moscou et Ankara soutiennent le plan de l'Onu", null, paragraphs)
                .withLanguage("fr", null)
                .withMetadata(new Metadata(url, null, null, List.of(), date, "meta", null, null));
    }

    private Article sputnik() {
        return dispatch(SPUTNIK, "2016-10-09");
    }

    private Article blog() {
        return dispatch(BLOG, "2016-10-10");
    }

    /** One {@code vigie ingest} batch: link, links as they stand after the batch, stale members, commit, save. */
    static IngestReport ingest(Corpus corpus, CorpusReprints reprints, List<Article> articles) throws IOException {
        List<Article> pending = new ArrayList<>();
        for (Article a : articles) pending.add(reprints.link(Corpus.storable(a)));
        IngestReport r = corpus.ingest(reprints.toWrite(pending));
        reprints.save();
        return r;
    }

    private static List<String> urls(Article a) {
        List<String> out = new ArrayList<>(List.of(a.metadata().url()));
        for (Publication p : a.alsoPublishedAt()) out.add(p.url());
        return out;
    }

    /** What users trace: the dispatch's own page, its other page, and the copy's source. */
    private void assertSputnikFirst(Corpus corpus, CorpusReprints reprints, String how) throws IOException {
        Article stored = corpus.get(sputnik().id()).orElseThrow();
        assertEquals(List.of(SPUTNIK, BLOG), urls(stored).subList(0, 2), how + ": both publications, Sputnik's first");
        assertEquals("2016-10-09", stored.metadata().date(), how);
        assertEquals("2016-10-10", stored.alsoPublishedAt().get(0).date(), how);

        Article copy = corpus.get(page.id()).orElseThrow();
        assertEquals(sputnik().id(), copy.reprintOf(), how);
        Signal wire = copy.signals().stream().filter(s -> s.kind().equals(WireReprint.KIND)).findFirst()
                .orElseThrow(() -> new AssertionError(how + ": the copy is not marked as a wire reprint"));
        assertTrue(wire.explanation().contains("Sputnik") && wire.explanation().contains("2016-10-09"),
                how + ": " + wire.explanation());
        FamilyMember source = reprints.familyOf(page.id()).orElseThrow().members().get(0);
        assertEquals(sputnik().id(), source.id(), how);
        assertEquals("2016-10-09", source.date(), how);
        assertEquals("fr.sputniknews.com", source.site(), how);
    }

    @Test
    void blogFirstThenSputnik() throws IOException {
        Path data = tmp.resolve("data");
        try (Corpus corpus = Corpus.open(data)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ingest(corpus, reprints, List.of(blog()));
            ingest(corpus, reprints, List.of(page));
            IngestReport r = ingest(corpus, reprints, List.of(sputnik()));
            assertEquals(2, r.updated(), "the dispatch stored again with its first page, and the page with its new source");
            assertEquals(2, corpus.count());
            assertSputnikFirst(corpus, reprints, "blog, page, then Sputnik");
        }
        try (Corpus corpus = Corpus.openReadOnly(data)) {
            assertSputnikFirst(corpus, CorpusReprints.open(corpus), "reopened");
        }
    }

    @Test
    void everySiteThatPublishedTheTextFindsItAndIsCounted() throws IOException {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ingest(corpus, reprints, List.of(sputnik()));
            ingest(corpus, reprints, List.of(blog()));
            String id = sputnik().id();
            var onBlog = corpus.search(org.vigie.corpus.search.SearchRequest.builder("alep").site("blog.example.org").build());
            assertEquals(List.of(id), onBlog.hits().stream().map(h -> h.id()).toList(), "the blog published the dispatch too");
            assertEquals("fr.sputniknews.com", onBlog.hits().get(0).site(), "a hit shows the article's own, earliest site");
            var all = corpus.search(org.vigie.corpus.search.SearchRequest.of("alep"));
            List<String> sites = all.facets().get("site").stream().map(f -> f.value() + "=" + f.count()).sorted().toList();
            assertEquals(List.of("blog.example.org=1", "fr.sputniknews.com=1"), sites);
        }
    }

    @Test
    void sputnikFirstThenBlog() throws IOException {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ingest(corpus, reprints, List.of(sputnik()));
            ingest(corpus, reprints, List.of(page));
            ingest(corpus, reprints, List.of(blog()));
            assertSputnikFirst(corpus, reprints, "Sputnik, page, then blog");
        }
    }

    @Test
    void bothPagesInOneBatchEitherOrder() throws IOException {
        try (Corpus corpus = Corpus.open(tmp.resolve("a"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ingest(corpus, reprints, List.of(blog(), page, sputnik()));
            assertSputnikFirst(corpus, reprints, "one batch: blog, page, Sputnik");
        }
        try (Corpus corpus = Corpus.open(tmp.resolve("b"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ingest(corpus, reprints, List.of(sputnik(), page, blog()));
            assertSputnikFirst(corpus, reprints, "one batch: Sputnik, page, blog");
        }
    }

    @Test
    void groupCommitAcknowledgesTheArticleAsStored() throws IOException {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            try (GroupCommit gc = new GroupCommit(corpus, reprints)) {
                gc.ingest(List.of(blog(), page));
                GroupCommit.Receipt r = gc.ingest(List.of(sputnik()));
                assertEquals(List.of(SPUTNIK, BLOG), urls(r.articles().get(0)));
                assertEquals(corpus.get(sputnik().id()).orElseThrow(), r.articles().get(0), "acknowledged as stored");
            }
            assertSputnikFirst(corpus, reprints, "through the server's group commit");
        }
    }

    @Test
    void theSamePageTwiceIsOnePublicationAndACorrectionUpdatesIt() throws IOException {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ingest(corpus, reprints, List.of(sputnik(), blog()));
            String json = corpus.getJson(sputnik().id()).orElseThrow();
            IngestReport again = ingest(corpus, reprints, List.of(blog(), sputnik()));
            assertEquals(2, again.unchanged(), "the same pages again change nothing");
            assertEquals(json, corpus.getJson(sputnik().id()).orElseThrow());

            ingest(corpus, reprints, List.of(dispatch(BLOG, "2016-10-11T08:00:00+02:00")));
            Article corrected = corpus.get(sputnik().id()).orElseThrow();
            assertEquals(List.of(SPUTNIK, BLOG), urls(corrected), "still two publications");
            assertEquals("2016-10-11T08:00:00+02:00", corrected.alsoPublishedAt().get(0).date(), "the blog's date corrected");
        }
    }

    @Test
    void anArticleStoredBeforePublicationsWereKeptGainsItsOtherPage() throws IOException {
        // The JSON contract as stored before this field: one page, no also_published_at.
        String oldJson = ArticleJson.toJson(blog());
        assertFalse(oldJson.contains("also_published_at"));
        Path data = tmp.resolve("data");
        try (Corpus corpus = Corpus.open(data)) {
            corpus.ingest(List.of(ArticleJson.fromJson(oldJson)));
            String stored = corpus.getJson(blog().id()).orElseThrow();
            assertTrue(stored.matches(java.util.regex.Pattern.quote(oldJson.substring(0, oldJson.length() - 1))
                    + ",\"stored_at\":\"[0-9T:.-]+Z\"}"), "stored and read back unchanged, with when it was stored: " + stored);
            assertEquals(List.of(), corpus.get(blog().id()).orElseThrow().alsoPublishedAt());
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ingest(corpus, reprints, List.of(page));
            ingest(corpus, reprints, List.of(sputnik()));
            assertSputnikFirst(corpus, reprints, "old record, then Sputnik");
        }
    }

    @Test
    void aFullDiskDuringTheUpdateKeepsTheStoredPublications() throws IOException {
        Path data = tmp.resolve("data");
        DiskQuota quota = DiskQuota.bytes(Long.MAX_VALUE / 2);
        try (Corpus corpus = Corpus.open(data, quota)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            ingest(corpus, reprints, List.of(blog(), page));
            ingest(corpus, reprints, List.of(dispatch("https://mirror.example.net/alep", "2016-10-10")));
            String before = corpus.getJson(blog().id()).orElseThrow();
            for (long budget : new long[]{0, 600, 3_000}) {
                quota.set(budget);
                assertThrows(BatchNotStoredException.class, () -> ingest(corpus, reprints, List.of(sputnik())));
                reprints.reload();
                    assertTrue(before.equals(corpus.getJson(blog().id()).orElseThrow()), "budget " + budget);
                assertEquals(List.of(BLOG, "https://mirror.example.net/alep"), urls(corpus.get(blog().id()).orElseThrow()));
            }
            quota.set(Long.MAX_VALUE / 2);
            ingest(corpus, reprints, List.of(sputnik()));
            assertEquals(List.of(SPUTNIK, BLOG, "https://mirror.example.net/alep"),
                    urls(corpus.get(sputnik().id()).orElseThrow()));
        }
        CorpusCheck check = Corpus.check(data);
        assertFalse(check.damaged(), check.toText());
        try (Corpus corpus = Corpus.openReadOnly(data)) {
            assertSputnikFirst(corpus, CorpusReprints.open(corpus), "after the full disk, reopened");
        }
    }
}
