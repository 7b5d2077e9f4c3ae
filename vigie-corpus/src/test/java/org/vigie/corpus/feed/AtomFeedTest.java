package org.vigie.corpus.feed;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusState;
import org.vigie.corpus.search.QuerySyntaxException;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.testkit.AtomCheck;

/** Feeds of a small hand-made corpus, written as Atom and read back with the JDK's XML parser. */
class AtomFeedTest {

    static final String BASE = "https://vigie.example.org";
    /** Markup, the end of a CDATA section, C0 controls, a lone surrogate of each kind, U+FFFE, and an emoji (kept). */
    static final String HOSTILE_TITLE = "Alep <script>alert(1)</script> ]]> & \"x\" \u0001\u0008\u001B\uD800 \uDC00 \uFFFE 😀 fin";

    @TempDir
    Path tmp;
    Corpus corpus;
    Article truce;
    Article convoys;
    Article hostile;

    static Article article(String title, String standfirst, List<String> body, String url, String site, String date,
                           String modified, List<String> authors) {
        return Article.compose(title, standfirst, body).withLanguage("fr", null)
                .withMetadata(new Metadata(url, null, site, authors, date, date == null ? null : "meta", modified, null));
    }

    @BeforeEach
    void setUp() throws Exception {
        Article t = article("Alep : la trêve rompue", "La trêve annoncée n'a pas tenu.", List.of("Vladimir Poutine a parlé. Poutine a dit non. Poutine encore."),
                "https://fr.sputniknews.com/a", "fr.sputniknews.com", "2016-10-03", null, List.of("Jean Dupont"));
        int p = t.text().indexOf("Vladimir Poutine");
        int q = t.text().indexOf("Poutine a dit");
        int r = t.text().indexOf("Poutine encore");
        int alep = t.text().indexOf("Alep");
        truce = t.withEntities(List.of(
                        new Entity("Alep", EntityType.LOC, "aleppo", List.of(t.span(alep, alep + 4))),
                        new Entity("Vladimir Poutine", EntityType.PER, "vladimir-putin",
                                List.of(t.span(p, p + 16), t.span(q, q + 7), t.span(r, r + 7)))))
                .withSignals(List.of(new Signal("loaded-label", 0.8, List.<Span>of(), "Le titre emploie un terme chargé.")));
        convoys = article("Alep : les convois attendent", null,
                List.of("Les convois humanitaires attendent depuis trois jours aux portes d'Alep, selon l'ONU. "
                        + "Les camions sont bloqués par les combats et les négociations piétinent encore ce matin. "
                        + "Une troisième phrase entre encore dans le résumé, qui passe alors largement les 280 caractères voulus pour un lecteur. "
                        + "Une quatrième n'y entre plus.",
                        "Un second paragraphe."),
                "https://www.lemonde.example/b", null, "2016-10-05T08:00:00+02:00", "2016-10-06T10:00:00Z", List.of());
        hostile = article(HOSTILE_TITLE, null, List.of("Un texte sur Alep \u0000 avec <b>balises</b>."), "javascript:alert(1)",
                "evil.example", "2016-10-04", null, List.of("<img src=x onerror=alert(2)>"));
        corpus = Corpus.open(tmp.resolve("corpus"));
        corpus.ingest(List.of(truce, convoys, hostile,
                article("Alep sans date", null, List.of("Une dépêche sur Alep sans date."), "https://blog.example.org/d", null, null,
                        null, List.of()),
                article("Négociations à Genève", null, List.of("Les délégations se retrouvent."), "https://www.lemonde.example/e",
                        null, "2016-10-06", null, List.of())));
    }

    @AfterEach
    void tearDown() throws Exception {
        corpus.close();
    }

    Feed feed(SearchRequest.Builder b, int limit) throws Exception {
        return corpus.feed(new FeedRequest(b.build(), limit));
    }

    static AtomCheck.Feed atom(Feed f, FeedLinks links) {
        return AtomCheck.read(AtomWriter.toBytes(f, links));
    }

