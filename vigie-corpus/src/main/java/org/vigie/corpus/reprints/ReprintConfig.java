package org.vigie.corpus.reprints;

/**
 * Parameters of reprint detection. The defaults come from the measured curves printed by
 * {@code org.vigie.bench.reprints.LshRecallBench} and {@code ReprintEval} (see the report in
 * package-info).
 *
 * @param shingleSize    words per shingle (k)
 * @param bands          LSH bands (b)
 * @param rows           MinHash values per band (r); the signature has b × r values
 * @param seed           seed of the MinHash family (persisted signatures depend on it)
 * @param minJaccard     a candidate pair is a reprint when its exact shingle Jaccard reaches this...
 * @param minContainment ...or when this share of the smaller text's shingles is in the larger one
 *                       (a copy that drops paragraphs or appends comments keeps a high containment)
 * @param minShingles    the containment rule applies only when the smaller text has this many
 *                       shingles, so that a two-line brief is not "contained" by chance
 */
public record ReprintConfig(int shingleSize, int bands, int rows, long seed,
                            double minJaccard, double minContainment, int minShingles) {

    public static final ReprintConfig DEFAULT = new ReprintConfig(5, 42, 3, MinHasher.DEFAULT_SEED, 0.5, 0.8, 40);

    public ReprintConfig {
        if (shingleSize < 1 || bands < 1 || rows < 1) throw new IllegalArgumentException("k, bands, rows must be >= 1");
        if (minJaccard <= 0 || minJaccard > 1 || minContainment <= 0 || minContainment > 1) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
    }

    public int signatureSize() {
        return bands * rows;
    }

    public ReprintConfig withBanding(int newBands, int newRows) {
        return new ReprintConfig(shingleSize, newBands, newRows, seed, minJaccard, minContainment, minShingles);
    }

    public ReprintConfig withThresholds(double jaccard, double containment) {
        return new ReprintConfig(shingleSize, bands, rows, seed, jaccard, containment, minShingles);
    }

    /** The verification rule applied to an LSH candidate pair. */
    public boolean accepts(int[] a, int[] b) {
        int inter = ShingleSets.intersection(a, b);
        int union = a.length + b.length - inter;
        if (union == 0) return false;
        if ((double) inter / union >= minJaccard) return true;
        int min = Math.min(a.length, b.length);
        return min >= minShingles && (double) inter / min >= minContainment;
    }
}
