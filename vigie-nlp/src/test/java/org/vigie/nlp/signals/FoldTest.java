package org.vigie.nlp.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void tableFoldEqualsTheNormalisingDefinition() {
        for (String w : List.of("Côté", "CŒUR", "Saint-Pétersbourg", "d’Alep", "l'Onu", "Ærø", "ÉTATS-UNIS", "İstanbul",
                "Łódź", "Erdoğan", "naïveté", "e\u0301te\u0301", "Ἀθῆναι", "ﬁnance", "straße", "1.000,5")) {
            assertEquals(Fold.slowFold(w), Fold.fold(w), w);
        }
        for (char c = 0; c < 0x800; c++) {
            String s = "a" + c + "É";
            assertEquals(Fold.slowFold(s), Fold.fold(s), Integer.toHexString(c));
        }
    }

    @Test
    void foldedWordsComeBackUnchanged() {
        String w = "terroristes";
        assertSame(w, Fold.fold(w));
        assertEquals("cote", Fold.fold("côté"));
        assertEquals("coeur", Fold.fold("Cœur"));
        assertEquals("d'alep", Fold.fold("d’Alep"));
    }
}
