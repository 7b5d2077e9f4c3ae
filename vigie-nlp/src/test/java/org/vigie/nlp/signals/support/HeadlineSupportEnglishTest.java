package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;

/**
 * English headlines capitalise every word: only names are claims. Texts: the scrapinghub
 * article-extraction benchmark (MIT licence, Copyright (c) 2020 Scrapinghub), excerpts.
 */
class HeadlineSupportEnglishTest {

    private final HeadlineSupportStage stage = new HeadlineSupportStage();

    private static final String[] NYT = {
        "Americans have gone to the polls four times this month to vote in major, statewide races. In Virginia, they "
            + "voted for control of the state Legislature; in Mississippi, Kentucky and Louisiana, they voted for control "
            + "of the governor’s mansion. In each case, President Trump tied himself to the outcome.",
        "Trump thought voters would repudiate impeachment and vindicate him. Instead, they did the opposite. Virginia "
            + "Democrats won a legislative majority for the first time since 1993."};

    private static final String[] HIKING = {
        "When you live in a state as beautiful as Colorado it’s impossible to stay inside. We moved here two years ago "
            + "and we’re still in awe of the beauty and take advantage of it every chance we can get.",
        "Our hiking survival kit is really very simple.",
        "In the time we’ve lived here and all of the times we’ve been to Boulder, one place we hadn’t yet visited were "
            + "the Boulder Flatirons. We always have a baby carrier in the car so for our hike we just had to make a pit "
            + "stop at Walmart for some easy to carry bottled Arrowhead water and healthy snack bars."};

    @Test
    void titleCaseCommonWordsAreNoClaims() {
        Article a = article("Republicans Are Following Trump to Nowhere", null, NYT).withLanguage("en", 1.0);
        assertEquals(List.of(), signals(stage, a, HeadlineSupportStage.HEADLINE));
        Article kit = article("Simple Hiking Survival Kit (with Kids)", null, HIKING).withLanguage("en", 1.0);
        assertEquals(List.of(), signals(stage, kit, HeadlineSupportStage.HEADLINE));
    }

    @Test
    void namesTheBodyNeverGivesStillFire() {
        // a real headline of the benchmark swapped over another story's body, as a re-publisher might
        Article swapped = article("Google Bets on the Future With Launch of Stadia Game Streaming Service", null, HIKING)
                .withLanguage("en", 1.0);
        List<Signal> s = signals(stage, swapped, HeadlineSupportStage.HEADLINE);
        assertEquals(1, s.size());
        List<String> words = evidence(s.get(0));
        // the opening "Google" is left to the entity layer (a lone word opening a clause may be a common noun)
        assertEquals(List.of("Stadia"), words);
    }

    @Test
    void aNameTheTaggerStretchedOverTheHeadlinesVerbIsJudgedByTheName() {
        // scrapinghub (MIT): "Stadia Falls Short of 4K at Launch", the tagger's mention running over "Falls Short"
        Article a = article("Stadia Falls Short of 4K at Launch", null,
                "Google Stadia launches tomorrow and early reviews are in. According to The Verge’s Stadia review, the "
                        + "streaming platform does not reach 4K in most games.").withLanguage("en", 1.0);
        String t = a.text();
        int at = t.indexOf("Stadia Falls Short");
        Entity stretched = new Entity("Stadia Falls Short", EntityType.ORG, null, List.of(Span.of(t, at, at + 18)));
        assertEquals(List.of(), signals(stage, a.withEntities(List.of(stretched)), HeadlineSupportStage.HEADLINE));
        // the same mention over a body that never names Stadia is still a claim
        Article other = article("Stadia Falls Short of 4K at Launch", null, HIKING).withLanguage("en", 1.0);
        int o = other.text().indexOf("Stadia Falls Short");
        Entity there = new Entity("Stadia Falls Short", EntityType.ORG, null, List.of(Span.of(other.text(), o, o + 18)));
        assertEquals(1, signals(stage, other.withEntities(List.of(there)), HeadlineSupportStage.HEADLINE).size());
    }

    @Test
    void figuresJoinedToTheirUnitMatchTheBodysSpelling() {
        // scrapinghub headlines over their own bodies' sentences
        String audi = "More akin to a four-door coupe than the SUV of the original e-tron, the Sportback keeps its battery.";
        assertEquals(List.of(), signals(stage, article("2020 Audi e-tron Sportback revealed as electric 4-door coupe", null,
                "The 2020 Audi e-tron Sportback was revealed at the LA Auto Show. " + audi).withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE));
        assertEquals(List.of(), signals(stage, article("13-Inch MacBook Pro With Scissor Keyboard Expected", null,
                "Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard.").withLanguage("en", 1.0),
                HeadlineSupportStage.HEADLINE));
        assertEquals(List.of(), signals(stage, article("Chelsea activate £71.6m release clause", null,
                "Chelsea have triggered the £71.6million release clause of the Athletic Bilbao keeper.").withLanguage("en", 1.0),
                HeadlineSupportStage.HEADLINE));
        // a figure the body does not give still fires
        List<Signal> six = signals(stage, article("2020 Audi e-tron Sportback revealed as electric 6-door coupe", null,
                "The 2020 Audi e-tron Sportback was revealed at the LA Auto Show. " + audi).withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE);
        assertEquals(List.of("6-door"), evidence(six.get(0)));
    }

