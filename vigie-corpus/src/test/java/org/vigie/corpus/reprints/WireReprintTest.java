package org.vigie.corpus.reprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;

/** The wire-reprint signal on real wire text (OrangeSum sample) copied by re-publishing sites. */
class WireReprintTest {

    private static final String BLOG_STANDFIRST = "Une nouvelle fois, les grands médias se taisent sur ce que révèle cette affaire"
            + " pour la sécurité de tous les Français, et personne n'en parle.";

    private final Article base = SampleArticles.get("orangesum-23446");
    private final List<String> paras = SampleArticles.paragraphTexts(base);
    private final String day = base.metadata().date();

    private Article sputnik() {
        return SampleArticles.copy(base, base.title(), base.standfirst(), paras, "https://fr.sputniknews.africa/x.html", day, "sputnik");
    }

    private static Signal signal(Article a) {
        List<Signal> s = a.signals().stream().filter(x -> x.kind().equals(WireReprint.KIND)).toList();
        assertTrue(s.size() <= 1, "one wire-reprint signal at most: " + s);
        return s.isEmpty() ? null : s.get(0);
    }

    @Test
    void aBlogRepublishingAStateMediaTextUnderItsOwnHeadlineAndStandfirst() {
        Article source = sputnik();
        Article blog = SampleArticles.copy(base, "Le scandale que les médias vous cachent", BLOG_STANDFIRST, paras,
                "veille-libre.info", LocalDate.parse(day).plusDays(1).toString(), "blog");
        ReprintFamilies f = new ReprintFamilies();
        f.add(source);
        f.add(blog);

        Signal s = signal(f.withLinks(blog));
        assertTrue(s != null && s.score() >= 0.9 && s.score() < 1, "most of the blog's text is Sputnik's, not all: " + s);
        assertEquals(List.of("Le scandale que les médias vous cachent", BLOG_STANDFIRST), s.evidence().stream().map(Span::text).toList(),
                "the evidence is what the blog wrote itself: its own headline, then its own standfirst");
        assertTrue(s.explanation().startsWith("Le texte reprend à ") && s.explanation().contains("publié d'abord par Sputnik ("
                + day.substring(0, 10) + ") sous un autre titre ;") && s.explanation().contains("seuls les passages signalés"),
                s.explanation());
        assertNull(signal(f.withLinks(source)), "the source itself is no reprint");
    }

    @Test
    void aCopyStoredBeforeItsWireSourceGetsTheSignalWhenTheSourceArrives() {
        Article copy = SampleArticles.copy(base, base.title(), null, paras, "actu-du-jour.fr", day, "copy");
        ReprintFamilies f = new ReprintFamilies();
        f.add(copy);
        Article before = f.withLinks(copy);
        assertNull(signal(before), "alone, nothing says where the text comes from");

        f.add(sputnik());
        Article after = f.withLinks(before);
        Signal s = signal(after);
        assertTrue(s != null && s.score() >= 0.99, "a word-for-word copy: " + s);
        assertEquals(List.of(paras.get(0)), s.evidence().stream().map(Span::text).toList(),
                "nothing added: the evidence shows where the copied text starts");
        assertTrue(s.explanation().endsWith("aucun passage ne lui est propre."), s.explanation());
        assertEquals(after, f.withLinks(after), "marking again changes nothing");
        String english = signal(f.withLinks(after.withLanguage("en", null))).explanation();
        assertTrue(english.startsWith("The text is 100% a text first published by Sputnik (") && english.endsWith("is its own."), english);
    }

