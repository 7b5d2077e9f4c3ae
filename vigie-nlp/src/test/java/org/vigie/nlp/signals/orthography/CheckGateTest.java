package org.vigie.nlp.signals.orthography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;

/** The cheap pass that decides whether LanguageTool's full check of a header can matter. */
class CheckGateTest {

    private static final String BODY = "Le président a rencontré son homologue lundi à Istanbul. "
            + "Les deux dirigeants ont parlé de commerce, de tourisme et de sécurité régionale.";
    private final LanguageToolChecker lt = LanguageToolChecker.french();

    /** LanguageTool, recording the texts it was asked to check fully, and without its dictionary. */
    private final class Recording implements SpellChecker {
        final List<String> checked = new ArrayList<>();
        final List<String> prechecked = new ArrayList<>();

        @Override
        public List<Issue> check(String text) {
            checked.add(text);
            return lt.check(text);
        }

        @Override
        public List<Issue> checkWithoutSpelling(String text) {
            prechecked.add(text);
            return lt.checkWithoutSpelling(text);
        }

        @Override
        public boolean isUnknown(String word) {
            return lt.isUnknown(word);
        }
    }

    @Test
    void dictionaryLookUpFlagsMisspellingsNotFrenchWordsOrNumbers() {
        assertTrue(OrthographyStage.isUnknownWord(lt, "gouvernment"));
        assertTrue(OrthographyStage.isUnknownWord(lt, "anonce"));
        for (String w : List.of("gouvernement", "annonce", "réunis", "côté", "coté", "œuvreront", "a-t-on",
                "extrême-droite", "1.000", "2021")) {
            assertFalse(OrthographyStage.isUnknownWord(lt, w), w);
        }
    }

    @Test
    void cleanWireHeaderIsNeverFullyChecked() {
        Recording r = new Recording();
        Article a = article("Poutine et Erdogan se retrouvent à Istanbul",
                "Les présidents russe et turc ont décidé lundi d'appuyer le retrait des groupes armés d'Alep.", BODY);
        assertEquals(List.of(), new OrthographyStage(r, false).process(a).signals());
        assertEquals(List.of(), r.checked);
    }

    @Test
    void aMisspellingOpensTheFullCheckWhichKeepsItsEvidence() {
        Recording r = new Recording();
        Article a = article("Le gouvernment de Pechkov anonce une réforme", null,
                "Le gouvernement de M. Pechkov a annoncé une réforme.");
        assertEquals(List.of("gouvernment", "anonce"),
                evidence(signals(new OrthographyStage(r, false), a, OrthographyStage.KIND).get(0)));
        assertEquals(List.of("Le gouvernment de Pechkov anonce une réforme"), r.checked);
    }

    @Test
    void oneMisspellingAndNoGrammarErrorStopsAtThePassWithoutDictionary() {
        Recording r = new Recording();
        // one dictionary miss, and nothing else for the full check to add: it cannot reach two errors
        Article a = article("Le gouvernment de Pechkov annonce une réforme", null,
                "Le gouvernement de M. Pechkov a annoncé une réforme.");
        assertEquals(List.of(), new OrthographyStage(r, false).process(a).signals());
        assertEquals(List.of("Le gouvernment de Pechkov annonce une réforme"), r.prechecked);
        assertEquals(List.of(), r.checked);
    }

    @Test
    void thePassWithoutDictionaryKeepsGrammarAndDropsMisspellings() {
        List<String> rules = lt.checkWithoutSpelling("Le gouvernment a pris des mesure de coté.").stream()
                .map(Issue::rule).toList();
        assertFalse(rules.stream().anyMatch(LanguageToolChecker::isSpelling), rules.toString());
        assertTrue(lt.check("Le gouvernment a pris des mesure de coté.").stream()
                .anyMatch(i -> LanguageToolChecker.isSpelling(i.rule())));
        assertFalse(rules.isEmpty(), "\"des mesure\" or \"de coté\" is a grammar match");
    }

    @Test
    void cotéForCôtéIsFoundOnceSpacingOpensTheCheck() {
        Recording r = new Recording();
        // "coté" is a French word (a share is "coté" in Paris): only the full check sees "du coté".
        Article alone = article("Sommet", "Turquie: un membre de l'OTAN qui passe du coté de la Russie", BODY);
        assertEquals(List.of(), new OrthographyStage(r, false).process(alone).signals());
        assertEquals(List.of(), r.checked);
        Article spaced = article("Sommet", "Turquie , un membre de l'OTAN qui passe du coté de la Russie", BODY);
        List<String> ev = evidence(signals(new OrthographyStage(r, false), spaced, OrthographyStage.KIND).get(0));
        assertTrue(ev.containsAll(List.of("Turquie ,", "coté")), ev.toString());
        assertFalse(r.checked.isEmpty());
    }

    @Test
    void gluedSentencesOpenTheCheck() {
        Recording r = new Recording();
        Article a = article("Disparition", "Les enquêteurs ont fouillé la voiture.Après un mois de vaste recherches, "
                + "la fillette reste introuvable.", BODY);
        new OrthographyStage(r, false).process(a);
        assertEquals(2, r.checked.size(), r.checked.toString());
    }

    @Test
    void aGluedSentenceOpeningOnABodyWordDoesNotOpenTheCheck() {
        Recording r = new Recording();
        String standfirst = "Les enquêteurs ont fouillé la voiture.Après un mois de recherches, la fillette reste introuvable.";
        // the checker flags the glued sentence, over the word "Après" ...
        assertTrue(lt.checkWithoutSpelling(standfirst).stream().anyMatch(i -> standfirst.substring(i.start(), i.end()).contains("Après")));
        // ... which the body also has, so the name filter would drop the issue: nothing to anticipate
        Article a = article("Disparition", standfirst, "Après un mois de recherches, la voiture a été fouillée. " + BODY);
        assertEquals(List.of(), new OrthographyStage(r, false).process(a).signals());
        assertEquals(List.of(), r.prechecked);
        assertEquals(List.of(), r.checked);
    }
}
