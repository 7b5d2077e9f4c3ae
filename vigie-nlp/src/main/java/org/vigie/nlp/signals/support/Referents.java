package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Lexicon;
import org.vigie.nlp.signals.Resources;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;

/**
 * Terms of a headline and what the body may say for them, one way: the body's referent supports
 * the headline's term, never the reverse, so no referent becomes a claim. Read from files of lines
 * {@code term | referent | referent ...}: metonyms ({@link Metonyms}), places and the places they
 * contain ({@code support/place-parts.txt}, {@code support/communes.txt}). Immutable; thread-safe.
 */
final class Referents {

    private final Lexicon terms;
    private final Lexicon referents;
    /** Whether a capitalised term or referent counts only when the text writes it capitalised. */
    private final boolean names;

    private Referents(Lexicon terms, Lexicon referents, boolean names) {
        this.terms = terms;
        this.referents = referents;
        this.names = names;
    }

    /**
     * The lines of {@code resources}. With {@code names}, a capitalised term or referent is a
     * proper name: the headline's "cher" is no Cher, the body's "orange" no Orange.
     */
    static Referents load(boolean names, String... resources) {
        List<Resources.Line> terms = new ArrayList<>();
        // a referent may stand behind several terms ("Premier ministre"): one entry, the lines' ids as its category
        Map<String, List<String>> lines = new LinkedHashMap<>();
        Map<String, Resources.Line> first = new HashMap<>();
        for (int r = 0; r < resources.length; r++) {
            for (Resources.Line line : Resources.lines(resources[r])) {
                String[] f = line.fields();
                if (f.length < 2) throw line.error("expected: term | referent | ...");
                String id = r + ":" + line.number();
                terms.add(new Resources.Line(line.source(), line.number(), f[0] + " | " + id));
                for (int i = 1; i < f.length; i++) {
                    if (f[i].isEmpty()) continue;
                    String key = Fold.fold(f[i]);
                    lines.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                    first.putIfAbsent(key, new Resources.Line(line.source(), line.number(), f[i]));
                }
            }
        }
        List<Resources.Line> referents = new ArrayList<>();
        lines.forEach((key, ids) -> {
            Resources.Line l = first.get(key);
            referents.add(new Resources.Line(l.source(), l.number(), l.text() + " | " + String.join(",", ids)));
        });
        return new Referents(Lexicon.of(terms), Lexicon.of(referents), names);
    }

    /**
     * The spans ({start, end} in {@code text}) of the terms between {@code from} and {@code to}
     * whose referent one of {@code story} (the supporting words) gives.
     */
    List<int[]> supported(String text, int from, int to, List<Word> story) {
        List<Word> words = Words.of(text, from, to);
        List<Lexicon.Hit> hits = terms.find(words);
        if (hits.isEmpty()) return List.of();
        Set<String> given = new HashSet<>();
        for (Lexicon.Hit h : referents.find(story)) {
            if (!names || asWritten(h, story)) given.addAll(List.of(h.entry().category().split(",")));
        }
        List<int[]> out = new ArrayList<>();
        for (Lexicon.Hit h : hits) {
            if (given.contains(h.entry().category()) && (!names || asWritten(h, words))) out.add(new int[] {h.start(), h.end()});
        }
        return out;
    }

    /**
     * Whether every capitalised word of the entry is capitalised where it matched: "Le Robert"
     * (Martinique) is not a sentence's "Le robert", nor "Le Port" (La Réunion) "Le port de Brest".
     */
    private static boolean asWritten(Lexicon.Hit h, List<Word> words) {
        List<Word> phrase = Words.of(h.entry().phrase());
        if (phrase.size() != h.to() - h.from()) return !Character.isUpperCase(h.entry().phrase().charAt(0)) || words.get(h.from()).isCapitalized();
        for (int k = 0; k < phrase.size(); k++) {
            if (phrase.get(k).isCapitalized() && !words.get(h.from() + k).isCapitalized()) return false;
        }
        return true;
    }
}
