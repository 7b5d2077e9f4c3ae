package org.vigie.corpus.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.GroupCommit;
import org.vigie.corpus.reprints.Change;
import org.vigie.corpus.reprints.WireReprint;
import org.vigie.corpus.search.SearchRequest;

/** Site list and profiles on {@link SiteFixture}: copies of a wire's and of a site's texts across sites. */
class CorpusSitesTest {

    @TempDir
    static Path tmp;

    static Corpus corpus;
    static CorpusReprints reprints;

    static final SiteRatings RATINGS = site -> site.equals(SiteFixture.COPIER)
            ? new SiteRating("rated unreliable", "jugé peu fiable", "a fact-checker", 0.5) : null;

    @BeforeAll
    static void fill() throws Exception {
        corpus = Corpus.open(tmp.resolve("data"));
        reprints = CorpusReprints.open(corpus);
        try (GroupCommit gc = new GroupCommit(corpus, reprints)) {
            gc.ingest(SiteFixture.articles());
        }
    }

    @AfterAll
    static void close() throws Exception {
        corpus.close();
    }

    static SiteProfile profile(String site) throws Exception {
        return corpus.site(SiteRequest.of(site), reprints.families(), RATINGS);
    }

    @Test
    void aCopierShowsTheWireItCopiesAndTheHeadlinesItChanged() throws Exception {
        SiteProfile p = profile(SiteFixture.COPIER);
        assertEquals(7, p.articles(), "six rewritten copies and one verbatim page");
        assertEquals(7, p.copied());
        assertEquals(1.0, p.copiedShare());
        assertEquals("2020-06-02", p.first());
        assertEquals("2020-06-03", p.last(), "the verbatim page's own date, not its source's");
        assertEquals(1, p.sources().size(), p.sources().toString());
        SiteProfile.SourceSite wire = p.sources().get(0);
        assertEquals(SiteFixture.WIRE, wire.site());
        assertEquals(7, wire.copies());
        assertEquals("AFP", wire.wire(), "afp.com is on the wire/state-media list");
        assertEquals(1L, wire.medianDelayDays(), "six copies a day after their source, the verbatim page two days after");
        assertEquals(7, p.changes().copies());
        assertEquals(7, p.changes().read());
        assertEquals(1, p.changes().unchanged(), "the verbatim page changed nothing");
        Map<Change.Kind, Long> kinds = p.changes().kinds().stream()
                .collect(Collectors.toMap(SiteProfile.ChangeRate::kind, SiteProfile.ChangeRate::copies));
        assertEquals(6, kinds.get(Change.Kind.HEADLINE_CHANGED));
        assertEquals(3, kinds.get(Change.Kind.PARAGRAPH_ADDED));
        assertEquals(0, kinds.get(Change.Kind.STANDFIRST_CHANGED));
        assertEquals(0, kinds.get(Change.Kind.PARAGRAPH_REMOVED));
        assertEquals("rated unreliable", p.rating().rating());
        assertTrue(p.copiedBy().isEmpty(), p.copiedBy().toString());
        assertEquals(0, p.textsCopied());
        long flagged = countFlagged(SiteFixture.COPIER);
        assertTrue(flagged > 0, "copies of an AFP text are wire reprints");
        assertEquals(flagged, p.wireReprints());
    }

    /** Stored articles of {@code site} carrying wire-reprint, counted by search (not by the profile's code). */
    private static long countFlagged(String site) throws Exception {
        return corpus.search(SearchRequest.builder("").site(site).signal(WireReprint.KIND).build()).total();
    }

    @Test
    void aCopiedSiteShowsItsCopiers() throws Exception {
        SiteProfile wire = profile(SiteFixture.WIRE);
        assertEquals(0, wire.copied());
        assertEquals(List.of(new SiteProfile.Copier(SiteFixture.COPIER, 7)), wire.copiedBy());
        assertEquals(7, wire.textsCopied());
        assertNull(wire.rating());
        SiteProfile origin = profile(SiteFixture.ORIGIN);
        assertEquals(5, origin.articles());
        assertEquals(List.of(new SiteProfile.Copier(SiteFixture.MIRROR, 2)), origin.copiedBy());
        SiteProfile mirror = profile(SiteFixture.MIRROR);
        assertEquals(SiteFixture.ORIGIN, mirror.sources().get(0).site());
        assertNull(mirror.sources().get(0).wire(), "not a listed wire");
        assertEquals(3L, mirror.sources().get(0).medianDelayDays());
        Map<Change.Kind, Long> kinds = mirror.changes().kinds().stream()
                .collect(Collectors.toMap(SiteProfile.ChangeRate::kind, SiteProfile.ChangeRate::copies));
        assertEquals(2, kinds.get(Change.Kind.PARAGRAPH_EDITED));
        assertEquals(0, kinds.get(Change.Kind.HEADLINE_CHANGED));
        assertEquals(0, mirror.wireReprints());
    }

