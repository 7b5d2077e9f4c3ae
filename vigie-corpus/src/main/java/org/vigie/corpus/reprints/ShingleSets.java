package org.vigie.corpus.reprints;

/** Exact set measures over sorted, duplicate-free {@code int[]} shingle sets. */
public final class ShingleSets {

    private ShingleSets() {
    }

    public static int intersection(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i], y = b[j];
            if (x == y) {
                n++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
    public static double jaccard(int[] a, int[] b) {
        int inter = intersection(a, b);
        int union = a.length + b.length - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** |A ∩ B| / min(|A|, |B|): how much of the smaller text the larger one contains. */
    public static double containment(int[] a, int[] b) {
        int min = Math.min(a.length, b.length);
        return min == 0 ? 0 : (double) intersection(a, b) / min;
    }
}
