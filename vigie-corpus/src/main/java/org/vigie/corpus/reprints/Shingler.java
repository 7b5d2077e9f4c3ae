package org.vigie.corpus.reprints;

import java.util.Arrays;

/**
 * Word k-shingles hashed to 32 bits, as a sorted set without repeats ({@code int[]}).
 *
 * <p>32-bit shingle hashes: a 400-word article has ~400 shingles, so a chance collision between
 * two unrelated shingles of two articles (~400² / 2³² ≈ 4e-5) never moves a Jaccard estimate.
 * A text shorter than k words gives one shingle of all its words.
 */
public final class Shingler {

    private final int k;

    public Shingler(int k) {
        if (k < 1) throw new IllegalArgumentException("shingle size must be >= 1, got " + k);
        this.k = k;
    }

    public int k() {
        return k;
    }

    public int[] shingles(WordTokens words) {
        int[] out = sequence(words);
        Arrays.sort(out);
        return unique(out);
    }

    /** The shingles in text order: element i is the shingle of words i to i + k - 1. */
    public int[] sequence(WordTokens words) {
        int n = words.size();
        if (n == 0) return new int[0];
        long[] wh = new long[n];
        for (int i = 0; i < n; i++) wh[i] = hash(words.word(i));
        int count = Math.max(1, n - k + 1);
        int width = Math.min(k, n);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            long h = 0x2545F4914F6CDD1DL;
            for (int j = 0; j < width; j++) h = Hashing.mix64(h ^ wh[i + j]);
            out[i] = (int) (h >>> 32);
        }
        return out;
    }

    static long hash(String word) {
        long h = 0xcbf29ce484222325L; // FNV-1a, then a finaliser for avalanche
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return Hashing.mix64(h);
    }

    private static int[] unique(int[] sorted) {
        if (sorted.length == 0) return sorted;
        int w = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[w - 1]) sorted[w++] = sorted[i];
        }
        return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
    }
}
