package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.registry.AliasTable;
import org.vigie.nlp.registry.OfficeTable;

/**
 * English role descriptions: a later "the president", "the Turkish leader" joins the person the
 * text titled so, and a title the text never ties to a name ("the Russian president", "the UK
 * prime minister") is read through the dated table of office holders. Real news text from
 * Scrapinghub's article-extraction-benchmark (MIT, resources english/LICENSE and SOURCES.txt);
 * the short texts marked so are written for this test, for guards the benchmark has no case of.
 */
class EnglishRoleTest {

    private static final CoreNlpTokens TOKENS = CoreNlpTokens.english();

    private static List<RoleBinding> bindings(Article a, LocalDate day) {
        EntityStage stage = new EntityStage(EntityLexicon.english(), AliasTable.bundled(), OfficeTable.bundled(), day);
        return stage.roleBindings(TOKENS.process(a));
    }

    private static Article text(String body) {
        return Article.compose("", null, List.of(body)).withLanguage("en", 1.0);
    }

    /** The bindings whose description is exactly {@code role}, as "role -> entity (via)". */
    private static List<String> of(List<RoleBinding> b, String role) {
        return b.stream().filter(x -> x.role().text().equals(role))
                .map(x -> x.role().text() + " -> " + x.entity() + " (" + x.via() + ")").collect(Collectors.toList());
    }

    @Test
    void aLaterThePresidentIsThePresidentTheTextTitled() {
        // "US President Donald Trump agrees ...", then "The president wants ...", "allowing the president to campaign"
        List<RoleBinding> b = bindings(EnglishEntitiesTest.fixture("trump-china-deal"), LocalDate.parse("2019-11-19"));
        List<String> president = of(b, "president");
        // and "The president said on Tuesday that China ..."
        assertEquals(3, president.size(), president.toString());
        for (String p : president) assertEquals("president -> Donald Trump (REPEAT)", p);
    }

    @Test
    void withTwoPresidentsTitledThePresidentIsNobody() {
        // "President Trump" and "Ukraine President Volodymyr Zelenskiy": "dialed up the president" is not read
        List<RoleBinding> b = bindings(EnglishEntitiesTest.fixture("sondland-ukraine"), LocalDate.parse("2019-11-19"));
        assertTrue(b.stream().anyMatch(x -> x.role().text().equals("President") && x.entity().contains("Zelensk")), b.toString());
        assertTrue(b.stream().anyMatch(x -> x.role().text().equals("President") && x.entity().contains("Trump")), b.toString());
        assertEquals(List.of(), of(b, "president"));
    }

