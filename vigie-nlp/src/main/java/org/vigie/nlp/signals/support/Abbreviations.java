package org.vigie.nlp.signals.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.nlp.signals.Resources;
import org.vigie.nlp.signals.Words;
import org.vigie.nlp.signals.Words.Word;

/**
 * English news abbreviations that no initials spell ("OKC" for Oklahoma City, "OT" for overtime,
 * "PH" for the Philippines), from {@code support/en-abbreviations.txt}: a headline's abbreviation
 * is supported when the body writes one of its expansions. Read on English articles only: French
 * copy has its own acronyms in {@code name-variants.txt}.
 */
final class Abbreviations {

    /** Abbreviation (as written) -> its expansions, each as the folded keys of its words. */
    private static final Map<String, List<List<String>>> EXPANSIONS = load();

    private Abbreviations() {
    }

    /** Whether {@code abbreviation} is listed and one of its expansions is a run of {@code body} words. */
    static boolean expandedInBody(String abbreviation, List<Word> body) {
        List<List<String>> expansions = EXPANSIONS.get(abbreviation);
        if (expansions == null) return false;
        for (List<String> e : expansions) {
            for (int i = 0; i + e.size() <= body.size(); i++) {
                int k = 0;
                while (k < e.size() && body.get(i + k).key().equals(e.get(k))) k++;
                if (k == e.size()) return true;
            }
        }
        return false;
    }

    private static Map<String, List<List<String>>> load() {
        Map<String, List<List<String>>> out = new HashMap<>();
        for (Resources.Line line : Resources.lines("support/en-abbreviations.txt")) {
            String[] f = line.fields();
            if (f.length < 2 || f[0].isEmpty() || !f[0].equals(f[0].toUpperCase(java.util.Locale.ROOT))) {
                throw line.error("expected 'ABBREVIATION | expansion [| expansion ...]'");
            }
            List<List<String>> expansions = new ArrayList<>();
            for (int i = 1; i < f.length; i++) {
                List<String> keys = Words.of(f[i]).stream().map(Word::key).toList();
                if (keys.isEmpty()) throw line.error("empty expansion");
                expansions.add(keys);
            }
            if (out.put(f[0], expansions) != null) throw line.error("abbreviation listed twice");
        }
        return out;
    }
}
