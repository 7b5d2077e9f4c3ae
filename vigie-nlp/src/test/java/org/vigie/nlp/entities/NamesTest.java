package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldingIgnoresCaseAccentsHyphensAndApostropheShapes() {
        assertEquals("etats unis", Names.fold("États-Unis"));
        assertEquals(Names.fold("Etats-Unis"), Names.fold("ÉTATS UNIS"));
        assertEquals("l'onu", Names.fold("l’Onu"));
        assertEquals("erdogan", Names.fold("Erdoğan"));
        assertEquals("oeuvre", Names.fold("Œuvre"));
        assertEquals("m", Names.fold("M."));
        assertEquals("путин", Names.fold("Путин"));
        assertEquals(List.of("saint", "petersbourg"), Names.words(" Saint-Pétersbourg "));
    }

    @Test
    void wordShapes() {
        assertTrue(Names.isAcronym("ONU"));
        assertFalse(Names.isAcronym("Onu"));
        assertFalse(Names.isAcronym("A"));
        assertTrue(Names.isCapitalised("Élodie"));
        assertFalse(Names.isCapitalised("l'OTAN"));
        assertTrue(Names.isPunctuation("«"));
        assertFalse(Names.isPunctuation("Su-24"));
    }

    @Test
    void lexiconsLoadAndAnswer() {
        EntityLexicon lex = EntityLexicon.french();
        assertTrue(lex.isFunctionWord("Aucun"));
        assertEquals('f', lex.honorificGender("Mme"));
        assertEquals('m', lex.honorificGender("M."));
        assertEquals("Turquie", lex.adjectiveCountry("turque"));
        assertEquals("Danemark", lex.demonymCountry("Danois"));
        // the country name is not a Swiss person
        assertEquals(null, lex.demonymCountry("Suisse"));
        assertTrue(lex.isNotName("État"));
    }
}
