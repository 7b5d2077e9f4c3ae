package org.vigie.bench.signals;

/**
 * A small L2-regularised logistic regression over standardised features, fitted by batch
 * gradient descent: the "simple combined score", trained on FreSaDa's train split only.
 */
final class Logistic {

    private final double[] mean;
    private final double[] sd;
    private final double[] w;
    private double b;

    private Logistic(int d) {
        mean = new double[d];
        sd = new double[d];
        w = new double[d];
    }

    static Logistic fit(double[][] x, boolean[] y, double l2, int iterations) {
        return fit(x, y, l2, iterations, null);
    }

    /**
     * As {@link #fit(double[][], boolean[], double, int)}, with each weight kept on the side of its
     * prior sign ({@code signs[j]} = +1 or -1; projected gradient descent: a weight that would cross
     * zero stays at zero; {@code signs[j]} = 0 keeps weight j at zero). {@code signs} null: unconstrained.
     */
    static Logistic fit(double[][] x, boolean[] y, double l2, int iterations, int[] signs) {
        return fit(x, y, null, l2, iterations, signs);
    }

    /** As above, each row's loss weighted by {@code weights[i]} (null: all 1; weights should average 1). */
    static Logistic fit(double[][] x, boolean[] y, double[] weights, double l2, int iterations, int[] signs) {
        int n = x.length;
        int d = x[0].length;
        Logistic m = new Logistic(d);
        for (int j = 0; j < d; j++) {
            double s = 0, ss = 0;
            for (double[] r : x) {
                s += r[j];
                ss += r[j] * r[j];
            }
            m.mean[j] = s / n;
            m.sd[j] = Math.sqrt(Math.max(1e-12, ss / n - m.mean[j] * m.mean[j]));
        }
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) z[i] = m.standardise(x[i]);
        double lr = 0.5;
        for (int it = 0; it < iterations; it++) {
            double[] g = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double err = (m.sigmoid(z[i]) - (y[i] ? 1 : 0)) * (weights == null ? 1 : weights[i]);
                for (int j = 0; j < d; j++) g[j] += err * z[i][j];
                gb += err;
            }
            for (int j = 0; j < d; j++) {
                m.w[j] -= lr * (g[j] / n + l2 * m.w[j]);
                if (signs != null && (signs[j] == 0 || m.w[j] * signs[j] < 0)) m.w[j] = 0;
            }
            m.b -= lr * gb / n;
        }
        return m;
    }

    /** A model with given weights on features standardised by {@code mean} and {@code sd}. */
    static Logistic of(double[] mean, double[] sd, double[] w, double b) {
        Logistic m = new Logistic(w.length);
        System.arraycopy(mean, 0, m.mean, 0, w.length);
        System.arraycopy(sd, 0, m.sd, 0, w.length);
        System.arraycopy(w, 0, m.w, 0, w.length);
        m.b = b;
        return m;
    }

    double score(double[] x) {
        return sigmoid(standardise(x));
    }

    double[] weights() {
        return w.clone();
    }

    /** Means and standard deviations the features were standardised with (training data's). */
    double[] means() {
        return mean.clone();
    }

    double[] sds() {
        return sd.clone();
    }

    double bias() {
        return b;
    }

    private double[] standardise(double[] x) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) z[j] = (x[j] - mean[j]) / sd[j];
        return z;
    }

    private double sigmoid(double[] z) {
        double s = b;
        for (int j = 0; j < z.length; j++) s += w[j] * z[j];
        return 1 / (1 + Math.exp(-s));
    }
}
