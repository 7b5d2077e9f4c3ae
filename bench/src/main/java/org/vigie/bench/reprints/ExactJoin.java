package org.vigie.bench.reprints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.corpus.reprints.ShingleSets;

/**
 * Exact all-pairs Jaccard similarity join by prefix filtering (Chaudhuri et al. 2006; Bayardo et
 * al. "AllPairs" 2007): with shingles ordered rarest first, two sets of Jaccard ≥ t share at
 * least one shingle among their first |x| - ⌈t·|x|⌉ + 1, so indexing only those prefixes finds
 * every such pair, and each candidate is verified exactly. This is the ground truth the LSH
 * step is measured against; {@link #bruteForce} checks it on a subset.
 */
final class ExactJoin {

    private ExactJoin() {
    }

    /** All pairs (i < j) with exact Jaccard ≥ t, encoded as i * n + j, with their Jaccard. */
    static Map<Long, Double> join(List<int[]> sets, double t) {
        Map<Integer, Integer> freq = new HashMap<>();
        for (int[] s : sets) for (int x : s) freq.merge(x, 1, Integer::sum);
        int n = sets.size();
        long[][] ordered = new long[n][];
        for (int i = 0; i < n; i++) {
            int[] s = sets.get(i);
            long[] o = new long[s.length];
            // rarest first; ties by shingle value: one global total order
            for (int k = 0; k < s.length; k++) o[k] = ((long) freq.get(s[k]) << 32) | (s[k] & 0xffffffffL);
            Arrays.sort(o);
            ordered[i] = o;
        }
        Map<Long, List<Integer>> index = new HashMap<>();
        Map<Long, Double> out = new HashMap<>();
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        for (int i = 0; i < n; i++) {
            long[] o = ordered[i];
            int prefix = o.length - (int) Math.ceil(t * o.length) + 1;
            prefix = Math.min(prefix, o.length);
            for (int k = 0; k < prefix; k++) {
                List<Integer> post = index.get(o[k]);
                if (post == null) continue;
                for (int j : post) {
                    if (seen[j] == i) continue;
                    seen[j] = i;
                    double jac = ShingleSets.jaccard(sets.get(i), sets.get(j));
                    if (jac >= t) out.put((long) j * n + i, jac);
                }
            }
            for (int k = 0; k < prefix; k++) index.computeIfAbsent(o[k], x -> new ArrayList<>(2)).add(i);
        }
        return out;
    }

    /** The same, comparing every pair: the baseline LSH avoids. */
    static Map<Long, Double> bruteForce(List<int[]> sets, double t) {
        int n = sets.size();
        Map<Long, Double> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] a = sets.get(i);
            for (int j = i + 1; j < n; j++) {
                double jac = ShingleSets.jaccard(a, sets.get(j));
                if (jac >= t) out.put((long) i * n + j, jac);
            }
        }
        return out;
    }
}
