package org.vigie.corpus.sites;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.GroupCommit;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.search.SearchRequest;

/** Site lists and profiles are computed once per commit: asked again they are the same answer, a commit renews them. */
class SiteCacheTest {

    @TempDir
    Path tmp;

    @Test
    void anUnchangedCorpusAnswersFromTheCacheAndACommitRenewsIt() throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            try (GroupCommit gc = new GroupCommit(corpus, reprints)) {
                gc.ingest(SiteFixture.articles());
            }
            SearchRequest all = SearchRequest.builder("").build();
            SiteList first = corpus.sites(all, reprints.families(), SiteRatings.NONE);
            assertSame(first, corpus.sites(all, reprints.families(), SiteRatings.NONE), "same commit: the kept answer");
            SiteList onOneSite = corpus.sites(SearchRequest.builder("").site(SiteFixture.COPIER).build(), reprints.families(),
                    SiteRatings.NONE);
            assertNotSame(first, onOneSite, "another filter, another answer");
            SiteProfile p = corpus.site(SiteRequest.of(SiteFixture.COPIER), reprints.families(), SiteRatings.NONE);
            assertSame(p, corpus.site(SiteRequest.of(SiteFixture.COPIER), reprints.families(), SiteRatings.NONE));
            SiteRatings rated = site -> new SiteRating("rated", "noté", "a list", 0.5);
            assertNotSame(p, corpus.site(SiteRequest.of(SiteFixture.COPIER), reprints.families(), rated), "another ratings list");

            Article more = Article.compose("Un article de plus sur un autre site", null, List.of("Il change la liste des sites."))
                    .withLanguage("fr", null)
                    .withMetadata(new Metadata("https://new-site.example.org/a", null, null, List.of(), "2020-06-05", "meta", null, null));
            try (GroupCommit gc = new GroupCommit(corpus, reprints)) {
                gc.ingest(List.of(more));
            }
            SiteList after = corpus.sites(all, reprints.families(), SiteRatings.NONE);
            assertNotSame(first, after, "a commit: computed again");
            assertEquals(first.corpus() + 1, after.corpus());
            assertTrue(after.sites().stream().anyMatch(s -> s.site().equals("new-site.example.org")), after.sites().toString());
        }
    }

    @Test
    void changedFamiliesOnTheSameCommitAreNotServedAnOldAnswer() throws Exception {
        SiteCache cache = new SiteCache(2);
        ReprintFamilies families = new ReprintFamilies();
        int[] computed = {0};
        SiteCache.Compute<SiteList> compute = () -> {
            computed[0]++;
            return new SiteList(computed[0], 0, List.of(), 0);
        };
        SiteList a = cache.list("c1", "q", families, SiteRatings.NONE, compute);
        assertSame(a, cache.list("c1", "q", families, SiteRatings.NONE, compute));
        families.add(Article.compose("Un texte", null, List.of("Un paragraphe assez long pour une empreinte.")));
        assertNotSame(a, cache.list("c1", "q", families, SiteRatings.NONE, compute), "the families changed");
        assertEquals(2, computed[0]);
        // bounded: the least recently used answer goes
        cache.list("c1", "q2", families, SiteRatings.NONE, compute);
        cache.list("c1", "q3", families, SiteRatings.NONE, compute);
        cache.list("c1", "q", families, SiteRatings.NONE, compute);
        assertEquals(5, computed[0], "q was evicted by q2 and q3");
        assertThrows(IllegalArgumentException.class, () -> new SiteCache(0));
        assertArrayEquals(new long[] {1, 5}, cache.counts(), "hits, misses");
    }
}
