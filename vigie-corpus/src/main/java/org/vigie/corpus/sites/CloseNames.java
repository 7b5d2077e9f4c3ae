package org.vigie.corpus.sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stored site names closest to one that is not stored, for the error that names them: those
 * containing it or contained in it ("sputnik" → {@code fr.sputniknews.com}), then those within a
 * few edits ("lemonde.com" → {@code lemonde.fr}).
 */
final class CloseNames {

    private CloseNames() {
    }

    static List<String> of(String asked, List<String> names, int max) {
        record Scored(String name, int score) {
        }
        List<Scored> out = new ArrayList<>();
        int allowed = Math.max(2, asked.length() / 3);
        for (String n : names) {
            if (asked.length() >= 3 && (n.contains(asked) || asked.contains(n) && n.length() >= 3)) {
                out.add(new Scored(n, 0));
                continue;
            }
            int d = distance(asked, n, allowed);
            if (d <= allowed) out.add(new Scored(n, d));
        }
        out.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        return out.stream().limit(max).map(Scored::name).toList();
    }

    /** Levenshtein distance, or {@code bound + 1} as soon as it must exceed {@code bound}. */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) return bound + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > bound) return bound + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