    @Test
    void aPageCheckedAgainstTheFamiliesWithoutBeingAddedGetsTheSameSignal() {
        Article blog = SampleArticles.copy(base, "Le scandale que les médias vous cachent", BLOG_STANDFIRST, paras,
                "veille-libre.info", LocalDate.parse(day).plusDays(1).toString(), "blog");
        ReprintFamilies f = new ReprintFamilies();
        f.add(sputnik());
        Signal checked = signal(WireReprint.mark(blog, f.provenanceOf(blog)));
        assertEquals(1, f.size(), "checking adds nothing");
        f.add(blog);
        assertEquals(signal(f.withLinks(blog)), checked, "as if it had been stored");

        Article older = SampleArticles.copy(base, base.title(), base.standfirst(), paras, "veille-libre.info",
                LocalDate.parse(day).minusDays(1).toString(), "older");
        assertNull(f.provenanceOf(older), "a page older than the dispatch would be the family's source");
        Article unrelated = SampleArticles.get("orangesum-21603");
        assertNull(f.provenanceOf(unrelated), "no family: no provenance");
    }

    @Test
    void anEditedHeadlineShowsOnlyTheWordsTheCopyPutInIt() {
        Article copy = SampleArticles.copy(base, "EXCLUSIF : " + base.title(), null, paras, "actu-du-jour.fr", day, "edited");
        ReprintFamilies f = new ReprintFamilies();
        f.add(sputnik());
        f.add(copy);
        Signal s = signal(f.withLinks(copy));
        assertTrue(s != null && s.score() >= 0.99, "the body is copied word for word: " + s);
        assertEquals(List.of("EXCLUSIF"), s.evidence().stream().map(Span::text).toList(),
                "the added word, not the source's headline nor the copied body");
        assertTrue(s.explanation().contains(" sous un autre titre ; seuls les passages signalés"), s.explanation());
        String english = signal(f.withLinks(copy.withLanguage("en", null))).explanation();
        assertTrue(english.contains(" under another headline; only the marked passages are not from it."), english);
    }

    @Test
    void aTypoCostsTheCopyOneWordNotAPassage() {
        // one misspelt word in each paragraph: a fifth of the copy's shingles change, its words hardly
        List<String> typed = new ArrayList<>();
        for (String p : paras) typed.add(p.replaceFirst("(\\p{L}{3})(\\p{L})(\\p{L})(\\p{L}{2,})", "$1$3$2$4"));
        Article copy = SampleArticles.copy(base, base.title(), base.standfirst(), typed, "actu-du-jour.fr", day, "typos");
        ReprintFamilies f = new ReprintFamilies();
        f.add(sputnik());
        f.add(copy);
        Signal s = signal(f.withLinks(copy));
        assertTrue(s != null && s.score() >= 0.95, "misspelt words are still the source's text: " + s);
    }

    @Test
    void noSignalWhenTheSourceIsNotOnTheListOrTheCopyAddsTooMuch() {
        Article blog = SampleArticles.copy(base, "Titre du blog", base.standfirst(), paras, "la-voix-libre.com",
                LocalDate.parse(day).minusDays(1).toString(), "early-blog");
        Article laterSputnik = sputnik();
        Article other = SampleArticles.copy(base, base.title(), base.standfirst(), paras, "actu-du-jour.fr", day, "other");
        ReprintFamilies f = new ReprintFamilies();
        f.add(blog);
        f.add(laterSputnik);
        f.add(other);
        assertNull(signal(f.withLinks(other)), "the earliest known publication is a blog, not a listed source");
        assertNull(signal(f.withLinks(laterSputnik)), "a listed site that copied an earlier blog is not the source");

        // A commentary that quotes most of the wire text but adds as much of its own: a family
        // member (containment of the wire text), under the share.
        List<String> own = new ArrayList<>(paras);
        for (String p : SampleArticles.paragraphTexts(SampleArticles.get("orangesum-21603"))) own.add(p);
        Article commentary = SampleArticles.copy(base, "Notre analyse", null, own, "analyses-libres.net", day, "commentary");
        ReprintFamilies g = new ReprintFamilies();
        g.add(sputnik());
        g.add(commentary);
        assertEquals(g.familyId(sputnik().id()), g.familyId(commentary.id()), "the commentary joins the family");
        WireReprint.Provenance p = g.provenance(commentary.id());
        assertTrue(p != null && WireReprint.share(commentary, p) < 0.9, "share " + (p == null ? null : WireReprint.share(commentary, p)));
        assertNull(signal(g.withLinks(commentary)));
    }
}