    @Test
    void aPresidentTitledLongAgoIsNotTheHolderOnTheArticlesDay() {
        // "a confidential Obama phone call to Russia's President Medvedev" (2012), then in 2019 "taint the president"
        // and "the foreign-policy prerogatives of the president of the United States": Trump, whom the article names
        List<RoleBinding> b = bindings(EnglishEntitiesTest.fixture("schiff-impeachment"), LocalDate.parse("2019-11-19"));
        assertTrue(b.stream().anyMatch(x -> x.role().text().equals("President") && x.entity().equals("Medvedev")), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.entity().equals("Medvedev") && x.via() != RoleBinding.Via.BEFORE_NAME), b.toString());
        assertEquals(List.of("president -> Trump (TABLE)"), of(b, "president"));
    }

    @Test
    void aFormerPresidentsTitleNamesHimButIsNeverRepeated() {
        // "Former President Barack Obama, the most popular Democrat in America, ..."
        List<RoleBinding> b = bindings(EnglishEntitiesTest.fixture("debate-questions"), LocalDate.parse("2019-11-20"));
        // the title is his mention, of an office he no longer holds: nothing repeats it
        List<String> obama = b.stream().filter(x -> x.entity().contains("Obama")).map(x -> x.role().text() + " " + x.via()).toList();
        assertEquals(List.of("President BEFORE_NAME"), obama);
    }

    @Test
    void aNationalityLedTitleIsRepeatedByItsNationalityAndAloneButNotByAnotherCountrys() {
        // written for this test
        Article a = text("Turkish President Recep Tayyip Erdogan met business leaders in Ankara on Monday. "
                + "The Turkish leader said the economy would grow. The president also spoke about Syria. "
                + "The Russian president was not invited, officials said.");
        List<RoleBinding> b = bindings(a, null);
        assertEquals(List.of("Turkish leader -> Recep Tayyip Erdogan (REPEAT)"), of(b, "Turkish leader"));
        assertEquals(List.of("president -> Recep Tayyip Erdogan (REPEAT)"), of(b, "president"));
        assertEquals(List.of(), of(b, "Russian president"));
    }

    @Test
    void anotherPersonsNounAndAFormerTitleAreNotRepeatedAsTheirs() {
        // written for this test
        Article a = text("President Donald Trump's lawyer Rudy Giuliani met former Ukrainian President Petro Poroshenko "
                + "in Kyiv. The lawyer said the meeting was private. The president did not comment.");
        List<RoleBinding> b = bindings(a, null);
        // the lawyer is Giuliani's title, not Trump's; "President" before "Donald Trump's" is Trump's
        assertEquals(List.of("lawyer -> Rudy Giuliani (BEFORE_NAME)", "lawyer -> Rudy Giuliani (REPEAT)"), of(b, "lawyer"));
        assertEquals(List.of("President -> Donald Trump (BEFORE_NAME)"), of(b, "President"));
        List<String> poroshenko = b.stream().filter(x -> x.entity().contains("Poroshenko")).map(x -> x.role().text() + " " + x.via()).toList();
        assertEquals(List.of("Ukrainian President BEFORE_NAME"), poroshenko);
        assertEquals(List.of("president -> Donald Trump (REPEAT)"), of(b, "president"));
    }

    @Test
    void englishTitlesAreReadThroughTheDatedTableWhenTheArticleNamesTheHolder() {
        // written for this test
        Article a = text("Boris Johnson, Angela Merkel, Mike Pompeo and Vladimir Putin were all invited. "
                + "The UK prime minister arrived first. The German chancellor spoke next, and the US secretary of state "
                + "left early. The Russian president stayed away.");
        List<RoleBinding> b = bindings(a, LocalDate.parse("2019-11-20"));
        assertEquals(List.of("prime minister -> Boris Johnson (TABLE)"), of(b, "prime minister"));
        assertEquals(List.of("German chancellor -> Angela Merkel (TABLE)"), of(b, "German chancellor"));
        assertEquals(List.of("secretary of state -> Mike Pompeo (TABLE)"), of(b, "secretary of state"));
        assertEquals(List.of("Russian president -> Vladimir Putin (TABLE)"), of(b, "Russian president"));
        // in 1998 the table gives Tony Blair and Boris Yeltsin, whom the article does not name: nothing is read
        List<RoleBinding> before = bindings(a, LocalDate.parse("1998-01-10"));
        assertTrue(before.stream().noneMatch(x -> x.via() == RoleBinding.Via.TABLE), before.toString());
    }

    @Test
    void aFormerTitleIsRepeatedOnlyByTheSameFormerTitle() {
        // written for this test
        Article a = text("Former Vice President Joe Biden met President Donald Trump on Monday. "
                + "The former vice president said the talks were useful. The president disagreed.");
        List<RoleBinding> b = bindings(a, null);
        assertEquals(List.of("vice president -> Joe Biden (REPEAT)"), of(b, "vice president"));
        assertEquals(List.of("president -> Donald Trump (REPEAT)"), of(b, "president"));
    }

    @Test
    void anEnglishNationalityAdjectiveIsNoPersonsDescription() {
        // "the Swedish Prosecution Authority said", later "What was the Swedish investigation about?": an
        // adjective, where French "le Danois" is a noun naming a person
        List<RoleBinding> b = bindings(EnglishEntitiesTest.fixture("assange-sweden"), LocalDate.parse("2019-11-19"));
        assertTrue(b.stream().noneMatch(x -> x.office().startsWith("demonym|")), b.toString());
    }

    @Test
    void aNomineeForAnOfficeIsNoHolderAndTwoGovernorsLeaveTheGovernorUnread() {
        // nytimes.com opinion, 2019-11-19 (scrapinghub 04a6711caa7c, excerpt)
        Article a = text("Trump thought voters would repudiate impeachment and vindicate him. Instead, they did the opposite. "
                + "Virginia Democrats won a legislative majority for the first time since 1993, flipping historically "
                + "Republican districts. Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won by 30 points "
                + "in 2016. And Louisiana Democrats re-elected Governor John Bel Edwards in a state Trump won by the more "
                + "modest but still substantial margin of 20 points. Democrats in Mississippi made significant gains even as "
                + "they fell short of victory \u2014 their nominee for governor, Jim Hood, lost by five-and-a-half points, a "
                + "dramatic turnaround from four years ago, when Republican Phil Bryant won in a landslide. In Virginia, they "
                + "voted for control of the state Legislature; in Mississippi, Kentucky and Louisiana, they voted for control "
                + "of the governor\u2019s mansion.");
        List<RoleBinding> b = bindings(a, LocalDate.parse("2019-11-19"));
        assertTrue(b.stream().noneMatch(x -> x.entity().equals("Jim Hood")), b.toString());
        assertEquals(List.of(), of(b, "governor"));
        assertEquals(List.of("Gov. -> Matt Bevin (BEFORE_NAME)"), of(b, "Gov."));
    }

    @Test
    void anAgeStandsForTheStorysPersonNamedBeforeIt() {
        // "Buttigieg stepped aggressively into the establishment lane ..., but many donors ... remain
        // skeptical of the 37-year-old small-city mayor's chances"
        List<RoleBinding> b = bindings(EnglishEntitiesTest.fixture("debate-questions"), LocalDate.parse("2019-11-20"));
        List<RoleBinding> age = b.stream().filter(x -> x.via() == RoleBinding.Via.AGE).toList();
        assertEquals(1, age.size(), b.toString());
        assertEquals("the 37-year-old small-city mayor", age.get(0).role().text());
        assertTrue(age.get(0).entity().endsWith("Buttigieg"), age.toString());
    }

    @Test
    void anAgeSkipsPeopleOfAnotherStatedAgeAndPeopleNamedOnceInPassing() {
        // usatoday.com, 2019-11-19 (scrapinghub c58aa507c4de, excerpts): Noel (31) and Thomas (41) are
        // other ages; Barr and Sawyer, named in the age's own clause, are not "the 66-year-old", even when
        // the article names Sawyer again
        Article a = text("Each defendant is charged with one count of conspiring to falsify records. Noel, 31, is charged with "
                + "five counts of falsifying records; Thomas, 41, is charged with three. Epstein's sudden death triggered a "
                + "wave of recriminations from his many victims, who had anticipated his trial on sex trafficking and related "
                + "conspiracy charges. His suicide prompted a leadership shakeup at the federal Bureau of Prisons. Attorney "
                + "General William Barr put Kathleen Hawk Sawyer in charge and ordered multiple investigations into the "
                + "66-year-old's suicide, focusing on operations at the Manhattan facility where Epstein was held. Sawyer "
                + "testified before Congress on Tuesday.");
        List<RoleBinding> b = bindings(a, LocalDate.parse("2019-11-19"));
        List<String> age = b.stream().filter(x -> x.via() == RoleBinding.Via.AGE).map(x -> x.role().text() + " -> " + x.entity()).toList();
        assertEquals(List.of("the 66-year-old -> Epstein"), age);
        // with the age the text gives him, an age names the right defendant wherever he was named
        List<RoleBinding> noel = bindings(text("Noel, 31, is charged with five counts of falsifying records; Thomas, 41, is "
                + "charged with three. Prosecutors said the 31-year-old slept at his desk."), LocalDate.parse("2019-11-19"));
        assertEquals(List.of("the 31-year-old -> Noel"), noel.stream().filter(x -> x.via() == RoleBinding.Via.AGE)
                .map(x -> x.role().text() + " -> " + x.entity()).toList());
    }

    @Test
    void frenchReadsNoAge() {
        EntityStage stage = new EntityStage(EntityLexicon.french(), AliasTable.bundled(), OfficeTable.bundled(), LocalDate.parse("2019-11-19"));
        Article a = Article.compose("", null, List.of("Jean Dupont a été arrêté mardi. Le 47-year-old a nié.")).withLanguage("fr", 1.0);
        assertTrue(stage.roleBindings(CoreNlpTokens.french().process(a)).stream().noneMatch(x -> x.via() == RoleBinding.Via.AGE));
    }
}
