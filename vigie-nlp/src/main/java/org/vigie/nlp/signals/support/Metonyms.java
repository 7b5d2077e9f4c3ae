package org.vigie.nlp.signals.support;

import java.util.List;
import org.vigie.nlp.signals.Words.Word;


/**
 * Metonyms of headlines and what they stand for ({@code support/metonyms.txt}): "Matignon" for the
 * Prime Minister, "l'Hexagone" for France, "les Bleus" for the national team, "Coronavirus" as the
 * rubric of a story about the epidemic. One way: the body's referent supports the headline's
 * metonym, never the reverse, so no referent becomes a claim. Stateless.
 */
final class Metonyms {

    private Metonyms() {
    }

    private static final Referents METONYMS = Referents.load(false, "support/metonyms.txt");

    /**
     * The spans ({start, end} in {@code text}) of the metonyms between {@code from} and {@code to}
     * whose referent one of {@code story} (the supporting words) gives.
     */
    static List<int[]> supported(String text, int from, int to, List<Word> story) {
        return METONYMS.supported(text, from, to, story);
    }
}