    @Test
    void frenchHeadlinesAreReadAsBefore() {
        // "Nowhere" is an English common word but a French article's capitalised word stays a name
        Article a = article("Les républicains suivent Trump vers Nowhere", null,
                "Les électeurs ont voté quatre fois ce mois-ci. Le président Trump s'est engagé dans chaque campagne.");
        assertTrue(evidence(signals(stage, a, HeadlineSupportStage.HEADLINE).get(0)).contains("Nowhere"));
    }

    @Test
    void abbreviationsTheBodySpellsOutAreSupported() {
        // scrapinghub pages (MIT) over their own bodies' sentences: initials over a hyphenated title,
        // and listed news abbreviations whose expansion the body writes (support/en-abbreviations.txt)
        assertEquals(List.of(), signals(stage, article("Saraki, Melaye, Ben Bruce Drag IGP Idris to Court, Demand N500m", null,
                "President of the Senate, Bukola Saraki, Senator Dino Melaye and Senator Ben Murray-Bruce have dragged the "
                        + "Inspector-General of Police, Ibrahim Idris, to court. They demand N500m in damages.").withLanguage("en", 1.0),
                HeadlineSupportStage.HEADLINE));
        String lakers = "James became the first player in NBA history to record a triple-double against every team in the league, "
                + "and Anthony Davis scored 34 points during the Lakers’ fifth straight victory, 112-107 over the Oklahoma City "
                + "Thunder on Tuesday night.";
        assertEquals(List.of(), signals(stage, article("LeBron sets triple-double mark, Lakers hold off OKC 112-107", null,
                "LeBron James is the Lakers' star. " + lakers).withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE));
        String nelson = "Brock Nelson's second goal of the game 2:55 into overtime capped a frantic comeback to lift the New York "
                + "Islanders over the Pittsburgh Penguins 5-4 Tuesday night.";
        assertEquals(List.of(), signals(stage, article("Nelson's OT goal lifts Isles", null, nelson).withLanguage("en", 1.0),
                HeadlineSupportStage.HEADLINE));
        String sentra = "Nissan has taken the covers off the all-new 2020 Sentra. As to when will this arrive in the Philippines, "
                + "we're not entirely sure yet.";
        assertEquals(List.of(), signals(stage, article("All-new 2020 Sentra is what we really want from Nissan PH", null, sentra)
                .withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE));
        // a desk's label names the kind of piece, not the story: "HS Roundup:" over a list of high-school scores
        String scores = "Viera d. Rockledge 3-1. Viera (4-0): K. Hupfer 1 goal. L. Patikas 1 goal. Melbourne d. Cocoa 8-0.";
        assertEquals(List.of(), signals(stage, article("HS Roundup: Viera defeats Rockledge to remain undefeated", null, scores)
                .withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE));
        assertEquals(List.of("Palm Bay"), evidence(signals(stage, article("HS Roundup: Palm Bay defeats Rockledge", null, scores)
                .withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE).get(0)));
        // the same abbreviations over a body that never spells them out are still claims
        List<Signal> okc = signals(stage, article("LeBron sets triple-double mark, Lakers hold off OKC 112-107", null,
                "LeBron James is the Lakers' star. James became the first player in NBA history to record a triple-double "
                        + "against every team, 112-107 on Tuesday night.").withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE);
        assertEquals(List.of("OKC"), evidence(okc.get(0)));
        List<Signal> ot = signals(stage, article("Nelson's OT goal lifts Isles", null, nelson.replace("into overtime", "into the third"))
                .withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE);
        assertEquals(List.of("OT"), evidence(ot.get(0)));
        List<Signal> igp = signals(stage, article("Saraki Drags IGP to Court", null,
                "Bukola Saraki has dragged the Inspector of Prisons to court.").withLanguage("en", 1.0), HeadlineSupportStage.HEADLINE);
        assertEquals(List.of("IGP"), evidence(igp.get(0)));
    }

    @Test
    void frenchHeadlinesKeepTheirAcronymRules() {
        // the English abbreviation list and hyphen initials are not read on French articles
        List<Signal> s = signals(stage, article("Les Lakers battent OKC", null,
                "Les Lakers ont battu le Thunder d'Oklahoma City mardi soir, 112 à 107."), HeadlineSupportStage.HEADLINE);
        assertEquals(List.of("OKC"), evidence(s.get(0)));
    }
}