    @Test
    void listsTheMatchesNewestFirstTheUndatedByWhenTheyWereStored() throws Exception {
        Feed f = feed(SearchRequest.builder("alep"), 50);
        assertEquals(4, f.matched());
        assertEquals(0, f.undated(), "the undated article has its ingest time");
        String undated = corpus.search(SearchRequest.of("\"sans date\"")).hits().get(0).id();
        assertEquals(List.of(undated, convoys.id(), hostile.id(), truce.id()), f.entries().stream().map(FeedEntry::articleId).toList(),
                "stored today, it is newer than every page dated 2016");
        java.time.Instant storedAt = corpus.get(undated).orElseThrow().storedInstant();
        assertNotNull(storedAt);

        AtomCheck.Feed a = atom(f, new FeedLinks(BASE, BASE + "/feeds/search.atom?q=alep"));
        assertEquals("Vigie: “alep”", a.title());
        assertEquals("4 articles match; the 4 newest listed, by first publication (undated ones by when Vigie stored them).", a.subtitle());
        assertEquals(BASE + "/feeds/search.atom?q=alep", a.link("self"));
        assertEquals(BASE + "/search?q=alep", a.link("alternate"));
        assertEquals(AtomWriter.instant(storedAt), a.updated(), "the newest entry's updated: the undated article's ingest time");
        assertEquals(4, a.entries().size());
        AtomCheck.Entry u = a.entries().get(0);
        assertEquals("Alep sans date", u.title());
        assertEquals(AtomWriter.instant(storedAt), u.updated());
        assertNull(u.published(), "no publication date to state");

        AtomCheck.Entry c = a.entries().get(1);
        assertEquals("Alep : les convois attendent", c.title());
        assertEquals("2016-10-05T06:00:00Z", c.published());
        assertEquals("2016-10-06T10:00:00Z", c.updated());
        assertEquals("https://www.lemonde.example/b", c.link("alternate"));
        assertEquals(BASE + "/articles/" + convoys.id(), c.link("related"));
        assertEquals("fr", c.lang());
        assertTrue(c.summary().startsWith("Les convois humanitaires attendent depuis trois jours aux portes d'Alep, selon l'ONU. Les camions"),
                c.summary());
        assertTrue(c.summary().endsWith("voulus pour un lecteur."), "whole sentences, up to the one past 280 characters: " + c.summary());
        assertEquals("lemonde.example", c.sourceTitle(), "the site, from the URL");
        assertEquals(List.of("lemonde.example"), c.sourceAuthors(), "no byline: the site stands as author");

        AtomCheck.Entry t = a.entries().get(3);
        assertEquals("La trêve annoncée n'a pas tenu.", t.summary(), "the standfirst");
        assertEquals(List.of("Jean Dupont"), t.authors());
        assertEquals(List.of(), t.sourceAuthors());
        assertEquals(List.of(new AtomCheck.Category("loaded-label", BASE + "/search?signal=", "signal: loaded-label"),
                new AtomCheck.Category("vladimir-putin", BASE + "/entities/", "Vladimir Poutine"),
                new AtomCheck.Category("aleppo", BASE + "/entities/", "Alep")), t.categories(), "signals, then entities by mentions");
        assertNotEquals(t.id(), c.id());
        assertTrue(t.id().startsWith("urn:uuid:"), t.id());
    }

    @Test
    void idsAreStableAcrossWritesAndIndependentOfTheLimit() throws Exception {
        AtomCheck.Feed a = atom(feed(SearchRequest.builder("alep"), 50), FeedLinks.NONE);
        AtomCheck.Feed b = atom(feed(SearchRequest.builder("alep"), 1), FeedLinks.NONE);
        assertEquals(a.id(), b.id());
        assertEquals(1, b.entries().size());
        assertEquals(a.entries().get(0).id(), b.entries().get(0).id());
        assertNotEquals(a.id(), atom(feed(SearchRequest.builder("alep").site("evil.example"), 50), FeedLinks.NONE).id());
    }

