package org.vigie.corpus.reprints;

import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets: for each of {@code n} hash functions, the least hash of
 * any shingle. Two signatures agree at a position with probability equal to the sets' Jaccard.
 *
 * <p>Hash functions are multiply-shift over a mixed 64-bit key, h_i(x) = (a_i·x + b_i) >>> 32,
 * with (a_i, b_i) drawn from a fixed seed so that signatures are reproducible across runs and
 * machines (they are persisted). Cost is n multiply-adds per shingle.
 */
public final class MinHasher {

    /** Seed of the hash family; changing it invalidates persisted signatures. */
    public static final long DEFAULT_SEED = 0x5EED_716E_2026L;

    private final long[] a;
    private final long[] b;

    public MinHasher(int n, long seed) {
        if (n < 1) throw new IllegalArgumentException("number of hashes must be >= 1, got " + n);
        SplittableRandom r = new SplittableRandom(seed);
        a = new long[n];
        b = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextLong() | 1L; // odd multiplier
            b[i] = r.nextLong();
        }
    }

    public MinHasher(int n) {
        this(n, DEFAULT_SEED);
    }

    public int size() {
        return a.length;
    }

    /** The signature of a shingle set; all-max for an empty set (it then collides with nothing useful). */
    public int[] signature(int[] shingles) {
        int n = a.length;
        long[] min = new long[n];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int s : shingles) {
            long x = Hashing.mix64(s);
            for (int i = 0; i < n; i++) {
                long v = (a[i] * x + b[i]) >>> 32;
                if (v < min[i]) min[i] = v;
            }
        }
        int[] sig = new int[n];
        for (int i = 0; i < n; i++) sig[i] = (int) min[i];
        return sig;
    }

    /** Fraction of positions where two signatures agree: an unbiased estimate of Jaccard. */
    public static double estimate(int[] s1, int[] s2) {
        int same = 0;
        for (int i = 0; i < s1.length; i++) if (s1[i] == s2[i]) same++;
        return (double) same / s1.length;
    }
}
