package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;

/**
 * English quotations on real news text: excerpts of scrapinghub's article-extraction-benchmark
 * (MIT, {@code src/test/resources/org/vigie/nlp/quotes/en/SOURCE.md}), with no entity layer unless
 * a test builds one.
 */
class EnglishQuotesTest {

    private static final QuoteStage STAGE = new QuoteStage(a -> (s, e) -> java.util.Optional.empty());

    private static Article fixture(String name) throws IOException {
        try (InputStream in = EnglishQuotesTest.class.getResourceAsStream("en/" + name)) {
            assertTrue(in != null, "missing fixture " + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Article.compose("", null, List.of(text.split("\n\\s*\n"))).withLanguage("en", 1.0);
        }
    }

    private static List<Quote> quotes(Article a) {
        List<Quote> out = STAGE.process(a).quotes();
        for (Quote q : out) {
            assertTrue(q.text().matches(a.text()), "quote span repeats its words: " + q.text());
            if (q.speakerMention() != null) assertTrue(q.speakerMention().matches(a.text()), "mention span: " + q.speakerMention());
            if (q.cue() != null) assertTrue(q.cue().matches(a.text()), "cue span: " + q.cue());
        }
        return out;
    }

    /** The one quote of {@code kind} whose text starts with {@code starts}. */
    private static Quote quote(List<Quote> quotes, Quote.Kind kind, String starts) {
        List<Quote> found = quotes.stream().filter(q -> q.kind() == kind && q.text().text().startsWith(starts)).toList();
        assertEquals(1, found.size(), () -> "one " + kind + " quote starting with '" + starts + "' in " + quotes);
        return found.get(0);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().canonical();
    }

    /** Asserts that the one quote of {@code kind} opening with each of {@code openings} is {@code speaker}'s. */
    private static void assertSaidBy(String speaker, List<Quote> quotes, Quote.Kind kind, String... openings) {
        for (String starts : openings) assertEquals(speaker, speaker(quote(quotes, kind, starts)), starts);
    }

    /** Asserts that no quote opens with {@code starts}: a name, a slogan, words no one is said to have said. */
    private static void assertNoQuoteOpening(List<Quote> quotes, String starts) {
        assertTrue(quotes.stream().noneMatch(q -> q.text().text().startsWith(starts)), starts + " in " + quotes);
    }

    @Test
    void postposedAndInvertedCuesNameTheSpeakerWithoutTitles() throws IOException {
        List<Quote> qs = quotes(fixture("nypost-hostage-swap.txt"));
        // “…,” said White House Press Secretary Stephanie Grisham. “…” — the second quote continues her
        Quote pray = quote(qs, Quote.Kind.DIRECT, "We pray for the full recovery of both men");
        assertEquals("We pray for the full recovery of both men", pray.text().text(), "the comma inside the marks is no word");
        assertEquals("Stephanie Grisham", speaker(pray));
        assertEquals("said", pray.cue().text());
        assertEquals("White House Press Secretary Stephanie Grisham", pray.speakerMention().text());
        assertSaidBy("Stephanie Grisham", qs, Quote.Kind.DIRECT, "We thank the Afghan government");
        // a quote opened in one paragraph and reopened with “ in the next is one quotation
        Quote pompeo = quote(qs, Quote.Kind.DIRECT, "give[s] us hope");
        assertTrue(pompeo.text().text().endsWith("through a political settlement."), pompeo.text().text());
        assertEquals("Mike Pompeo", speaker(pompeo));
        // "he said Kabul had ensured …": the pronoun is the Afghan president named in the clause before
        Quote ghani = quote(qs, Quote.Kind.INDIRECT, "Kabul had ensured");
        assertEquals("Ashraf Ghani", speaker(ghani));
        assertEquals("he", ghani.speakerMention().text());
        // "The US welcomed the exchange, saying …": the subject of the sentence speaks
        assertSaidBy("US", qs, Quote.Kind.INDIRECT, "the hostages had suffered from their ordeal");
        // a partial quote of three words inside reported speech is no quotation of its own
        assertTrue(qs.stream().noneMatch(q -> q.kind() == Quote.Kind.DIRECT && q.text().text().equals("pave the way")), qs.toString());
    }

    @Test
    void appositionsPronounsAndSplitQuotesOfOrganisations() throws IOException {
        List<Quote> qs = quotes(fixture("bbc-taylor-swift.txt"));
        // "The group that owns most of her music, Big Machine, says she will …"
        assertSaidBy("Big Machine", qs, Quote.Kind.INDIRECT, "she will be allowed to play her old tracks");
        // "But the company says …": the organisation named before
        assertSaidBy("Big Machine", qs, Quote.Kind.INDIRECT, "she didn't need their permission");
        Quote perform = quote(qs, Quote.Kind.DIRECT, "I just want to be able to perform my own music");
        assertEquals("Taylor Swift", speaker(perform));
        // the next paragraph, a quote alone, continues her
        assertSaidBy("Taylor Swift", qs, Quote.Kind.DIRECT, "That's it.");
        // "…," they said in a statement: "they" is the label, not the two senators "They criticised …"
        assertSaidBy("Big Machine", qs, Quote.Kind.DIRECT, "At no point did we say", "[We] have agreed to grant");
        Quote denies = quote(qs, Quote.Kind.INDIRECT, "anything has been definitely sorted");
        assertEquals("Dick Clark Productions", speaker(denies));
        assertEquals("denies", denies.cue().text());
        assertSaidBy("Dick Clark Productions", qs, Quote.Kind.DIRECT, "Any final agreement on this matter");
        // "the "worst case scenario"", "years of "incessant, manipulative bullying"": short quoted words, no quotation
        assertNoQuoteOpening(qs, "worst case");
        assertNoQuoteOpening(qs, "incessant");
    }

    @Test
    void mixedMarksNestedAttributionAndPostposedIndirectSpeech() throws IOException {
        List<Quote> qs = quotes(fixture("nbc-omar-threat.txt"));
        // “… skull," — opened curly, closed straight — said by "he", the man the office reports on
        Quote skull = quote(qs, Quote.Kind.DIRECT, "somebody ought to put a bullet in her skull");
        assertEquals("Patrick W. Carlineo Jr.", speaker(skull));
        // "recalled that he said, "…," the U.S. attorney's office said": the cue next to the quote is its speaker's
        assertSaidBy("Patrick W. Carlineo Jr.", qs, Quote.Kind.DIRECT, "I'll put a bullet");
        assertTrue(qs.stream().noneMatch(q -> q.kind() == Quote.Kind.DIRECT && q.text().text().equals("terrorist")),
                "a one-word quote is no quotation");
        // "Carlineo's attorney, Sonya Zoghlin, said in an email to The Associated Press that …"
        Quote intent = quote(qs, Quote.Kind.INDIRECT, "Carlineo never intended to harm Omar");
        assertEquals("Sonya Zoghlin", speaker(intent));
        // "…, prosecutors said." after ".45-caliber", which ends no sentence
        Quote felon = quote(qs, Quote.Kind.INDIRECT, "Carlineo is a convicted felon");
        assertTrue(felon.text().text().endsWith("at his home"), felon.text().text());
        assertEquals("prosecutors", speaker(felon));
        // "James P. Kennedy Jr., the U.S. Attorney …, said the case highlights that …": the clause after "said"
        assertSaidBy("James P. Kennedy Jr.", qs, Quote.Kind.INDIRECT, "the case highlights that");
        assertSaidBy("James P. Kennedy Jr.", qs, Quote.Kind.DIRECT, "The First Amendment right", "The Second Amendment right");
    }

    @Test
    void surnamesCompletedAndNamesOfPlacesLeftAlone() throws IOException {
        List<Quote> qs = quotes(fixture("ap-esper-vietnam.txt"));
        assertSaidBy("Mark Esper", qs, Quote.Kind.DIRECT, "We will not accept attempts", "The United States firmly opposes",
                "We strongly oppose");
        assertEquals("announced", quote(qs, Quote.Kind.INDIRECT, "the U.S. will provide").cue().text());
        assertSaidBy("Mark Esper", qs, Quote.Kind.INDIRECT, "it would be provided next year");
        // "dubbed the “Hanoi Hilton”": a name
        assertTrue(qs.stream().noneMatch(q -> q.text().text().contains("Hanoi Hilton")), qs.toString());
    }

    @Test
    void slogansAndHeadlinesAreNoQuotations() throws IOException {
        List<Quote> qs = quotes(fixture("usatoday-meth.txt"));
        assertNoQuoteOpening(qs, "Meth."); // the campaign's tagline
        Quote mission = quote(qs, Quote.Kind.DIRECT, "The mission of the campaign");
        assertEquals("Kristi Noem", speaker(mission));
        assertEquals("told", mission.cue().text());
        assertSaidBy("Kristi Noem", qs, Quote.Kind.DIRECT, "It is working.");
        // a partial quote of five words inside the reported clause is the speaker's words too
        assertSaidBy("Kristi Noem", qs, Quote.Kind.DIRECT, "growing at an alarming rate");
        assertSaidBy("Kristi Noem", qs, Quote.Kind.INDIRECT, "South Dakota's meth crisis");
    }

    @Test
    void titlesBeforeNamesAndQuotesOverParagraphs() throws IOException {
        List<Quote> qs = quotes(fixture("express-hong-kong.txt"));
        Quote rioters = quote(qs, Quote.Kind.DIRECT, "These rioters");
        assertTrue(rioters.text().text().endsWith("any viable option for them."), rioters.text().text());
        assertEquals("Cheuk Hau-yip", speaker(rioters));
        // "China’s ambassador to Britain Liu Xiaming has said that …": the place is part of the title
        Quote resolution = quote(qs, Quote.Kind.INDIRECT, "China has the");
        assertEquals("Liu Xiaming", speaker(resolution));
        assertEquals("has said", resolution.cue().text());
        // "China’s ambassador to Britain … warned that …": the office the article gives Liu Xiaming further on
        Quote warned = quote(qs, Quote.Kind.INDIRECT, "the Chinese government");
        assertEquals("Liu Xiaming", speaker(warned));
        assertEquals("China’s ambassador", warned.speakerMention().text());
        Quote garrison = quote(qs, Quote.Kind.DIRECT, "They are already there");
        assertEquals("Liu Xiaming", speaker(garrison));
        assertEquals("warning", garrison.cue().text());
    }

    @Test
    void negatedCuesAndNounsThatLookLikeVerbsSayNothing() throws IOException {
        List<Quote> qs = quotes(fixture("ap-la-auto-show.txt"));
        Quote wagon = quote(qs, Quote.Kind.INDIRECT, "the wagon will be able to go 300 miles");
        assertEquals("says", wagon.cue().text());
        // "…, Volkswagen says.": the clause before a postposed cue
        assertSaidBy("Volkswagen", qs, Quote.Kind.INDIRECT, "The all-wheel-drive version will be able");
        Quote preview = quote(qs, Quote.Kind.INDIRECT, "the car is a preview of a production vehicle");
        assertEquals("VW", speaker(preview));
        assertTrue(preview.text().text().endsWith("North America and Europe"), "ends at ', but': " + preview.text().text());
        // "but it didn't say when the wagon will go on sale"
        assertNoQuoteOpening(qs, "when the wagon");
    }

    @Test
    void datelinesParticiplesAndInvertedSpeakersWithLongTitles() throws IOException {
        List<Quote> qs = quotes(fixture("reuters-wework-nyag.txt"));
        // "(Reuters) — … , according to two people familiar with the matter, adding to a mounting series …"
        Quote nyag = quote(qs, Quote.Kind.INDIRECT, "The New York State Attorney General (NYAG) is investigating WeWork");
        assertEquals("two people familiar with the matter", speaker(nyag));
        assertTrue(qs.stream().noneMatch(q -> q.cue() != null && q.cue().text().equals("adding")), "'adding to' reports nothing: " + qs);
        // "…, said The We Company’s recently named executive chair Marcelo Claure in an email to staff that was reviewed"
        Quote cuts = quote(qs, Quote.Kind.INDIRECT, "Job cuts will be announced later this week");
        assertEquals("Marcelo Claure", speaker(cuts));
        assertSaidBy("Marcelo Claure", qs, Quote.Kind.INDIRECT, "Next steps to shape", "WeWork needs a more efficient");
        assertSaidBy("Marcelo Claure", qs, Quote.Kind.DIRECT, "We are going to eliminate");
    }

    @Test
    void theEntityLayerNamesASpeakerOnlyWhenItAgreesWithTheText() throws IOException {
        Article a = fixture("ap-esper-vietnam.txt");
        String t = a.text();
        int esper = t.indexOf("Mark Esper");
        int said = t.indexOf("Esper said in a speech");
        // a layer that knows the man, and one whose mention swallows the verb ("Esper said" as a name)
        Entity person = new Entity("Mark Esper", EntityType.PER, "mark-esper",
                List.of(Span.of(t, esper, esper + 10), Span.of(t, said, said + 5)));
        Quote q = quote(new QuoteStage().process(a.withEntities(List.of(person))).quotes(), Quote.Kind.DIRECT, "We will not accept");
        assertEquals("mark-esper", q.speaker().entityId());
        Entity garbage = new Entity("Esper said in", EntityType.MISC, null, List.of(Span.of(t, said, said + 13)));
        Quote g = quote(new QuoteStage().process(a.withEntities(List.of(garbage))).quotes(), Quote.Kind.DIRECT, "We will not accept");
        assertEquals("Mark Esper", speaker(g));
        assertNull(g.speaker().entityId());
    }

    @Test
    void theLanguageOfTheArticlePicksTheRules() throws IOException {
        Article en = fixture("ap-esper-vietnam.txt");
        assertTrue(!quotes(en).isEmpty());
        assertTrue(!quotes(en.withLanguage("en-US", 1.0)).isEmpty());
        // the same words read with the French rules (no language, or "fr") find no English cue
        List<Quote> fr = STAGE.process(en.withLanguage("fr", 1.0)).quotes();
        assertTrue(fr.stream().allMatch(q -> q.speaker() == null), fr.toString());
        assertEquals(fr, STAGE.process(en.withLanguage(null, null)).quotes());
    }

    @Test
    void aTextOpeningOnAPrepositionIsRead() {
        // the subject search looked one token before the text's first word for "close to" / "familiar with"
        for (String opening : List.of("To", "With", "On")) {
            Article a = Article.compose(opening + " the surprise of investors, shares fell", null,
                    List.of("\"We expect a stronger year,\" the chief executive said on Tuesday.")).withLanguage("en", 1.0);
            assertEquals(1, quotes(a).size(), opening);
        }
    }
}
