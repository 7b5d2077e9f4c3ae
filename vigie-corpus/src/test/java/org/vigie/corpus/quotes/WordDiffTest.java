package org.vigie.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.corpus.reprints.WordTokens;

/** Word-level comparison of two appearances of a quotation: what counts as a cut, what as an alteration. */
class WordDiffTest {

    static WordDiff.Result diff(String earliest, String later) {
        return WordDiff.compare(WordTokens.of(earliest), earliest, WordTokens.of(later), later, 100);
    }

    static List<String> changed(String later, WordDiff.Result r) {
        return r.changed().stream().map(c -> later.substring(c[0] - 100, c[1] - 100)).toList();
    }

    @Test
    void typographyIsNotAChange() {
        assertEquals(WordDiff.Relation.SAME, diff("L’autorité, ce n’est jamais le mépris", "l'Autorite ce n'est  jamais le mépris !").relation());
    }

    @Test
    void aNegationDroppedInsideASentenceIsAnAlteration() {
        String later = "Je soutiens cette réforme des retraites";
        WordDiff.Result r = diff("Je ne soutiens pas cette réforme des retraites", later);
        assertEquals(WordDiff.Relation.ALTERED, r.relation());
        assertEquals(List.of("Je soutiens", "soutiens cette"), changed(later, r), "the words each cut joins");
    }

    @Test
    void cutsAtTheEndsOrMarkedOrOfWholeSentencesAreShortenings() {
        String q = "Nous ne céderons pas. La réforme sera menée à son terme. Les Français le savent.";
        assertEquals(WordDiff.Relation.SHORTENED, diff(q, "La réforme sera menée à son terme").relation());
        assertEquals(WordDiff.Relation.SHORTENED, diff(q, "Nous ne céderons pas. Les Français le savent.").relation());
        assertEquals(WordDiff.Relation.SHORTENED, diff(q, "Nous ne céderons pas (...) menée à son terme.").relation());
        assertEquals(WordDiff.Relation.SHORTENED, diff(q, "Nous ne céderons pas… à son terme.").relation());
        assertEquals(WordDiff.Relation.LONGER, diff("La réforme sera menée à son terme", q).relation());
    }

    @Test
    void aSwappedWordIsTheEvidence() {
        String later = "Nous ne céderons jamais. La réforme sera menée à son terme.";
        WordDiff.Result r = diff("Nous ne céderons pas. La réforme sera menée à son terme.", later);
        assertEquals(WordDiff.Relation.ALTERED, r.relation());
        assertEquals(List.of("jamais"), changed(later, r));
        assertEquals(10, r.common());
    }

    @Test
    void aLeadInIsLongerNotAnInnerInsertion() {
        // real OrangeSum pair: the early alignment matched "Les" to "entre les deux tours"
        assertEquals(WordDiff.Relation.LONGER, diff("Les gens sont en dehors de cette élection",
                "Il y a eu trop de temps entre les deux tours. Les gens sont en dehors de cette élection").relation());
    }

    @Test
    void anEditorsGlossOrAClauseMoreIsNoRewording() {
        assertEquals(WordDiff.Relation.LONGER, diff("Je donne des conseils et il les écoute et les respecte",
                "Je donne des conseils et (le président) les écoute et les respecte").relation());
        assertEquals(WordDiff.Relation.ALTERED, diff("Ce truc (le virus) est devenu grave", "Ce truc (le mensonge) est devenu grave").relation(),
                "a word of the speaker's own parenthesis changed is no gloss");
        assertEquals(WordDiff.Relation.LONGER, diff("J'espère que tous se manifesteront. Il va y avoir un signal positif pour les parents",
                "J'espère que tous se manifesteront. Le fait que les écoles rouvrent, il va y avoir un signal positif pour les parents")
                .relation());
    }
}