    @Test
    void signalRatesCompareTheSiteWithTheRest() throws Exception {
        SiteProfile p = profile(SiteFixture.COPIER);
        SiteProfile.SignalRate loaded = p.signals().stream().filter(s -> s.kind().equals(SiteFixture.LOADED)).findFirst().orElseThrow();
        assertEquals(3, loaded.articles());
        assertEquals(CorpusSites.share(3, 7), loaded.share());
        assertEquals(1, loaded.rest());
        long others = corpus.count() - 7;
        assertEquals(CorpusSites.share(1, others), loaded.restShare());
        SiteProfile.SignalRate wire = p.signals().stream().filter(s -> s.kind().equals(WireReprint.KIND)).findFirst().orElseThrow();
        assertTrue(wire.share() > wire.restShare(), wire.toString());
        assertEquals(0, wire.rest(), "no other site copies a wire text");
    }

    @Test
    void perMonthCountsComeFromTheTimeline() throws Exception {
        SiteProfile p = profile(SiteFixture.COPIER);
        assertEquals("month", p.months().interval());
        assertEquals(7, p.months().buckets().stream().mapToLong(b -> b.count()).sum());
    }

    @Test
    void anUnknownSiteNamesTheCloseOnes() throws Exception {
        UnknownSiteException e = assertThrows(UnknownSiteException.class, () -> profile("copieur.exmple"));
        assertEquals(List.of(SiteFixture.COPIER), e.closeNames());
        assertTrue(e.getMessage().contains("no article of site 'copieur.exmple'") && e.getMessage().contains("copieur.example"), e.getMessage());
        assertEquals(List.of(SiteFixture.MIRROR), assertThrows(UnknownSiteException.class, () -> profile("miroir")).closeNames());
        assertTrue(assertThrows(UnknownSiteException.class, () -> profile("zzzzzzzzzzzzzz")).closeNames().isEmpty());
    }

    @Test
    void aSiteIsFoundByItsUrlOrCase() throws Exception {
        assertEquals(7, profile("https://WWW.Copieur.example/some/page").articles());
    }

    @Test
    void theListCountsEachSiteWithItsCopiedShare() throws Exception {
        SiteList all = corpus.sites(SearchRequest.builder("").build(), reprints.families(), RATINGS);
        assertEquals(corpus.count(), all.matched());
        assertEquals(List.of(SiteFixture.OTHER, SiteFixture.WIRE, SiteFixture.COPIER, SiteFixture.ORIGIN, SiteFixture.MIRROR),
                all.sites().stream().map(SiteSummary::site).toList());
        SiteSummary copier = all.sites().get(2);
        assertEquals(7, copier.articles());
        assertEquals(7, copier.copied());
        assertEquals(countFlagged(SiteFixture.COPIER), copier.wireReprints());
        assertEquals("rated unreliable", copier.rating().rating());
        SiteSummary wire = all.sites().get(1);
        assertEquals(10, wire.articles());
        assertEquals(0, wire.copied());
        assertEquals("2020-06-01", wire.first());
        assertEquals("2020-06-01", wire.last());
        assertEquals(2, all.sites().get(4).copied());

        SiteList filtered = corpus.sites(SearchRequest.builder("").site(SiteFixture.COPIER).build(), reprints.families(), RATINGS);
        assertEquals(7, filtered.matched());
        assertEquals(List.of(SiteFixture.COPIER, SiteFixture.WIRE), filtered.sites().stream().map(SiteSummary::site).toList(),
                "afp.com published one of the selected texts: the verbatim one");
        assertEquals(1, filtered.sites().get(1).articles());
    }

    @Test
    void badRequestsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SiteRequest.of(" "));
        assertThrows(IllegalArgumentException.class, () -> new SiteRequest("a.fr", 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new SiteRequest("a.fr", 10, 0));
    }

}
