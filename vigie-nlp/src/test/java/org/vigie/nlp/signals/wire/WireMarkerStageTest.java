package org.vigie.nlp.signals.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;

class WireMarkerStageTest {

    private final WireMarkerStage stage = new WireMarkerStage();

    private List<String> markers(String... paragraphs) {
        List<Signal> s = signals(stage, article("Titre", null, paragraphs), WireMarkerStage.KIND);
        return s.isEmpty() ? List.of() : evidence(s.get(0));
    }

    @Test
    void creditsDatelinesAndBylines() {
        assertEquals(List.of("MOSCOU (Reuters)"), markers("MOSCOU (Reuters) - Le Kremlin a démenti lundi."));
        assertEquals(List.of("avec AFP"), markers("Le texte a été adopté mardi.", "(avec AFP)"));
        assertEquals(List.of("selon Sputnik"), markers("Des frappes ont eu lieu, selon Sputnik."));
        assertEquals(List.of("source : RT"), markers("Des frappes ont eu lieu. source : RT"));
        assertEquals(List.of("(AFP)"), markers("Paris (AFP) Le gouvernement a annoncé..."));
        assertEquals(List.of("Par Ivan Petrov (Sputnik)"), markers("Par Ivan Petrov (Sputnik)", "Le texte."));
    }

    @Test
    void ndlrCountsOnlyInsideAQuote() {
        assertEquals(List.of("ndlr"), markers("« Ils (les Américains, ndlr) refusent », a-t-il dit."));
        assertEquals(List.of(), markers("Le ministre de l'Intérieur (ndlr : Gérald Darmanin) a parlé."));
    }

    @Test
    void ordinaryReportingIsNotAMarker() {
        assertEquals(List.of(), markers("Selon l'Insee, le chômage a baissé. Le rapport de l'AFP est cité par le ministre."));
        assertEquals(List.of(), markers("L'artiste RTL2 a chanté avec Aya Nakamura."));
    }

    @Test
    void explanationNamesTheMarkerInBothLanguages() {
        Article a = article("Titre", null, "MOSCOU (Reuters) - Le Kremlin a démenti lundi.");
        assertTrue(stage.process(a).signals().get(0).explanation().contains("MOSCOU (Reuters)"));
        assertTrue(stage.process(a.withLanguage("en", 1.0)).signals().get(0).explanation().startsWith("The text carries"));
    }

    @Test
    void onlyPatternsThatMustContainAnOutletNameAreSkippedOnTextsWithoutOne() {
        assertTrue(WireMarkerStage.mandatory("\\((?:{outlet})\\)", "{outlet}"));
        assertTrue(WireMarkerStage.mandatory("(?m)^(?:Par|By)\\s+[^\\n]{2,60}?[,(]\\s*(?:{outlet})\\)?\\s*$", "{outlet}"));
        assertFalse(WireMarkerStage.mandatory("(?:{outlet})?\\s*:", "{outlet}"), "optional name");
        assertFalse(WireMarkerStage.mandatory("ndlr|(?:{wire})", "{wire}"), "top-level alternative without the name");
        assertFalse(WireMarkerStage.mandatory("(?:avec (?:{wire})|ndlr)", "{wire}"), "name in one branch only");
        assertFalse(WireMarkerStage.mandatory("[|](?:{wire})", "{state}"), "another placeholder");
        assertTrue(WireMarkerStage.mandatory("[|(](?:{wire})", "{wire}"), "bars and brackets in a class are literal");
        assertEquals("reuters", WireMarkerStage.caseFold("REUTERS"));
        // names are looked up in their case, as the patterns match them
        assertEquals(List.of(), markers("Le texte a été adopté mardi (avec afp)."));
        assertEquals(List.of("avec AFP"), markers("Le texte a été adopté mardi (avec AFP)."));
    }

    @Test
    void editorsNotesInAnyCaseButOnlyAsAWord() {
        assertEquals(List.of("N.D.L.R"), markers("« Ils (les Américains, N.D.L.R.) refusent », a-t-il dit."));
        assertEquals(List.of("Nldr"), markers("« Ils (Nldr : les Américains) refusent », a-t-il dit."));
        assertEquals(List.of(), markers("« Le mot standlr ou ndlrs n'existe pas », a-t-il dit."));
    }
}
