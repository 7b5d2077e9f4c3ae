package org.vigie.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text-overlap measures used by the extraction evaluations. */
final class TextScores {

    /** Python's {@code \w+} with Unicode semantics, as the Scrapinghub benchmark tokenises. */
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextScores() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * Scrapinghub article-extraction-benchmark's {@code string_shingle_matching}: counts of 4-token
     * shingles, TP/FP/FN normalised by their sum so that every page weighs the same.
     */
    static double[] shingleTpFpFn(String truth, String pred) {
        Map<List<String>, Integer> t = shingles(truth, 4);
        Map<List<String>, Integer> p = shingles(pred, 4);
        double tp = 0, fp = 0, fn = 0;
        java.util.Set<List<String>> keys = new java.util.HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0), pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    private static Map<List<String>, Integer> shingles(String text, int n) {
        List<String> tok = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tok.size() - n + 1); i++) {
            List<String> sh = tok.subList(i, Math.min(tok.size(), i + n));
            if (!sh.isEmpty()) out.merge(List.copyOf(sh), 1, Integer::sum);
        }
        return out;
    }

    /** The benchmark's per-page precision (mean over pages with tp+fp > 0). */
    static Double precision(double[] c) {
        if (c[1] == 0 && c[2] == 0) return 1.0;
        if (c[0] == 0 && c[1] == 0) return null;
        return c[0] / (c[0] + c[1]);
    }

    static Double recall(double[] c) {
        if (c[1] == 0 && c[2] == 0) return 1.0;
        if (c[0] == 0 && c[2] == 0) return null;
        return c[0] / (c[0] + c[2]);
    }

    /** Bag-of-words (lower-cased tokens) precision, recall, F1 of {@code pred} against {@code truth}. */
    static double[] tokenPrf(String truth, String pred) {
        Map<String, Integer> t = bag(truth), p = bag(pred);
        int tp = 0, nt = 0, np = 0;
        for (int v : t.values()) nt += v;
        for (int v : p.values()) np += v;
        for (Map.Entry<String, Integer> e : p.entrySet()) tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        if (nt == 0 && np == 0) return new double[] {1, 1, 1};
        double pr = np == 0 ? 0 : (double) tp / np, rc = nt == 0 ? 0 : (double) tp / nt;
        double f = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
        return new double[] {pr, rc, f};
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String t : tokens(text)) out.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
        return out;
    }

    /** Whitespace-insensitive form for snippet search (NBSP and line breaks as plain spaces). */
    static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only, lower case: for title and byline agreement. */
    static String key(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
