package org.vigie.corpus.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Span;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;

/**
 * Related coverage on real text: the twenty English pages of 18-20 November 2019 (Scrapinghub's
 * benchmark, MIT: stories/english/SOURCES.txt), four events told by two outlets each, stored with
 * the 40 French OrangeSum samples (CC BY-SA); plus, made here from those pages, a wire copy of The
 * Sun's plague report under another headline (a reprint) and a plague follow-up of Vigie's own dated
 * four months later.
 */
class RelatedArticlesTest {

    @TempDir
    static Path tmp;

    private static Corpus corpus;
    /** Fixture file → stored article. */
    private static final Map<String, Article> PAGES = new LinkedHashMap<>();
    private static final Map<String, String> EVENTS = new LinkedHashMap<>();
    private static Article copy;
    private static Article later;

    @BeforeAll
    static void store() throws IOException {
        for (String line : resource("SOURCES.txt").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            List<String> blocks = Arrays.asList(resource(f[0]).split("\n\n"));
            String date = f[0].equals("plague-nypost.txt") ? "2019-11-18" : "2019-11-19";
            Article a = Article.compose(blocks.get(0), null, blocks.subList(1, blocks.size()))
                    .withMetadata(new Metadata("https://news.example/" + f[0], null, f[0].replaceAll("^[a-z]+-|\\.txt$", ""),
                            List.of(), date, "meta", null, null))
                    .withSourceId(f[0]).withLanguage("en", 1.0);
            PAGES.put(f[0], a);
            if (!f[1].equals("-")) EVENTS.put(f[0], f[1]);
        }
        Article sun = PAGES.get("plague-thesun.txt");
        List<String> sunParagraphs = paragraphs(sun);
        copy = Article.compose("China plague: hunter who ate wild rabbit has the Black Death", null, sunParagraphs)
                .withMetadata(new Metadata("https://wire.example/plague", null, "wire", List.of(), "2019-11-20", "meta", null, null))
                .withSourceId("copy").withLanguage("en", 1.0);
        // Vigie's own text: a follow-up in other words (a shortened copy would be a reprint)
        later = Article.compose("Inner Mongolia hunter recovers from bubonic plague caught from a wild rabbit", null, List.of(
                        "The herdsman who fell ill with bubonic plague in Inner Mongolia last November has left hospital,"
                                + " health officials in Xilingol said on Friday.",
                        "He had skinned and eaten a wild rabbit before the first symptoms; the people he met were kept in"
                                + " quarantine and none caught the disease.",
                        "Plague is endemic among rodents of the grasslands and a few human cases are reported every year."))
                .withMetadata(new Metadata("https://news.example/later", null, "later", List.of(), "2020-03-20", "meta", null, null))
                .withSourceId("later").withLanguage("en", 1.0);
        // the two plague reports name the same places, resolved to one id each
        PAGES.put("plague-nypost.txt", withEntities(PAGES.get("plague-nypost.txt")));
        PAGES.put("plague-thesun.txt", withEntities(PAGES.get("plague-thesun.txt")));

        List<Article> all = new ArrayList<>(PAGES.values());
        all.add(copy);
        all.add(later);
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("../samples/orangesum/orangesum-sample.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode j = m.readTree(line);
            all.add(Article.compose(j.get("title").asText(), j.get("heading").asText(), List.of(j.get("article").asText()))
                    .withMetadata(new Metadata(null, null, null, List.of(), "2019-11-19", "meta", null, null))
                    .withSourceId(j.get("id").asText()).withLanguage("fr", 1.0));
        }
        corpus = Corpus.open(tmp.resolve("corpus"));
        CorpusReprints reprints = CorpusReprints.open(corpus);
        List<Article> pending = new ArrayList<>();
        for (Article a : all) pending.add(reprints.link(Corpus.storable(a)));
        corpus.ingest(reprints.toWrite(pending));
        reprints.save();
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RelatedArticlesTest.class.getResourceAsStream("/org/vigie/corpus/stories/english/" + name)) {
            if (in == null) throw new IOException("missing fixture stories/english/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    private static List<String> paragraphs(Article a) {
        return a.paragraphs().stream().map(s -> a.text().substring(s.start(), s.end())).toList();
    }

    private static Article withEntities(Article a) {
        return a.withEntities(List.of(entity(a, "Inner Mongolia", EntityType.LOC, "Q41079"),
                entity(a, "Beijing", EntityType.LOC, "Q956")));
    }

    private static Entity entity(Article a, String name, EntityType type, String id) {
        int at = a.text().indexOf(name);
        assertTrue(at >= 0, name + " in " + a.title());
        return new Entity(name, type, id, List.of(Span.of(a.text(), at, at + name.length())));
    }

    private static RelatedResult related(RelatedRequest request) throws IOException {
        return corpus.related(request).orElseThrow();
    }

    private static List<String> ids(RelatedResult r) {
        return r.related().stream().map(RelatedArticle::id).toList();
    }

    @Test
    void twoOutletsOnOneEventFindEachOtherFirst() throws IOException {
        for (Map.Entry<String, String> e : EVENTS.entrySet()) {
            String partner = EVENTS.entrySet().stream()
                    .filter(o -> o.getValue().equals(e.getValue()) && !o.getKey().equals(e.getKey()))
                    .findFirst().orElseThrow().getKey();
            RelatedResult r = related(RelatedRequest.of(PAGES.get(e.getKey()).id()));
            assertFalse(r.related().isEmpty(), e.getKey());
            // the plague reports have a copy and a follow-up too: either of the plague family is first
            String first = r.related().get(0).id();
            boolean ok = first.equals(PAGES.get(partner).id())
                    || e.getValue().equals("plague-china") && first.equals(copy.id());
            assertTrue(ok, e.getKey() + " -> " + r.related().get(0).title() + ", not " + partner);
            // only English articles: the words are asked in the English fields
            assertTrue(r.related().stream().noneMatch(h -> h.site() == null), r.toString());
        }
    }

    @Test
    void theBubonicPlaguePagesAreEachOthersFirstAndSayWhichCameFirst() throws IOException {
        Article nypost = PAGES.get("plague-nypost.txt"), sun = PAGES.get("plague-thesun.txt");
        RelatedResult fromPost = related(RelatedRequest.of(nypost.id()));
        RelatedArticle top = fromPost.related().get(0);
        // The Sun's report and its wire copy are one family: listed once, as its best member
        assertTrue(top.id().equals(sun.id()) || top.id().equals(copy.id()), top.toString());
        assertFalse(ids(fromPost).contains(sun.id()) && ids(fromPost).contains(copy.id()), ids(fromPost).toString());
        assertEquals(RelatedArticle.When.LATER, top.when());
        assertEquals("2019-10-19", fromPost.from());
        assertEquals("2019-12-18", fromPost.to());
        assertTrue(fromPost.terms().contains("plagu") && fromPost.terms().contains("rabbit"), fromPost.terms().toString());

        RelatedResult fromSun = related(RelatedRequest.of(sun.id()));
        assertEquals(nypost.id(), fromSun.related().get(0).id(), fromSun.related().get(0).title());
        assertEquals(RelatedArticle.When.EARLIER, fromSun.related().get(0).when());
        assertEquals(List.of("Inner Mongolia", "Beijing"),
                fromSun.related().get(0).sharedEntities().stream().map(SharedEntity::name).toList());
        assertEquals("Q41079", fromSun.related().get(0).sharedEntities().get(0).entityId());
    }

    @Test
    void aReprintCopyIsNotListed() throws IOException {
        Article sun = corpus.get(PAGES.get("plague-thesun.txt").id()).orElseThrow();
        Article storedCopy = corpus.get(copy.id()).orElseThrow();
        assertNotNull(sun.familyId(), "the wire copy made a reprint family");
        assertEquals(sun.familyId(), storedCopy.familyId());
        // nearly the same words: without the family rule the copy would come first
        assertFalse(ids(related(RelatedRequest.of(sun.id()))).contains(copy.id()));
        assertFalse(ids(related(RelatedRequest.of(copy.id()))).contains(sun.id()));
        assertEquals(PAGES.get("plague-nypost.txt").id(), related(RelatedRequest.of(copy.id())).related().get(0).id());
    }

    @Test
    void theDateWindowLeavesOutAFarArticle() throws IOException {
        String nypost = PAGES.get("plague-nypost.txt").id();
        assertFalse(ids(related(RelatedRequest.of(nypost))).contains(later.id()), "four months later: outside ±30 days");
        assertFalse(ids(related(RelatedRequest.of(nypost).withDays(100))).contains(later.id()));
        RelatedResult any = related(RelatedRequest.of(nypost).anyDate());
        assertTrue(ids(any).contains(later.id()), ids(any).toString());
        assertNull(any.from());
        RelatedArticle follow = any.related().get(ids(any).indexOf(later.id()));
        assertEquals(RelatedArticle.When.LATER, follow.when());
        assertTrue(ids(related(RelatedRequest.of(nypost).withDays(130))).contains(later.id()));
        // seen from the follow-up, the window is around its own date: the November reports are outside
        assertTrue(related(RelatedRequest.of(later.id())).related().isEmpty());
        assertTrue(ids(related(RelatedRequest.of(later.id()).anyDate())).contains(nypost));
    }

    @Test
    void sharedEntitiesRaiseTheScore() throws IOException {
        String sun = PAGES.get("plague-thesun.txt").id();
        RelatedRequest plain = RelatedRequest.of(sun).withConfig(RelatedConfig.DEFAULT.withEntityBoost(0));
        RelatedArticle without = related(plain).related().get(0);
        RelatedArticle with = related(RelatedRequest.of(sun)).related().get(0);
        assertTrue(with.score() > without.score(), with.score() + " vs " + without.score());
        // the bonus ranks; the similarity is the words' share, so the floor does not move with it
        assertEquals(without.id(), with.id());
        assertEquals(without.similarity(), with.similarity(), 1e-6);
    }

    @Test
    void theTopIsHonouredAndAnUnknownIdIsEmpty() throws IOException {
        RelatedResult r = related(RelatedRequest.of(PAGES.get("bolivia-protests.txt").id()).withTop(3).anyDate()
                .withConfig(RelatedConfig.DEFAULT.withMinSimilarity(0)));
        assertTrue(r.related().size() <= 3 && !r.related().isEmpty(), r.toString());
        for (int i = 1; i < r.related().size(); i++) {
            assertTrue(r.related().get(i - 1).score() >= r.related().get(i).score());
        }
        assertTrue(corpus.related(RelatedRequest.of("0000000000000000")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> RelatedRequest.of("x").withTop(0));
        assertThrows(IllegalArgumentException.class, () -> RelatedRequest.parseDays("-3"));
        assertThrows(IllegalArgumentException.class, () -> RelatedRequest.parseDays("soon"));
        assertNull(RelatedRequest.parseDays("any"));
        assertEquals(7, RelatedRequest.parseDays(" 7 "));
    }

    @Test
    void aPageOfItsOwnEventListsLittleOrNothingWhileEventPagesKeepTheirPartner() throws IOException {
        float floor = RelatedConfig.DEFAULT.minSimilarity();
        int listedWithoutFloor = 0, listed = 0, alone = 0;
        for (Map.Entry<String, Article> e : PAGES.entrySet()) {
            if (EVENTS.containsKey(e.getKey())) {
                RelatedArticle top = related(RelatedRequest.of(e.getValue().id())).related().get(0);
                assertTrue(top.similarity() >= floor && top.similarity() <= 1.5, e.getKey() + " " + top);
                continue;
            }
            alone++;
            RelatedResult all = related(RelatedRequest.of(e.getValue().id()).withConfig(RelatedConfig.DEFAULT.withMinSimilarity(0)));
            RelatedResult kept = related(RelatedRequest.of(e.getValue().id()));
            listedWithoutFloor += all.related().size();
            listed += kept.related().size();
            // the floor cuts the tail of the same ranking, nothing else
            assertEquals(ids(all).subList(0, kept.related().size()), ids(kept), e.getKey());
            for (RelatedArticle h : kept.related()) assertTrue(h.similarity() >= floor, e.getKey() + " " + h);
            for (int i = 1; i < all.related().size(); i++) {
                assertTrue(all.related().get(i - 1).similarity() >= all.related().get(i).similarity(), e.getKey());
            }
        }
        // twelve pages of no event in a corpus of other topics: with a word in common, nearly every
        // other English page would be listed; a share of their own score keeps few of them
        assertTrue(alone >= 10, "pages of no event: " + alone);
        assertTrue(listedWithoutFloor >= 5 * alone, listedWithoutFloor + " listed for " + alone + " pages without a floor");
        assertTrue(listed * 4 <= listedWithoutFloor, listed + " kept of " + listedWithoutFloor);
        assertThrows(IllegalArgumentException.class, () -> RelatedConfig.DEFAULT.withMinSimilarity(1.5f));
    }

    @Test
    void frenchArticlesFindFrenchArticles() throws IOException {
        Article fr = corpus.search(org.vigie.corpus.search.SearchRequest.builder("").language("fr").size(1).build())
                .hits().stream().findFirst().flatMap(h -> {
                    try {
                        return corpus.get(h.id());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).orElseThrow();
        RelatedResult r = related(RelatedRequest.of(fr.id()));
        assertEquals("fr", r.language());
        // "a" and "est" are in every French article and in no French stop list the index uses
        assertFalse(r.terms().contains("a") || r.terms().contains("est") || r.terms().contains("ete"), r.terms().toString());
        for (RelatedArticle h : r.related()) {
            assertEquals("fr", corpus.get(h.id()).orElseThrow().language(), h.title());
        }
    }
}
