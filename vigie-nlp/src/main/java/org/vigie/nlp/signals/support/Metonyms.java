package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.nlp.signals.Fold;
import org.vigie.nlp.signals.Lexicon;
import org.vigie.nlp.signals.Resources;
import org.vigie.nlp.signals.Words;
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

    private static final Lexicon METONYMS;
    private static final Lexicon REFERENTS;

    static {
        List<Resources.Line> metonyms = new ArrayList<>();
        // a referent may stand behind several metonyms ("Premier ministre"): one entry, the lines' numbers as its category
        Map<String, List<String>> lines = new LinkedHashMap<>();
        Map<String, Resources.Line> first = new HashMap<>();
        for (Resources.Line line : Resources.lines("support/metonyms.txt")) {
            String[] f = line.fields();
            if (f.length < 2) throw line.error("expected: metonym | referent | ...");
            metonyms.add(new Resources.Line(line.source(), line.number(), f[0] + " | " + line.number()));
            for (int i = 1; i < f.length; i++) {
                if (f[i].isEmpty()) continue;
                String key = Fold.fold(f[i]);
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(Integer.toString(line.number()));
                first.putIfAbsent(key, new Resources.Line(line.source(), line.number(), f[i]));
            }
        }
        List<Resources.Line> referents = new ArrayList<>();
        lines.forEach((key, numbers) -> {
            Resources.Line l = first.get(key);
            referents.add(new Resources.Line(l.source(), l.number(), l.text() + " | " + String.join(",", numbers)));
        });
        METONYMS = Lexicon.of(metonyms);
        REFERENTS = Lexicon.of(referents);
    }

    /**
     * The spans ({start, end} in {@code text}) of the metonyms between {@code from} and {@code to}
     * whose referent one of {@code story} (the supporting words) gives.
     */
    static List<int[]> supported(String text, int from, int to, List<Word> story) {
        List<Lexicon.Hit> hits = METONYMS.find(Words.of(text, from, to));
        if (hits.isEmpty()) return List.of();
        Set<String> given = new HashSet<>();
        for (Lexicon.Hit h : REFERENTS.find(story)) given.addAll(List.of(h.entry().category().split(",")));
        List<int[]> out = new ArrayList<>();
        for (Lexicon.Hit h : hits) {
            if (given.contains(h.entry().category())) out.add(new int[] {h.start(), h.end()});
        }
        return out;
    }
}
