package org.vigie.bench.signals;

import org.vigie.bench.BenchFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigie.core.model.Article;
import org.vigie.nlp.signals.register.RegisterModel;
import org.vigie.nlp.signals.register.RegisterScorer;

/**
 * The register score on FreSaDa: per-feature AUC, and the combined logistic score whose
 * regularisation and feature set are chosen by 5-fold cross-validation inside the train split
 * only. The test split is scored once, at the end, with the model fitted on all of train; with
 * {@code --no-test} it is not scored at all (what to use while working on features).
 * {@code --fit-style-weights} writes the fitted model, with its wire-copy threshold, to the
 * resource file the register stage reads.
 */
final class RegisterFit {

    static final Path WEIGHTS = Path.of("vigie-nlp/src/main/resources/org/vigie/nlp/signals/register/register-weights.txt");
    private static final double[] L2 = {1e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1};
    private static final int FOLDS = 5;
    private static final int ITERATIONS = 800;
    /** Wire-copy percentile used as the emission threshold (as style-calibration.txt does). */
    private static final double WIRE_PERCENTILE = 99;
    private static final double STABLE_MARGIN = 0.02;
    /** Features whose prior direction is "more of it, more like a news report". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("precise-source", "date", "number",
            "acronym", "name", "quote-share", "sentence-length");

    private RegisterFit() {
    }

    static void run(Path fresada, Path orangesum, int wireN, boolean scoreTest, boolean write) throws IOException {
        System.out.println("\n== Register score on FreSaDa (" + fresada + ")");
        long t0 = System.nanoTime();
        List<FreSaDa.Doc> docs = FreSaDa.read(fresada, a -> RegisterScorer.profile(a).vector());
        System.out.printf(Locale.ROOT, "%d articles profiled in %.1f s%n", docs.size(), (System.nanoTime() - t0) / 1e9);
        List<FreSaDa.Doc> train = docs.stream().filter(FreSaDa.Doc::train).toList();
        List<FreSaDa.Doc> test = docs.stream().filter(d -> !d.train()).toList();
        System.out.printf(Locale.ROOT, "train %d articles (satire %d), test %d articles (satire %d)%n", train.size(),
                train.stream().filter(FreSaDa.Doc::satire).count(), test.size(), test.stream().filter(FreSaDa.Doc::satire).count());
        List<String> names = RegisterScorer.FEATURES;
        int d = names.size();
        boolean[] yTrain = labels(train);
        boolean[] yTest = labels(test);
        System.out.println("AUC of each feature alone (> 0.5: higher in satire; < 0.5: higher in regular news)");
        System.out.printf(Locale.ROOT, "  %-24s %8s %8s %10s %10s%n", "feature", "train", scoreTest ? "test" : "", "mean sat", "mean reg");
        int[] all = new int[d];
        for (int f = 0; f < d; f++) {
            all[f] = f;
            double[] col = column(train, f);
            System.out.printf(Locale.ROOT, "  %-24s %8.3f %8s %10.2f %10.2f%n", names.get(f), Stats.auc(col, yTrain),
                    scoreTest ? String.format(Locale.ROOT, "%.3f", Stats.auc(column(test, f), yTest)) : "",
                    mean(train, f, true), mean(train, f, false));
        }
        // Explainability prior: each feature has the direction a journalist expects (satire and
        // sensational cues push up; dates, figures, names, institutions, official sources, attributed
        // quotes and long sentences are the texture of reporting and push down). A feature whose train
        // direction contradicts its prior is left out, whatever it would add to the AUC: the score must
        // be explainable by its evidence. Satire vs OrangeSum wire copy is printed as a second view.
        List<double[]> wireX = wireFeatures(orangesum, wireN);
        List<FreSaDa.Doc> satireVsWire = new ArrayList<>(train.stream().filter(FreSaDa.Doc::satire).toList());
        for (double[] x : wireX) satireVsWire.add(new FreSaDa.Doc(true, false, x));
        boolean[] ySw = labels(satireVsWire);
        List<Integer> stable = new ArrayList<>();
        System.out.printf(Locale.ROOT, "  %-24s %6s %8s %14s%n", "feature", "prior", "train", "sat. vs wire");
        for (int f = 0; f < d; f++) {
            double a1 = Stats.auc(column(train, f), yTrain);
            double a2 = Stats.auc(column(satireVsWire, f), ySw);
            boolean up = !REPORTING.contains(names.get(f));
            boolean ok = Math.abs(a1 - 0.5) >= STABLE_MARGIN && (a1 > 0.5) == up;
            System.out.printf(Locale.ROOT, "  %-24s %6s %8.3f %14.3f  %s%n", names.get(f), up ? "+" : "-", a1, a2,
                    ok ? "kept" : "against its prior or flat on train: left out");
            if (ok) stable.add(f);
        }
        all = stable.stream().mapToInt(Integer::intValue).toArray();
        d = all.length;
        // regularisation by cross-validation inside train
        double bestL2 = L2[0];
        double bestCv = -1;
        for (double l2 : L2) {
            double cv = crossValidate(train, all, l2);
            System.out.printf(Locale.ROOT, "  train %d-fold CV AUC, all %d features, l2 %.0e: %.3f%n", FOLDS, d, l2, cv);
            if (cv > bestCv + 1e-4) {
                bestCv = cv;
                bestL2 = l2;
            }
        }
        // backward elimination by CV: drop a feature while the CV AUC does not fall by more than 0.002
        int[] kept = all;
        double keptCv = bestCv;
        boolean dropped = true;
        while (dropped && kept.length > 1) {
            dropped = false;
            int bestDrop = -1;
            double bestAfter = -1;
            for (int k = 0; k < kept.length; k++) {
                double cv = crossValidate(train, without(kept, k), bestL2);
                if (cv > bestAfter) {
                    bestAfter = cv;
                    bestDrop = k;
                }
            }
            if (bestAfter >= keptCv - 0.002) {
                System.out.printf(Locale.ROOT, "  drop %-22s train CV AUC %.3f -> %.3f%n", names.get(kept[bestDrop]), keptCv, bestAfter);
                kept = without(kept, bestDrop);
                keptCv = Math.max(keptCv, bestAfter);
                dropped = true;
            }
        }
        // explainable weights: a feature's weight must point the way the feature itself does (no
        // suppressor effects a reader could not follow); drop the most contrary one and refit
        Logistic lr;
        while (true) {
            lr = Logistic.fit(matrix(train, kept), yTrain, bestL2, ITERATIONS);
            double[] wk = lr.weights();
            int worst = -1;
            for (int k = 0; k < kept.length; k++) {
                boolean up = !REPORTING.contains(names.get(kept[k]));
                if ((wk[k] > 0) != up && (worst < 0 || Math.abs(wk[k]) > Math.abs(wk[worst]))) worst = k;
            }
            if (worst < 0) break;
            System.out.printf(Locale.ROOT, "  drop %-22s weight %+.3f against its prior direction%n", names.get(kept[worst]), wk[worst]);
            kept = without(kept, worst);
        }
        List<RegisterModel.Term> terms = new ArrayList<>();
        double[] w = lr.weights();
        double[] m = lr.means();
        double[] sd = lr.sds();
        for (int k = 0; k < kept.length; k++) terms.add(new RegisterModel.Term(names.get(kept[k]), w[k], m[k], sd[k]));
        RegisterModel model = new RegisterModel(lr.bias(), 1, terms);
        double finalCv = crossValidate(train, kept, bestL2);
        System.out.printf(Locale.ROOT, "combined register score: %d features, l2 %.0e, train %d-fold CV AUC %.3f, train (resubstitution) AUC %.3f%n",
                kept.length, bestL2, FOLDS, finalCv, Stats.auc(scores(lr, train, kept), yTrain));
        for (RegisterModel.Term t : terms) System.out.printf(Locale.ROOT, "    %-24s weight %+.3f%n", t.feature(), t.weight());
        if (scoreTest) {
            System.out.printf(Locale.ROOT, "combined register score, fitted on train only: TEST AUC %.3f on %d test articles%n",
                    Stats.auc(scores(lr, test, kept), yTest), test.size());
        }
        double[] wire = wireScores(wireX, model);
        double threshold = Stats.percentile(wire, WIRE_PERCENTILE);
        System.out.printf(Locale.ROOT, "wire copy (%d OrangeSum articles): register probability p50 %.3f p90 %.3f p99 %.3f -> threshold %.3f%n",
                wire.length, Stats.percentile(wire, 50), Stats.percentile(wire, 90), threshold, threshold);
        if (write) {
            model = model.withThreshold(threshold);
            List<String> header = List.of(
                    "Weights of the combined satire / sensational register score (RegisterModel), a logistic",
                    "regression over RegisterScorer features (log(1 + value), standardised with the means and sds below).",
                    String.format(Locale.ROOT, "Fitted on the FreSaDa train split only (%d articles; Ionescu & Chifu 2021, CC BY-NC-SA:", train.size()),
                    "only these numbers are shipped, no text) on " + LocalDate.now(ZoneOffset.UTC) + "; regularisation and features",
                    String.format(Locale.ROOT, "chosen by %d-fold cross-validation inside train (CV AUC %.3f, l2 %.0e), keeping only", FOLDS, finalCv, bestL2),
                    "features whose direction on train agrees with a journalist's prior (satire cues up; dates, figures,",
                    "names, official sources, attributed quotes, long sentences down), with weights in that direction.",
                    String.format(Locale.ROOT, "threshold = p%.0f of the probability on %d OrangeSum wire articles, so that about", WIRE_PERCENTILE, wire.length),
                    "one ordinary wire story in a hundred passes.",
                    "Regenerate with: bench/run org.vigie.bench.signals.SignalEval --fit-style-weights");
            Files.writeString(WEIGHTS, model.format(header), StandardCharsets.UTF_8);
            System.out.println("wrote " + WEIGHTS.toAbsolutePath().normalize());
        }
    }

    private static double[] wireScores(List<double[]> wire, RegisterModel model) {
        double[] out = new double[wire.size()];
        for (int i = 0; i < out.length; i++) {
            java.util.Map<String, Double> m = new java.util.HashMap<>();
            for (int f = 0; f < RegisterScorer.FEATURES.size(); f++) m.put(RegisterScorer.FEATURES.get(f), wire.get(i)[f]);
            out[i] = model.probability(new RegisterScorer.Profile(1, m, List.of()));
        }
        return out;
    }

    private static List<double[]> wireFeatures(Path orangesum, int limit) throws IOException {
        List<double[]> out = new ArrayList<>();
        for (Article a : BenchFiles.orangesumArticles(orangesum, limit)) out.add(RegisterScorer.profile(a).vector());
        return out;
    }

    /** Pooled out-of-fold AUC of the logistic regression on {@code features}, folds fixed by seed. */
    private static double crossValidate(List<FreSaDa.Doc> train, int[] features, double l2) {
        int n = train.size();
        int[] fold = new int[n];
        Integer[] perm = new Integer[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        java.util.Collections.shuffle(Arrays.asList(perm), new Random(42));
        for (int i = 0; i < n; i++) fold[perm[i]] = i % FOLDS;
        double[] s = new double[n];
        for (int f = 0; f < FOLDS; f++) {
            List<FreSaDa.Doc> fit = new ArrayList<>();
            for (int i = 0; i < n; i++) if (fold[i] != f) fit.add(train.get(i));
            Logistic lr = Logistic.fit(matrix(fit, features), labels(fit), l2, ITERATIONS);
            for (int i = 0; i < n; i++) if (fold[i] == f) s[i] = lr.score(row(train.get(i), features));
        }
        return Stats.auc(s, labels(train));
    }

    private static int[] without(int[] a, int k) {
        int[] out = new int[a.length - 1];
        for (int i = 0, j = 0; i < a.length; i++) if (i != k) out[j++] = a[i];
        return out;
    }

    private static double[] row(FreSaDa.Doc d, int[] features) {
        double[] r = new double[features.length];
        for (int k = 0; k < features.length; k++) r[k] = Math.log1p(d.x()[features[k]]);
        return r;
    }

    private static double[][] matrix(List<FreSaDa.Doc> docs, int[] features) {
        return docs.stream().map(d -> row(d, features)).toArray(double[][]::new);
    }

    private static double[] scores(Logistic m, List<FreSaDa.Doc> docs, int[] features) {
        return docs.stream().mapToDouble(d -> m.score(row(d, features))).toArray();
    }

    private static boolean[] labels(List<FreSaDa.Doc> docs) {
        boolean[] y = new boolean[docs.size()];
        for (int i = 0; i < y.length; i++) y[i] = docs.get(i).satire();
        return y;
    }

    private static double[] column(List<FreSaDa.Doc> docs, int f) {
        return docs.stream().mapToDouble(d -> d.x()[f]).toArray();
    }

    private static double mean(List<FreSaDa.Doc> docs, int f, boolean satire) {
        return docs.stream().filter(d -> d.satire() == satire).mapToDouble(d -> d.x()[f]).average().orElse(0);
    }
}
