package org.vigie.ingest.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFurnitureTest {

    private static final String P1 = "Le conseil municipal a voté mardi soir le budget de la ville, après trois heures de débat.";
    private static final String P2 = "« Nous avons fait des choix difficiles », a déclaré le maire, Jean Dupont, à l'issue de la séance.";
    private static final String P3 = "L'opposition dénonce une hausse des impôts locaux de 4 % et annonce un recours.";

    private final TextFurniture furniture = TextFurniture.defaults();

    @Test
    void cutsTheShareBarTagsAndSameSectionListAtTheTail() {
        TextFurniture.Cleaned c = furniture.clean(List.of(P1, P2, P3, "PARTAGEZ CET ARTICLE", "MOTS-CLÉS",
                "budget", "DANS LA MÊME RUBRIQUE", "Un autre article de la rubrique, avec une phrase entière."));
        assertEquals(List.of(P1, P2, P3), c.lines());
        assertEquals(5, c.removed().size());
    }

    @Test
    void aTailHeadingInTheFirstHalfIsNotTheTail() {
        // "Partager" as the second of six paragraphs: a stray button line, cut alone
        TextFurniture.Cleaned c = furniture.clean(List.of(P1, "Partager", P2, P3, P1, P2));
        assertEquals(List.of(P1, P2, P3, P1, P2), c.lines());
    }

    @Test
    void cutsBylinesDatesAndIssueLinesAtTheHeadAndSignaturesAtTheEnd() {
        TextFurniture.Cleaned c = furniture.clean(List.of(", By La rédaction Posted On 21 juin 2019", "Par Jeanne Martin",
                "avril 2019", P1, P2, P3, "La Rédaction", "Société n°86", "Photo : DR"));
        assertEquals(List.of(P1, P2, P3), c.lines());
    }

    @Test
    void cutsReadAlsoLinksButKeepsTheParagraphAfterThem() {
        TextFurniture.Cleaned c = furniture.clean(List.of(P1, "A LIRE AUSSI:", "Budget: la ville relève ses impôts locaux", P2, P3));
        assertEquals(List.of(P1, P2, P3), c.lines());
    }

    @Test
    void cutsScriptAndStyleLines() {
        assertTrue(TextFurniture.isCode(".videowrapper { position: relative; padding-bottom: 56.25%; }"));
        assertTrue(TextFurniture.isCode("window.beOpinionAsyncInit = function() { init({ account: 'x' }); };"));
        assertFalse(TextFurniture.isCode("Au programme : lundi, réunion ; mardi : visite du chantier."));
        assertFalse(TextFurniture.isCode(P2));
        TextFurniture.Cleaned c = furniture.clean(List.of(P1, "// <![CDATA[", P2, P3));
        assertEquals(List.of(P1, P2, P3), c.lines());
    }

    @Test
    void keepsAShortClosingSentenceAndAnUnpunctuatedBodyLineBeforeIt() {
        List<String> body = List.of(P1, "Les élus se retrouveront en juin", P2, "Affaire à suivre.");
        assertEquals(body, furniture.clean(body).lines());
    }

    @Test
    void keepsTheFirstParagraphWhateverItLooksLike() {
        assertEquals(List.of("Par Jeanne Martin"), furniture.clean(List.of("Par Jeanne Martin", "Photo : DR")).lines());
    }
}
