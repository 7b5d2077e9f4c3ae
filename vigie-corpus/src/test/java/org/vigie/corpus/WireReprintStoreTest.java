package org.vigie.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Section;
import org.vigie.corpus.reprints.WireReprint;
import org.vigie.corpus.search.SearchRequest;

/**
 * The wire-reprint signal as stored: the sample page re-publishes a state-media dispatch under its
 * own headline and standfirst. Whether the dispatch comes in a later batch or in the same group
 * as the page, the stored page ends up with the signal, and searching by signal finds it.
 */
class WireReprintStoreTest {

    @TempDir
    Path tmp;

    private final Article page = Samples.aleppo();

    /** The dispatch the page copied: its body, Sputnik's own headline, no standfirst, dated the day before. */
    private Article dispatch() {
        return dispatch("https://fr.sputniknews.com/international/alep.html");
    }

    private Article dispatch(String url) {
        List<String> paragraphs = page.paragraphs().stream().map(s -> page.text().substring(s.start(), s.end())).toList();
        Metadata m = new Metadata(url, null, null, List.of(), "2016-10-09", "meta", null, null);
        return Article.compose("Alep : Moscou et Ankara soutiennent le plan de l'Onu", null, paragraphs)
                .withLanguage("fr", null).withMetadata(m);
    }

    private static boolean marked(Article a) {
        return a.signals().stream().anyMatch(s -> s.kind().equals(WireReprint.KIND));
    }

    @Test
    void aPageStoredBeforeTheDispatchItCopiedIsMarkedWhenTheDispatchArrives() throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"))) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            try (GroupCommit gc = new GroupCommit(corpus, reprints)) {
                gc.ingest(List.of(page));
                assertTrue(!marked(corpus.get(page.id()).orElseThrow()), "alone, nothing says where the page's text comes from");
                GroupCommit.Receipt r = gc.ingest(List.of(dispatch()));
                assertEquals(1, r.group().relinked(), "the page was stored again with its new links");
            }
            Article stored = corpus.get(page.id()).orElseThrow();
            assertEquals(dispatch().id(), stored.reprintOf());
            var signal = stored.signals().stream().filter(s -> s.kind().equals(WireReprint.KIND)).findFirst().orElseThrow();
            Section standfirst = page.sections().stream().filter(s -> s.kind() == Section.Kind.STANDFIRST).findFirst().orElseThrow();
            assertEquals(List.of(page.title(), page.text().substring(standfirst.start(), standfirst.end())),
                    signal.evidence().stream().map(s -> s.text()).toList(),
                    "the page's own headline (a new one: most of its words are not Sputnik's) and standfirst are what it added");
            assertTrue(!marked(corpus.get(dispatch().id()).orElseThrow()), "the dispatch is the source, not a copy");
            var hits = corpus.search(SearchRequest.builder("Alep").signal(WireReprint.KIND).build()).hits();
            assertEquals(List.of(page.id()), hits.stream().map(h -> h.id()).toList());
        }
    }

    @Test
    void aDispatchStoredAgainWithItsSputnikAddressMarksThePageThatCopiedIt() throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"));
             GroupCommit gc = new GroupCommit(corpus, CorpusReprints.open(corpus))) {
            gc.ingest(List.of(page));
            gc.ingest(List.of(dispatch("https://mirror.example.org/alep.html")));
            assertEquals(dispatch().id(), corpus.get(page.id()).orElseThrow().reprintOf(), "the same text: the page is its copy");
            assertTrue(!marked(corpus.get(page.id()).orElseThrow()), "from an unlisted site, the dispatch says nothing of provenance");

            GroupCommit.Receipt r = gc.ingest(List.of(dispatch()));
            assertEquals(1, r.report().updated(), "the same text stored again with the address it was published at");
            assertTrue(marked(corpus.get(page.id()).orElseThrow()), "the page learns where its text comes from");
        }
        try (Corpus reopened = Corpus.openReadOnly(tmp.resolve("data"))) {
            CorpusReprints families = CorpusReprints.open(reopened);
            assertTrue(marked(families.relink(reopened.get(page.id()).orElseThrow())), "the saved families keep the new address");
        }
    }

    @Test
    void aPageAndItsDispatchInOneRequestAreLinkedAsAWhole() throws Exception {
        try (Corpus corpus = Corpus.open(tmp.resolve("data"));
             GroupCommit gc = new GroupCommit(corpus, CorpusReprints.open(corpus))) {
            GroupCommit.Receipt r = gc.ingest(List.of(page, dispatch()));
            Article acknowledged = r.articles().get(0);
            assertEquals(dispatch().id(), acknowledged.reprintOf(), "the page came first in the request, its source second");
            assertTrue(marked(acknowledged));
            assertEquals(acknowledged, corpus.get(page.id()).orElseThrow(), "stored as acknowledged");
        }
    }
}
