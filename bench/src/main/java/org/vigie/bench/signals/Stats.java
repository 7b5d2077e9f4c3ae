package org.vigie.bench.signals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank statistics for the evaluations: ROC AUC, Spearman's rho, percentiles. */
final class Stats {

    private Stats() {
    }

    /** Area under the ROC curve (Mann–Whitney U with average ranks for ties). */
    static double auc(double[] scores, boolean[] positive) {
        double[] r = ranks(scores);
        double sumPos = 0;
        long nPos = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positive[i]) {
                sumPos += r[i];
                nPos++;
            }
        }
        long nNeg = scores.length - nPos;
        if (nPos == 0 || nNeg == 0) return Double.NaN;
        return (sumPos - nPos * (nPos + 1) / 2.0) / ((double) nPos * nNeg);
    }

    /** Spearman's rank correlation (Pearson on average ranks). */
    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** 1-based average ranks. */
    static double[] ranks(double[] v) {
        Integer[] idx = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && v[idx[j + 1]] == v[idx[i]]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) r[idx[k]] = avg;
            i = j + 1;
        }
        return r;
    }

    static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        if (s.length == 0) return Double.NaN;
        int k = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, k))];
    }
}
