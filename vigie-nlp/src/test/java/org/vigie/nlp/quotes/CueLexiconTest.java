package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms generated from cue-verbs.txt, read as cues at the first token. */
class CueLexiconTest {

    private static CueLexicon.Match cue(String words) {
        List<Tok> toks = Tokenizer.tokenize(words);
        return CueLexicon.get().match(toks, 0, toks.size());
    }

    private static String covered(String words) {
        List<Tok> toks = Tokenizer.tokenize(words);
        CueLexicon.Match m = CueLexicon.get().match(toks, 0, toks.size());
        assertNotNull(m, "no cue in « " + words + " »");
        return words.substring(toks.get(m.first()).start(), toks.get(m.end() - 1).end());
    }

    @Test
    void passeComposeWithAdverbsAndWeekdays() {
        assertEquals("a indiqué", covered("a indiqué M. Poutine"));
        assertEquals("a encore confié", covered("a encore confié l'ancien président"));
        assertEquals("ont également signalé", covered("ont également signalé avoir"));
        assertEquals("déclarer", cue("avait déclaré lundi").lemma());
    }

    @Test
    void invertedForms() {
        CueLexicon.Match m = cue("a-t-il ajouté");
        assertEquals("ajouter", m.lemma());
        assertEquals("il", m.pronoun());
        assertEquals("elle", cue("précise-t-elle").pronoun());
        assertEquals("poursuivre", cue("poursuit-elle").lemma());
        assertEquals("dire", cue("dit-il").lemma());
    }

    @Test
    void spellingChangesAndIrregularVerbs() {
        assertEquals("lancer", cue("lançant").lemma());
        List<Tok> gerund = Tokenizer.tokenize("en estimant");
        CueLexicon.Match m = CueLexicon.get().match(gerund, 1, gerund.size());
        assertEquals(CueLexicon.Tense.GERUND, m.tense());
        assertEquals(0, m.first(), "the cue covers « en »");
        assertEquals("rappeler", cue("rappelle").lemma());
        assertEquals("marteler", cue("martèle").lemma());
        assertEquals("reconnaître", cue("a reconnu").lemma());
        assertEquals("conclure", cue("conclut").lemma());
        assertEquals("craindre", cue("craint").lemma());
    }

    @Test
    void pronominalVerbs() {
        assertEquals("s'est félicité", covered("s'est félicité de"));
        assertEquals("s'inquiète", covered("s'inquiète de"));
        assertNull(cue("félicité"), "a bare participle is no cue");
    }

    @Test
    void nounsAreNotCues() {
        List<Tok> toks = Tokenizer.tokenize("l'annonce de la note");
        for (int i = 0; i < toks.size(); i++) {
            assertNull(CueLexicon.get().match(toks, i, toks.size()), toks.get(i).text());
        }
    }
}
