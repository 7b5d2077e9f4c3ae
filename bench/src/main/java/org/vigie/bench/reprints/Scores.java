package org.vigie.bench.reprints;

import java.util.HashMap;
import java.util.Map;

/** Pairwise clustering precision/recall/F1 and the adjusted Rand index (Hubert & Arabie 1985). */
record Scores(long goldPairs, long predPairs, long truePairs, double ari) {

    static Scores of(int[] gold, int[] pred) {
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> g = new HashMap<>(), p = new HashMap<>();
        for (int i = 0; i < gold.length; i++) {
            cells.merge(((long) gold[i] << 32) | (pred[i] & 0xffffffffL), 1, Integer::sum);
            g.merge(gold[i], 1, Integer::sum);
            p.merge(pred[i], 1, Integer::sum);
        }
        long tp = 0, gp = 0, pp = 0;
        for (int c : cells.values()) tp += pairs(c);
        for (int c : g.values()) gp += pairs(c);
        for (int c : p.values()) pp += pairs(c);
        double all = pairs(gold.length);
        double expected = (double) gp * pp / all;
        double max = (gp + pp) / 2.0;
        double ari = max == expected ? 1 : (tp - expected) / (max - expected);
        return new Scores(gp, pp, tp, ari);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    double precision() {
        return predPairs == 0 ? 1 : (double) truePairs / predPairs;
    }

    double recall() {
        return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
    }

    double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
