package org.vigie.corpus.reprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;

/** Families of copies of the 40 real sample articles, made the way re-blogging sites make them. */
class ReprintFamiliesTest {

    static final List<String> JUNK = List.of(
            "Partagez cet article sur les réseaux sociaux pour que l'information circule !",
            "Commentaires : Jean-Marc a écrit : on nous cache décidément beaucoup de choses, merci pour ce partage.");
    static final String BLOG_STANDFIRST = "Notre rédaction a lu pour vous cette information passée presque inaperçue dans les grands médias.";

    /** An original and its five copies, with the words the typo copy changed. */
    record Family(Article original, List<Article> copies, List<String> typoWords) {
        List<Article> all() {
            List<Article> out = new ArrayList<>(copies);
            out.add(0, original);
            return out;
        }
    }

    static Family family(Article o) {
        String day = o.metadata().date();
        String later = LocalDate.parse(day).plusDays(1).toString();
        List<String> paras = SampleArticles.paragraphTexts(o);
        String id = o.sourceId();
        List<Article> copies = new ArrayList<>();
        // New headline on another site, the next day.
        copies.add(SampleArticles.copy(o, "EXCLUSIF - " + o.title(), o.standfirst(), paras, "veille-libre.info", later, id + "-headline"));
        // Standfirst replaced (or added when the original has none).
        copies.add(SampleArticles.copy(o, o.title(), BLOG_STANDFIRST, paras, "la-voix-libre.com",
                LocalDate.parse(day).plusDays(2).toString(), id + "-standfirst"));
        // Last paragraph dropped (when there are three or more) and reader comments appended.
        List<String> cut = new ArrayList<>(paras);
        if (cut.size() >= 3) cut.remove(cut.size() - 1);
        cut.addAll(JUNK);
        copies.add(SampleArticles.copy(o, o.title(), o.standfirst(), cut, "reinfo-quotidien.fr", later, id + "-cut"));
        // A few typos, published the same day by a blog.
        List<String> typoWords = new ArrayList<>();
        List<String> typoed = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) typoed.add(i < 3 ? typo(paras.get(i), typoWords) : paras.get(i));
        copies.add(SampleArticles.copy(o, o.title(), o.standfirst(), typoed, "blog.citoyen-eveille.org", day, id + "-typos"));
        // Undated copy on another site, one typo.
        List<String> one = new ArrayList<>(paras);
        one.set(0, typo(one.get(0), new ArrayList<>()));
        copies.add(SampleArticles.copy(o, o.title() + " (vidéo)", o.standfirst(), one, "infos-en-continu.fr", null, id + "-undated"));
        return new Family(o, copies, typoWords);
    }

    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{7,}");

    /** Swaps the 3rd and 4th letters of the paragraph's first word of 7+ letters that they change. */
    static String typo(String p, List<String> changed) {
        Matcher m = LONG_WORD.matcher(p);
        while (m.find()) {
            String w = m.group();
            if (w.charAt(2) == w.charAt(3)) continue;
            String t = w.substring(0, 2) + w.charAt(3) + w.charAt(2) + w.substring(4);
            changed.add(t);
            return p.substring(0, m.start()) + t + p.substring(m.end());
        }
        return p;
    }

    static List<Family> families() {
        List<Family> out = new ArrayList<>();
        for (Article a : SampleArticles.all().values()) out.add(family(a));
        return out;
    }

    static Set<Set<String>> partition(ReprintFamilies f) {
        Map<String, Set<String>> m = new HashMap<>();
        f.assignments().forEach((id, fam) -> m.computeIfAbsent(fam, x -> new HashSet<>()).add(id));
        return new HashSet<>(m.values());
    }

    @Test
    void copiesJoinTheirOriginalAndDifferentArticlesStayApart() {
        List<Family> fams = families();
        ReprintFamilies f = new ReprintFamilies();
        for (Family fam : fams) for (Article a : fam.all()) f.add(a);
        assertEquals(40 * 6, f.size());
        assertEquals(40, f.familyCount(), "one family per original article");
        Set<Set<String>> expected = new HashSet<>();
        for (Family fam : fams) {
            Set<String> ids = new HashSet<>();
            for (Article a : fam.all()) ids.add(a.id());
            expected.add(ids);
        }
        assertEquals(expected, partition(f));
        for (Family fam : fams) {
            String familyId = f.familyId(fam.original().id()).orElseThrow();
            assertEquals(fam.original().id(), familyId, "the first ingested member names the family");
            assertEquals(fam.original().id(), f.sourceOf(familyId).orElseThrow(),
                    "the dated wire original is the source of " + fam.original().sourceId());
        }
    }

    @Test
    void sameTopicArticlesAreNotReprints() {
        // Four sample articles on the 2020 municipal elections, four on Covid-19 in May 2020.
        List<String> ids = List.of("orangesum-11023", "orangesum-10416", "orangesum-11447", "orangesum-1021",
                "orangesum-10887", "orangesum-12670", "orangesum-10885", "orangesum-12389");
        ReprintFamilies f = new ReprintFamilies();
        for (String id : ids) {
            ReprintFamilies.Assignment a = f.add(SampleArticles.get(id));
            assertTrue(a.matched().isEmpty(), id + " matched " + a.matched());
        }
        assertEquals(ids.size(), f.familyCount());
    }

    @Test
    void insertionOrderDoesNotChangeTheFamilies() {
        List<Article> all = new ArrayList<>();
        for (Family fam : families()) all.addAll(fam.all());
        ReprintFamilies first = new ReprintFamilies();
        all.forEach(first::add);
        Set<Set<String>> expected = partition(first);
        for (long seed = 1; seed <= 3; seed++) {
            List<Article> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new Random(seed));
            ReprintFamilies f = new ReprintFamilies();
            shuffled.forEach(f::add);
            assertEquals(expected, partition(f), "seed " + seed);
            // The source does not depend on order either: dates and ranks decide.
            for (Article a : all) {
                assertEquals(first.sourceOf(first.familyId(a.id()).orElseThrow()),
                        f.sourceOf(f.familyId(a.id()).orElseThrow()));
            }
        }
    }

    @Test
    void diffsSayWhatEachCopyChanged() {
        Family fam = family(SampleArticles.get("orangesum-21942"));
        Article o = fam.original();
        List<String> paras = SampleArticles.paragraphTexts(o);
        assertTrue(paras.size() >= 4, "fixture has several paragraphs");

        List<Change> headline = ReprintDiff.diff(o, fam.copies().get(0));
        assertEquals(1, headline.size(), headline.toString());
        assertEquals(Change.Kind.HEADLINE_CHANGED, headline.get(0).kind());
        assertEquals("EXCLUSIF", headline.get(0).spans().get(0).text());

        List<Change> standfirst = ReprintDiff.diff(o, fam.copies().get(1));
        assertEquals(List.of(Change.Kind.STANDFIRST_CHANGED), kinds(standfirst));

        Article cut = fam.copies().get(2);
        List<Change> cutChanges = ReprintDiff.diff(o, cut);
        assertEquals(List.of(Change.Kind.PARAGRAPH_REMOVED, Change.Kind.PARAGRAPH_ADDED, Change.Kind.PARAGRAPH_ADDED),
                kinds(cutChanges));
        assertEquals(List.of(paras.get(paras.size() - 1)), cutChanges.get(0).removed());
        assertEquals(paras.size() - 1, cutChanges.get(0).sourceParagraph());
        assertEquals(JUNK.get(0), cutChanges.get(1).spans().get(0).text());
        assertEquals(JUNK.get(1), cutChanges.get(2).spans().get(0).text());

        Article typos = fam.copies().get(3);
        List<Change> typoChanges = ReprintDiff.diff(o, typos);
        assertEquals(List.of(Change.Kind.PARAGRAPH_EDITED, Change.Kind.PARAGRAPH_EDITED, Change.Kind.PARAGRAPH_EDITED),
                kinds(typoChanges));
        List<String> spanTexts = new ArrayList<>();
        for (Change c : typoChanges) c.spans().forEach(s -> spanTexts.add(s.text()));
        assertEquals(fam.typoWords(), spanTexts);

        // Every span points into the member's own canonical text.
        for (Article c : fam.copies()) {
            for (Change ch : ReprintDiff.diff(o, c)) ch.spans().forEach(s -> assertTrue(s.matches(c.text()), s.toString()));
        }
    }

    @Test
    void anAddedStandfirstIsReported() {
        Article o = SampleArticles.get("orangesum-11993"); // no heading in OrangeSum
        assertNull(o.standfirst());
        Article copy = family(o).copies().get(1);
        List<Change> changes = ReprintDiff.diff(o, copy);
        assertEquals(List.of(Change.Kind.STANDFIRST_ADDED), kinds(changes));
        assertEquals(BLOG_STANDFIRST, changes.get(0).spans().get(0).text());
    }

    @Test
    void sourceIsEarliestDateThenWireRankThenIngestionOrder() {
        Article base = SampleArticles.get("orangesum-23446");
        List<String> paras = SampleArticles.paragraphTexts(base);
        String day = base.metadata().date();
        Article blog = SampleArticles.copy(base, base.title(), base.standfirst(), paras, "veille-libre.info", day, "blog");
        Article sputnik = SampleArticles.copy(base, "Titre de Sputnik", base.standfirst(), paras,
                "https://fr.sputniknews.africa/20190714/x.html", day, "sputnik");
        Article earlierBlog = SampleArticles.copy(base, "Titre du blog", base.standfirst(), paras, "la-voix-libre.com",
                LocalDate.parse(day).minusDays(1).toString(), "early");
        Article undated = SampleArticles.copy(base, "Sans date", base.standfirst(), paras, "afp.com", null, "undated");

        ReprintFamilies f = new ReprintFamilies();
        f.add(undated);
        f.add(blog);
        String fam = f.familyId(blog.id()).orElseThrow();
        assertEquals(undated.id(), fam, "family id is the first ingested member's");
        assertEquals(blog.id(), f.sourceOf(fam).orElseThrow(), "a dated copy precedes an undated one");
        f.add(sputnik);
        assertEquals(sputnik.id(), f.sourceOf(fam).orElseThrow(), "same day: the state-media site ranks first");
        f.add(earlierBlog);
        assertEquals(earlierBlog.id(), f.sourceOf(fam).orElseThrow(), "an earlier day beats any rank");
        assertEquals(List.of(earlierBlog.id(), sputnik.id(), blog.id(), undated.id()), f.members(fam));

        // Links to store on the articles.
        assertEquals(new ReprintFamilies.Links(null, fam), f.links(earlierBlog.id()));
        assertEquals(new ReprintFamilies.Links(earlierBlog.id(), fam), f.links(blog.id()));
        Article linked = f.withLinks(sputnik);
        assertEquals(earlierBlog.id(), linked.reprintOf());
        assertEquals(fam, linked.familyId());
        Article alone = SampleArticles.get("orangesum-8873");
        f.add(alone);
        assertEquals(new ReprintFamilies.Links(null, null), f.links(alone.id()), "no copies, no family link");
    }

    @Test
    void anArticleBridgingTwoFamiliesMergesThemUnderTheOlderId() {
        // Two dispatches of similar length, so that each covers about half of the round-up below:
        // LSH finds pairs by Jaccard, and a text that is a small part of a long page has a low one.
        Article a = SampleArticles.get("orangesum-1021");
        Article b = SampleArticles.get("orangesum-12670");
        Article aCopy = family(a).copies().get(0);
        Article bCopy = family(b).copies().get(0);
        // A round-up page republishing both dispatches one after the other.
        List<String> both = new ArrayList<>();
        both.add(a.standfirst());
        both.addAll(SampleArticles.paragraphTexts(a));
        both.add(b.standfirst());
        both.addAll(SampleArticles.paragraphTexts(b));
        Article roundup = SampleArticles.copy(a, "Revue de presse", null, both, "revue-de-presse-24.fr", "2020-01-26", "roundup");

        Fingerprinter fp = new Fingerprinter(ReprintConfig.DEFAULT);
        int[] r = fp.shingles(roundup);
        for (Article x : List.of(a, b)) {
            assertTrue(ShingleSets.containment(fp.shingles(x), r) > 0.95, "the round-up contains each dispatch");
        }
        assertTrue(ShingleSets.jaccard(fp.shingles(a), r) < ReprintConfig.DEFAULT.minJaccard(),
                "the shorter dispatch joins by containment, not by Jaccard");
        ReprintFamilies f = new ReprintFamilies();
        f.add(a);
        f.add(aCopy);
        f.add(b);
        f.add(bCopy);
        assertEquals(2, f.familyCount());
        ReprintFamilies.Assignment joined = f.add(roundup);
        assertEquals(1, f.familyCount());
        assertEquals(a.id(), joined.familyId(), "the older family's id survives");
        assertEquals(List.of(b.id()), joined.mergedFamilies());
        assertEquals(Set.of(a.id(), aCopy.id(), b.id(), bCopy.id(), roundup.id()), new HashSet<>(f.members(a.id())));
    }

    @Test
    void addingTheSameArticleTwiceIsANoOp() {
        Article a = SampleArticles.get("orangesum-1003");
        ReprintFamilies f = new ReprintFamilies();
        assertTrue(f.add(a).added());
        ReprintFamilies.Assignment again = f.add(a);
        assertFalse(again.added());
        assertEquals(1, f.size());
        assertEquals(a.id(), again.familyId());
    }

    @Test
    void familyViewCarriesSimilaritiesAndChanges() {
        Family fam = family(SampleArticles.get("orangesum-29457"));
        Map<String, Article> store = new LinkedHashMap<>();
        ReprintFamilies f = new ReprintFamilies();
        for (Article a : fam.all()) {
            store.put(a.id(), a);
            f.add(a);
        }
        ReprintFamily view = f.familyOf(fam.copies().get(2).id(), store::get).orElseThrow();
        assertEquals(fam.original().id(), view.sourceId());
        assertEquals(6, view.size());
        FamilyMember src = view.members().get(0);
        assertEquals(fam.original().id(), src.id());
        assertEquals(fam.original().sourceId(), src.sourceId());
        assertEquals(1.0, src.similarity());
        assertTrue(src.changes().isEmpty());
        for (FamilyMember m : view.members().subList(1, 6)) {
            // The headline is not compared: a copy that only changed it has similarity 1.
            boolean headlineOnly = m.sourceId().endsWith("-headline");
            assertTrue(headlineOnly ? m.similarity() == 1.0 : m.similarity() > 0.5 && m.similarity() < 1.0,
                    m.sourceId() + " " + m.similarity());
            assertFalse(m.changes().isEmpty(), m.sourceId());
        }
        // The undated copy comes last.
        assertEquals(fam.original().sourceId() + "-undated", view.members().get(5).sourceId());
        // Without texts, the view still lists members and similarities.
        ReprintFamily bare = f.family(view.familyId(), id -> null).orElseThrow();
        assertEquals(6, bare.size());
        assertTrue(bare.members().get(1).changes().isEmpty());
        assertNotEquals(0.0, bare.members().get(1).similarity());
    }

    private static List<Change.Kind> kinds(List<Change> changes) {
        return changes.stream().map(Change::kind).toList();
    }
}
