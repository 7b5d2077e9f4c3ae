package org.vigie.bench.reprints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.Fingerprinter;
import org.vigie.corpus.reprints.LshIndex;
import org.vigie.corpus.reprints.MinHasher;
import org.vigie.corpus.reprints.ReprintConfig;
import org.vigie.corpus.reprints.Shingler;
import org.vigie.corpus.reprints.WordTokens;

/**
 * Recall of the LSH step against exact all-pairs Jaccard on real articles, with times, and the
 * precision/recall curve over banding choices that the defaults of {@link ReprintConfig} come from.
 *
 * <p>Run from the repository root (the data path defaults to {@code ../shared/...}, then
 * {@code ../../shared/...} for a worktree):
 * <pre>
 * bench/run-java.sh org.vigie.bench.reprints.LshRecallBench \
 *     [--data ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--limit N] [--threshold 0.8] [--subset 2000]
 * </pre>
 * Prints: LSH recall against the exact join at the threshold, times (thread CPU and wall), the
 * brute-force all-pairs time on the first {@code --subset} articles and its quadratic
 * extrapolation, and the per-Jaccard curve of several banding choices.
 */
public final class LshRecallBench {

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        int limit = Integer.MAX_VALUE;
        double threshold = 0.8;
        int subset = 2000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--subset" -> subset = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (expected --data, --limit, --threshold, --subset)");
            }
        }
        if (!data.toFile().exists() && data.startsWith("..")) data = Path.of("..").resolve(data); // run from bench/
        ReprintConfig config = ReprintConfig.DEFAULT;
        List<OrangeSumArticles.Doc> docs = OrangeSumArticles.load(data, limit);
        System.out.printf(Locale.ROOT, "loaded %d articles from %s%n", docs.size(), data);

        Fingerprinter fp = new Fingerprinter(config);
        Clock c = Clock.start();
        List<int[]> shingles = new ArrayList<>(docs.size());
        for (OrangeSumArticles.Doc d : docs) shingles.add(fp.shingles(d.article()));
        double shingleSecs = c.cpuSecs();
        System.out.printf(Locale.ROOT, "shingling (k=%d): %s%n", config.shingleSize(), c.show());
        c = Clock.start();
        List<int[]> sigs = new ArrayList<>(docs.size());
        for (int[] s : shingles) sigs.add(fp.signature(s));
        double sigSecs = c.cpuSecs();
        System.out.printf(Locale.ROOT, "MinHash (%d values): %s; %.0f articles/s per core for both%n",
                config.signatureSize(), c.show(), docs.size() / (shingleSecs + sigSecs));

        // Ground truth: exact join at the target threshold, and at 0.3 for the per-Jaccard curve.
        c = Clock.start();
        Map<Long, Double> truth = ExactJoin.join(shingles, threshold);
        String exactTime = c.show();
        c = Clock.start();
        Map<Long, Double> wide = ExactJoin.join(shingles, 0.3);
        System.out.printf(Locale.ROOT, "exact prefix-filter join: %d pairs with J >= %.2f (%s); %d pairs with J >= 0.3 (%s)%n",
                truth.size(), threshold, exactTime, wide.size(), c.show());

        // The chosen configuration, timed as used: query then insert, one article at a time.
        int n = docs.size();
        c = Clock.start();
        Set<Long> cand = candidates(sigs, config.bands(), config.rows(), n);
        double lshSecs = c.cpuSecs();
        c = Clock.start();
        int verified = 0;
        for (long p : cand) {
            if (config.accepts(shingles.get((int) (p / n)), shingles.get((int) (p % n)))) verified++;
        }
        double verifySecs = c.cpuSecs();
        int hit = 0;
        for (long p : truth.keySet()) if (cand.contains(p)) hit++;
        double recall = truth.isEmpty() ? 1 : (double) hit / truth.size();
        System.out.printf(Locale.ROOT, "%nLSH b=%d r=%d on %d articles: %d candidate pairs in %.2f s CPU; verified, %d accepted, in %.2f s CPU%n",
                config.bands(), config.rows(), n, cand.size(), lshSecs, verified, verifySecs);
        System.out.printf(Locale.ROOT, "LSH recall vs exact J >= %.2f: %d / %d = %.4f%n", threshold, hit, truth.size(), recall);
        double pipeline = shingleSecs + sigSecs + lshSecs + verifySecs;
        System.out.printf(Locale.ROOT, "LSH pipeline total (shingle + MinHash + LSH + verify): %.2f s CPU%n", pipeline);

        // Exact all-pairs baseline on a subset, extrapolated quadratically.
        int m = Math.min(subset, n);
        c = Clock.start();
        Map<Long, Double> brute = ExactJoin.bruteForce(shingles.subList(0, m), threshold);
        double bruteSecs = c.cpuSecs();
        double pairsSub = (double) m * (m - 1) / 2, pairsAll = (double) n * (n - 1) / 2;
        double extrapolated = bruteSecs * pairsAll / pairsSub;
        Map<Long, Double> joinSub = ExactJoin.join(shingles.subList(0, m), threshold);
        System.out.printf(Locale.ROOT, "%nexact all-pairs baseline on %d articles: %.0f pairs in %.2f s CPU (%.2f M pairs/s), %d pairs >= %.2f"
                        + " (prefix join agrees: %s)%n", m, pairsSub, bruteSecs, pairsSub / bruteSecs / 1e6, brute.size(),
                threshold, brute.keySet().equals(joinSub.keySet()));
        System.out.printf(Locale.ROOT, "extrapolated all-pairs on %d articles: %.0f s CPU; LSH pipeline %.2f s CPU; ratio %.0fx%n",
                n, extrapolated, pipeline, extrapolated / pipeline);

        // The curve the parameters are chosen from.
        double[] edges = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
        int[][] configs = {{16, 8}, {20, 6}, {25, 5}, {32, 4}, {42, 3}, {64, 2}, {16, 4}, {24, 4}, {48, 4}, {20, 5}};
        System.out.printf(Locale.ROOT, "%nMeasured share of pairs found by LSH per exact-Jaccard bucket (pairs per bucket:");
        int[] bucketCount = new int[edges.length - 1];
        for (double j : wide.values()) bucketCount[bucket(edges, j)]++;
        for (int b = 0; b < bucketCount.length; b++) System.out.printf(Locale.ROOT, " [%.1f,%.1f) %d", edges[b], Math.min(1, edges[b + 1]), bucketCount[b]);
        System.out.printf(Locale.ROOT, ")%n%-8s %6s %10s %8s %8s", "b x r", "t*", "candidates", "P@J>=.5", "CPU s");
        for (int b = 0; b < bucketCount.length; b++) System.out.printf(Locale.ROOT, "  %.1f-%.1f", edges[b], Math.min(1, edges[b + 1]));
        System.out.println();
        MinHasher big = new MinHasher(128, config.seed());
        List<int[]> bigSigs = new ArrayList<>();
        for (int[] s : shingles) bigSigs.add(big.signature(s));
        for (int[] cfg : configs) {
            int b = cfg[0], r = cfg[1];
            List<int[]> use = b * r <= 128 ? bigSigs : null;
            if (use == null) {
                MinHasher h = new MinHasher(b * r, config.seed());
                use = new ArrayList<>();
                for (int[] s : shingles) use.add(h.signature(s));
            }
            c = Clock.start();
            Set<Long> cs = candidates(use, b, r, n);
            double s = c.cpuSecs();
            int[] found = new int[bucketCount.length];
            int good = 0;
            for (Map.Entry<Long, Double> e : wide.entrySet()) {
                if (cs.contains(e.getKey())) {
                    found[bucket(edges, e.getValue())]++;
                    if (e.getValue() >= 0.5) good++;
                }
            }
            System.out.printf(Locale.ROOT, "%-8s %6.3f %10d %8.3f %8.2f", b + "x" + r, LshIndex.threshold(b, r), cs.size(),
                    cs.isEmpty() ? 0 : (double) good / cs.size(), s);
            for (int k = 0; k < found.length; k++) {
                System.out.printf(Locale.ROOT, "  %7s", bucketCount[k] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) found[k] / bucketCount[k]));
            }
            System.out.printf(Locale.ROOT, "   theory@.5/.6/.8: %.3f %.3f %.3f%n", LshIndex.collisionProbability(0.5, b, r),
                    LshIndex.collisionProbability(0.6, b, r), LshIndex.collisionProbability(0.8, b, r));
        }
    }

    /** Candidate pairs (i < j, encoded i * n + j) by querying each signature before adding it. */
    static Set<Long> candidates(List<int[]> sigs, int bands, int rows, int n) {
        LshIndex index = new LshIndex(bands, rows);
        Set<Long> out = new HashSet<>();
        for (int j = 0; j < sigs.size(); j++) {
            for (int i : index.candidates(sigs.get(j))) out.add((long) i * n + j);
            index.add(j, sigs.get(j));
        }
        return out;
    }

    private static int bucket(double[] edges, double j) {
        for (int b = edges.length - 2; b >= 0; b--) if (j >= edges[b]) return b;
        return 0;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
