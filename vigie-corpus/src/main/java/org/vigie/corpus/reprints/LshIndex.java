package org.vigie.corpus.reprints;

import java.util.Arrays;

/**
 * Locality-sensitive hashing of MinHash signatures by banding: the signature is cut into
 * {@code bands} bands of {@code rows} values; two documents are candidates when they agree on
 * every value of at least one band, which happens with probability 1 - (1 - J^rows)^bands for
 * Jaccard J (see {@link #collisionProbability}).
 *
 * <p>Documents are dense ints 0, 1, 2, ... added in order. Buckets are chains threaded through
 * one {@code int[]} (entry = doc × bands + band) from an open-addressing table of band keys, so
 * the index costs ~(bands × 4 + table) bytes per document and no object per entry.
 * Not thread-safe: the owner serialises writes.
 */
public final class LshIndex {

    private final int bands;
    private final int rows;
    private long[] keys = new long[1024];
    private int[] heads = new int[1024]; // entry + 1 of the chain head; 0 = empty slot
    private int used;
    private int[] next = new int[1024];  // next entry in the same bucket, -1 at the end
    private int docs;

    public LshIndex(int bands, int rows) {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be >= 1");
        this.bands = bands;
        this.rows = rows;
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    public int size() {
        return docs;
    }

    /** Probability that two sets of Jaccard {@code j} share at least one band. */
    public static double collisionProbability(double j, int bands, int rows) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }

    /** The Jaccard where the S-curve is steepest, ~(1/bands)^(1/rows). */
    public static double threshold(int bands, int rows) {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** Indexes document {@code doc}, which must be the next one ({@link #size()}). */
    public void add(int doc, int[] signature) {
        if (doc != docs) throw new IllegalArgumentException("documents must be added in order: expected " + docs + ", got " + doc);
        check(signature);
        int need = (docs + 1) * bands;
        if (need > next.length) next = Arrays.copyOf(next, Math.max(need, next.length * 2));
        for (int band = 0; band < bands; band++) {
            if ((used + 1) * 2 > keys.length) rehash();
            long key = bandKey(signature, band);
            int slot = slot(key);
            int entry = doc * bands + band;
            if (heads[slot] == 0) {
                keys[slot] = key;
                next[entry] = -1;
                used++;
            } else {
                next[entry] = heads[slot] - 1;
            }
            heads[slot] = entry + 1;
        }
        docs++;
    }

    /** Documents sharing at least one band with {@code signature}: sorted, without repeats. */
    public int[] candidates(int[] signature) {
        check(signature);
        int[] out = new int[16];
        int n = 0;
        for (int band = 0; band < bands; band++) {
            long key = bandKey(signature, band);
            int slot = slot(key);
            if (heads[slot] == 0) continue;
            for (int e = heads[slot] - 1; e >= 0; e = next[e]) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = e / bands;
            }
        }
        Arrays.sort(out, 0, n);
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (w == 0 || out[i] != out[w - 1]) out[w++] = out[i];
        }
        return Arrays.copyOf(out, w);
    }

    private void check(int[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, bands × rows needs "
                    + bands * rows);
        }
    }

    private long bandKey(int[] sig, int band) {
        long h = Hashing.mix64(band + 0x9E3779B97F4A7C15L);
        int from = band * rows;
        for (int i = from; i < from + rows; i++) h = Hashing.mix64(h ^ (sig[i] & 0xffffffffL));
        return h;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) Hashing.mix64(key) & mask;
        while (heads[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] == 0) continue;
            int s = slot(oldKeys[i]);
            keys[s] = oldKeys[i];
            heads[s] = oldHeads[i];
        }
    }
}
