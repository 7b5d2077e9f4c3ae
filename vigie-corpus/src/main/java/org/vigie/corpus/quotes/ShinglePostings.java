package org.vigie.corpus.quotes;

import java.util.Arrays;

/**
 * Word shingles to the quotations holding them, as one sorted array of longs: the shingle hash's
 * top {@value #KEY_BITS} bits above the quotation's number ({@value #ID_BITS} bits). Eight bytes per
 * (shingle, quotation) and no boxing: a map of boxed longs to arrays took about 100 bytes per entry,
 * hundreds of megabytes for the two million shingles of 100,000 quotations. Two shingles sharing a
 * key are merely candidates the word comparison then tells apart.
 */
final class ShinglePostings {

    static final int ID_BITS = 24;
    static final int KEY_BITS = 39; // the packed values stay positive, so a signed sort orders them
    private static final long ID_MASK = (1L << ID_BITS) - 1;
    static final int MAX_QUOTATIONS = 1 << ID_BITS;

    private final long[] packed;

    private ShinglePostings(long[] packed) {
        this.packed = packed;
    }

    /** The postings of {@code shingles[i]} for every i whose array is not null. */
    static ShinglePostings of(long[][] shingles) {
        if (shingles.length > MAX_QUOTATIONS) {
            throw new IllegalArgumentException("at most " + MAX_QUOTATIONS + " quotations: " + shingles.length);
        }
        int total = 0;
        for (long[] s : shingles) if (s != null) total += s.length;
        long[] packed = new long[total];
        int k = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (shingles[i] == null) continue;
            for (long h : shingles[i]) packed[k++] = key(h) << ID_BITS | i;
        }
        Arrays.sort(packed);
        return new ShinglePostings(packed);
    }

    static long key(long shingle) {
        return shingle >>> (64 - KEY_BITS);
    }

    /** The first position of {@code shingle}'s postings. */
    int from(long shingle) {
        return lowerBound(key(shingle) << ID_BITS);
    }

    /** The position after {@code shingle}'s postings. */
    int to(long shingle) {
        return lowerBound((key(shingle) + 1) << ID_BITS);
    }

    /** The quotation at position {@code k}. */
    int quotation(int k) {
        return (int) (packed[k] & ID_MASK);
    }

    private int lowerBound(long v) {
        int lo = 0;
        int hi = packed.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (packed[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