    @Test
    void hostileTextGivesAWellFormedFeedWithTheIllegalCharactersDropped() throws Exception {
        Feed f = feed(SearchRequest.builder("").site("evil.example"), 50);
        byte[] xml = AtomWriter.toBytes(f, new FeedLinks(BASE, null));
        String raw = new String(xml, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), "markup is escaped: " + raw);
        assertFalse(raw.contains("<img"), raw);
        AtomCheck.Entry e = AtomCheck.read(xml).entries().get(0);
        // the store keeps lone surrogates as U+FFFD (JSON); the controls reach the writer
        String stored = corpus.get(hostile.id()).orElseThrow().title();
        assertTrue(stored.contains("\u0001"), stored);
        assertEquals("Alep <script>alert(1)</script> ]]> & \"x\" \uFFFD \uFFFD  😀 fin", e.title(),
                "the text as written, as plain text, without what XML cannot hold");
        assertEquals(BASE + "/articles/" + hostile.id(), e.link("alternate"), "a javascript: URL is never a link; Vigie's page stands for it");
        assertNull(e.link("related"));
        assertEquals(List.of("<img src=x onerror=alert(2)>"), e.authors());
        assertEquals("Un texte sur Alep  avec <b>balises</b>.", e.summary());

        // without a server address, the entry has no link to give: its text is the content
        AtomCheck.Entry bare = atom(f, FeedLinks.NONE).entries().get(0);
        assertNull(bare.link("alternate"));
        assertEquals("Un texte sur Alep  avec <b>balises</b>.", bare.content());
        assertNull(bare.summary());
    }

    @Test
    void theWriterDropsLoneSurrogatesAndControlsFromEveryField() {
        String bad = "a\uD800b\u0001c\uDC00d\uFFFF";
        FeedEntry e = new FeedEntry("abc" + bad, bad, "https://x.example/" + bad, java.time.Instant.parse("2016-10-03T00:00:00Z"),
                java.time.Instant.parse("2016-10-03T00:00:00Z"), "fr\u0001", List.of(bad), bad, bad, List.of(bad),
                List.of(new FeedEntry.EntityRef(bad, bad), new FeedEntry.EntityRef(null, bad)));
        Feed f = new Feed(new FeedRequest(SearchRequest.builder(bad).site(bad).build(), 10), 1, 0, List.of(e), java.util.Map.of(),
                new CorpusState("x", java.time.Instant.EPOCH, 1));
        for (FeedLinks links : List.of(FeedLinks.NONE, new FeedLinks(BASE, BASE + "/feeds/search.atom"))) {
            AtomCheck.Feed a = AtomCheck.read(AtomWriter.toBytes(f, links));
            AtomCheck.Entry r = a.entries().get(0);
            assertEquals("abcd", r.title());
            assertEquals(List.of("abcd"), r.authors());
            assertEquals("abcd", r.sourceTitle());
            assertEquals(List.of("abcd", "abcd", "abcd"), r.categories().stream().map(AtomCheck.Category::term).toList());
            assertNull(r.lang(), "not a language code");
            assertEquals("Vigie: “abcd” · on abcd", a.title());
        }
    }

    @Test
    void aPageWithoutHeadlineIsTitledByItsFirstWordsAndALongSentenceIsCut() {
        String sentence = "Mot " + "très long ".repeat(80) + "fin.";
        Article a = article("", null, List.of(sentence, "Suite."), "https://x.example/a", null, "2016-10-03", null, List.of());
        FeedEntry e = CorpusFeed.entry(a);
        assertTrue(e.summary().length() <= CorpusFeed.SUMMARY_MAX + 1 && e.summary().matches(".* (très|long)…"), "cut after a whole word: " + e.summary());
        assertTrue(e.title().startsWith("Mot très long") && e.title().endsWith("…") && e.title().length() <= 91, e.title());
        assertNull(CorpusFeed.entry(article("Sans date", null, List.of("x"), null, null, null, null, List.of())));
    }

    @Test
    void xmlTextDropsExactlyWhatXmlCannotHold() {
        assertEquals("a\tb\nc\rd", XmlText.clean("a\tb\nc\rd"));
        assertEquals("ab", XmlText.clean("a\u0000\u001F\uFFFE\uFFFFb"));
        assertEquals("😀x", XmlText.clean("😀\uD83Dx\uDE00"), "a pair is kept, halves are dropped");
        assertEquals("\uE000\uFFFD", XmlText.clean("\uE000\uFFFD"));
        String plain = "déjà vu";
        assertSame(plain, XmlText.clean(plain));
    }

    @Test
    void anEmptyResultIsAValidEmptyFeedDatedByItsCommit() throws Exception {
        Feed f = feed(SearchRequest.builder("zanzibar"), 50);
        assertEquals(0, f.matched());
        AtomCheck.Feed a = atom(f, new FeedLinks(BASE, null));
        assertEquals(List.of(), a.entries());
        assertEquals(AtomWriter.instant(f.state().committedAt()), a.updated());
        assertEquals("0 articles match; none listed, by first publication.", a.subtitle());
        assertEquals(List.of("Vigie"), a.authors());
    }

    @Test
    void filtersNarrowTheFeedAndNameIt() throws Exception {
        Feed f = feed(SearchRequest.builder("").entity("vladimir-putin").from(LocalDate.parse("2016-10-01")), 50);
        assertEquals(List.of(truce.id()), f.entries().stream().map(FeedEntry::articleId).toList());
        assertEquals("Vigie: naming Vladimir Poutine · from 2016-10-01", AtomWriter.title(f));
        assertEquals(0, feed(SearchRequest.builder("alep").to(LocalDate.parse("2016-10-02")), 50).entries().size());
        assertEquals(List.of(convoys.id()), feed(SearchRequest.builder("").site("lemonde.example").to(LocalDate.parse("2016-10-05")), 50)
                .entries().stream().map(FeedEntry::articleId).toList());
        assertEquals("Vigie: every article", AtomWriter.title(feed(SearchRequest.builder(""), 50)));
        assertThrows(QuerySyntaxException.class, () -> feed(SearchRequest.builder("\"alep"), 50));
    }

    @Test
    void theLimitIsBounded() {
        SearchRequest r = SearchRequest.of("alep");
        assertEquals(50, FeedRequest.of(r).limit());
        assertThrows(IllegalArgumentException.class, () -> new FeedRequest(r, 0));
        assertThrows(IllegalArgumentException.class, () -> new FeedRequest(r, FeedRequest.MAX_LIMIT + 1));
    }

    @Test
    void theStateChangesWithACommitOnly() throws Exception {
        CorpusState before = corpus.state();
        assertEquals(before, corpus.state());
        assertEquals(before, corpus.feed(FeedRequest.of(SearchRequest.of("alep"))).state());
        assertEquals(5, before.articles());
        corpus.ingest(List.of(article("Alep, le lendemain", null, List.of("Suite."), "https://x.example/f", null, "2016-10-07",
                null, List.of())));
        CorpusState after = corpus.state();
        assertNotEquals(before.commit(), after.commit());
        assertFalse(after.committedAt().isBefore(before.committedAt()));
        assertEquals(6, after.articles());
    }

    @Test
    void linksMustBeHttp() {
        assertTrue(FeedLinks.isHttp("https://fr.sputniknews.com/a?b=c#d"));
        assertTrue(FeedLinks.isHttp("http://exemple.fr/été"));
        for (String bad : new String[] {"javascript:alert(1)", "JAVASCRIPT://x", "data:text/html,x", "//x.example/a", "https://",
                "https://x.example/a b", "https://x.example/\u0001", "ftp://x.example/", "https://user@x.example/", null, ""}) {
            assertFalse(FeedLinks.isHttp(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new FeedLinks("javascript:alert(1)", null));
        assertEquals("https://v.example/x", new FeedLinks("https://v.example/x/", null).base());
    }
}
