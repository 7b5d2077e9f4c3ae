package org.vigie.bench.signals;

import org.vigie.bench.BenchFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.signals.SignalStages;
import org.vigie.nlp.signals.labels.LoadedLabelStage;
import org.vigie.nlp.signals.orthography.Issue;
import org.vigie.nlp.signals.orthography.LanguageToolChecker;
import org.vigie.nlp.signals.style.StyleScorer;

/**
 * Evaluation of the signal stages on public labelled French data (read in place from
 * {@code ../shared/corpora}, never copied):
 * <ul>
 *   <li>FreSaDa (satire vs regular news, given train/test split): ROC AUC on the test split of each
 *   style/label score and of two combined scores — an untrained sum of standardised scores and a
 *   logistic regression fitted on the train split only;</li>
 *   <li>OBSINFOX (100 titles, 8 annotators): Spearman correlation of title-level scores with the
 *   share of annotators choosing "Subjective", "Exaggeration", "Offbeat Title", next to the
 *   annotators' mean pairwise agreement;</li>
 *   <li>OrangeSum (wire copy): throughput of all signal stages, how often each signal fires on
 *   ordinary wire copy, and the style-rate percentiles used to calibrate thresholds;</li>
 *   <li>the register score ({@link RegisterFit}): per-feature AUC, train cross-validated and
 *   leave-regular-source-out AUC of three combining methods (the choice uses train and wire copy only),
 *   then the test AUC of each; {@code --fit-style-weights} rewrites the bundled weights with the chosen
 *   method. Run it alone with {@code --skip-fresada --skip-obsinfox --skip-orangesum} (about 3 minutes).</li>
 * </ul>
 * Usage: {@code SignalEval [--shared DIR] [--orangesum N] [--skip-fresada] [--skip-obsinfox] [--skip-orangesum]
 * [--skip-register] [--no-test] [--fit-style-weights]}; {@code --no-test} keeps FreSaDa's test split unscored
 * (for feature work).
 */
public final class SignalEval {

    private static final String[] CATEGORIES = {"evaluative", "intensifier", "opinion", "exclamation", "question",
            "capitals", "approximation", "generality", "quantifier", "degree", "hedge", "attribution"};

    public static void main(String[] args) throws IOException {
        Path shared = null;
        int orangeN = 2000;
        boolean skipOrange = false;
        boolean skipFresada = false;
        int examples = 0;
        boolean skipObsinfox = false;
        boolean skipRegister = false;
        boolean noTest = false;
        boolean fitWeights = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--orangesum" -> orangeN = Integer.parseInt(args[++i]);
                case "--skip-orangesum" -> skipOrange = true;
                case "--skip-fresada" -> skipFresada = true;
                case "--examples" -> examples = Integer.parseInt(args[++i]);
                case "--skip-obsinfox" -> skipObsinfox = true;
                case "--skip-register" -> skipRegister = true;
                case "--no-test" -> noTest = true;
                case "--fit-style-weights" -> fitWeights = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --shared DIR, --orangesum N, --skip-fresada, --skip-obsinfox, --skip-orangesum,"
                        + " --skip-register, --no-test, --fit-style-weights)");
            }
        }
        if (shared == null) shared = findShared();
        System.out.println("shared data: " + shared.toAbsolutePath().normalize());
        if (!skipFresada) fresada(shared.resolve("corpora/fresada/fresada.jsonl.gz"), !noTest);
        if (!skipRegister || fitWeights) {
            RegisterFit.run(shared.resolve("corpora/fresada/fresada.jsonl.gz"),
                    shared.resolve("corpora/orangesum/orangesum_parsed.jsonl.gz"), orangeN, !noTest, fitWeights);
        }
        if (!skipObsinfox) obsinfox(shared.resolve("corpora/obsinfox/obsinfox.csv"));
        if (!skipOrange) orangesum(shared.resolve("corpora/orangesum/orangesum_parsed.jsonl.gz"), orangeN, examples);
    }

    /** ../shared from the repository root, or from a worktree one level deeper. */
    private static Path findShared() {
        for (String p : List.of("../shared", "../../shared", "../../../shared")) {
            if (Files.isDirectory(Path.of(p, "corpora"))) return Path.of(p);
        }
        throw new IllegalArgumentException("no ../shared/corpora found from " + Path.of("").toAbsolutePath()
                + "; pass --shared DIR");
    }

    // ---------------------------------------------------------------- FreSaDa

    private static void fresada(Path file, boolean scoreTest) throws IOException {
        System.out.println("\n== FreSaDa (" + file + ")");
        List<String> names = new ArrayList<>(List.of("subjectivity", "vagueness", "loaded-label", "title-subjectivity",
                "title-vagueness", "title-loaded", "wire-marker", "subjectivity-no-capitals"));
        for (String c : CATEGORIES) names.add("cat:" + c);
        Pipeline wire = Pipeline.of(SignalStages.wireMarkers());
        long t0 = System.nanoTime();
        long c0 = cpu();
        List<FreSaDa.Doc> docs = FreSaDa.read(file, a -> features(a, wire));
        System.out.printf(Locale.ROOT, "%d articles scored in %.1f s wall, %.1f s CPU%n", docs.size(),
                (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9);
        List<FreSaDa.Doc> train = docs.stream().filter(FreSaDa.Doc::train).toList();
        List<FreSaDa.Doc> test = docs.stream().filter(d -> !d.train()).toList();
        System.out.printf(Locale.ROOT, "train %d (satire %d), test %d (satire %d)%n", train.size(),
                train.stream().filter(FreSaDa.Doc::satire).count(), test.size(), test.stream().filter(FreSaDa.Doc::satire).count());
        boolean[] yTrain = labels(train);
        boolean[] yTest = labels(test);
        if (!scoreTest) {
            System.out.println("(--no-test: the legacy FreSaDa scores are not evaluated; see the register section)");
            return;
        }
        System.out.println("AUC of each score (higher = more satire-like; < 0.5 means the reverse):");
        System.out.printf(Locale.ROOT, "  %-26s %8s %8s%n", "score", "train", "test");
        for (int f = 0; f < names.size(); f++) {
            System.out.printf(Locale.ROOT, "  %-26s %8.3f %8.3f%n", names.get(f), Stats.auc(column(train, f), yTrain),
                    Stats.auc(column(test, f), yTest));
        }
        // (a) untrained: sums of the three signal scores, standardised with train statistics only
        for (int[] combo : new int[][] {{0, 1, 2}, {0, 2}}) {
            double[] sumTrain = zsum(train, train, combo);
            double[] sumTest = zsum(train, test, combo);
            StringBuilder what = new StringBuilder();
            for (int f : combo) what.append(what.isEmpty() ? "" : " + ").append(names.get(f));
            System.out.printf(Locale.ROOT, "  %-26s %8.3f %8.3f  (z-sum of %s; no fitting)%n", "combined-untrained",
                    Stats.auc(sumTrain, yTrain), Stats.auc(sumTest, yTest), what);
        }
        // (b) logistic regression on all signal features, fitted on train only
        Logistic lr = Logistic.fit(matrix(train), yTrain, 1e-3, 600);
        System.out.printf(Locale.ROOT, "  %-26s %8.3f %8.3f  (logistic regression on the %d features, fitted on train)%n",
                "combined-logistic-train", Stats.auc(scores(lr, train), yTrain), Stats.auc(scores(lr, test), yTest),
                names.size());
        printWeights(lr, names);
        // (c) FreSaDa's own protocol for a validation set: odd-ranked test samples validate, even-ranked test
        List<FreSaDa.Doc> validation = new ArrayList<>();
        List<FreSaDa.Doc> heldOut = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) (i % 2 == 0 ? validation : heldOut).add(test.get(i));
        Logistic lv = Logistic.fit(matrix(validation), labels(validation), 1e-3, 600);
        System.out.printf(Locale.ROOT, "  %-26s %8s %8.3f  (same model fitted on the odd-ranked half of test, scored on the even-ranked half, as FreSaDa's README allows)%n",
                "combined-logistic-val", "-", Stats.auc(scores(lv, heldOut), labels(heldOut)));
        printWeights(lv, names);
        fingerprint(file);
    }

    /**
     * A diagnostic, never a feature: how well the apostrophe a text is typed with (’ or ') separates
     * FreSaDa's labels. Its satire outlets publish typographic apostrophes and its regular outlets
     * mostly straight ones, so a score reading typography (a mean word vector over punctuation
     * tokens did, AUC 0.985 on test) separates the split without reading the register at all: the
     * split's AUC measures outlet fingerprints as well as register, which is why no score is tuned
     * on it.
     */
    private static void fingerprint(Path file) throws IOException {
        List<FreSaDa.Doc> docs = FreSaDa.read(file, a -> {
            String t = a.text();
            long straight = t.chars().filter(c -> c == '\'').count();
            long typographic = t.chars().filter(c -> c == '\u2019').count();
            return new double[] {straight + typographic == 0 ? 0.5 : typographic / (double) (straight + typographic)};
        });
        List<FreSaDa.Doc> train = docs.stream().filter(FreSaDa.Doc::train).toList();
        List<FreSaDa.Doc> test = docs.stream().filter(d -> !d.train()).toList();
        System.out.printf(Locale.ROOT, "  %-26s %8.3f %8.3f  (diagnostic, never used: share of typographic apostrophes; an outlet fingerprint, not register)%n",
                "apostrophe-typography", Stats.auc(column(train, 0), labels(train)), Stats.auc(column(test, 0), labels(test)));
        for (boolean trainSplit : new boolean[] {true, false}) {
            for (boolean satire : new boolean[] {true, false}) {
                double mean = docs.stream().filter(d -> d.train() == trainSplit && d.satire() == satire)
                        .mapToDouble(d -> d.x()[0]).average().orElse(Double.NaN);
                System.out.printf(Locale.ROOT, "    %s %-8s mean share of typographic apostrophes %.3f%n",
                        trainSplit ? "train" : "test ", satire ? "satire" : "regular", mean);
            }
        }
    }

    private static boolean[] labels(List<FreSaDa.Doc> docs) {
        boolean[] y = new boolean[docs.size()];
        for (int i = 0; i < y.length; i++) y[i] = docs.get(i).satire();
        return y;
    }

    private static double[] column(List<FreSaDa.Doc> docs, int f) {
        return docs.stream().mapToDouble(d -> d.x()[f]).toArray();
    }

    private static double[][] matrix(List<FreSaDa.Doc> docs) {
        return docs.stream().map(d -> logs(d.x())).toArray(double[][]::new);
    }

    private static double[] scores(Logistic m, List<FreSaDa.Doc> docs) {
        return docs.stream().mapToDouble(d -> m.score(logs(d.x()))).toArray();
    }

    private static double[] zsum(List<FreSaDa.Doc> reference, List<FreSaDa.Doc> docs, int[] features) {
        double[] sum = new double[docs.size()];
        for (int f : features) {
            double[] col = Arrays.stream(column(reference, f)).map(Math::log1p).toArray();
            double m = Arrays.stream(col).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(col).map(x -> (x - m) * (x - m)).average().orElse(1));
            for (int i = 0; i < docs.size(); i++) sum[i] += (Math.log1p(docs.get(i).x()[f]) - m) / sd;
        }
        return sum;
    }

    private static void printWeights(Logistic lr, List<String> names) {
        double[] w = lr.weights();
        StringBuilder b = new StringBuilder("    weights:");
        for (int f = 0; f < w.length; f++) b.append(String.format(Locale.ROOT, " %s=%.2f", names.get(f), w[f]));
        System.out.println(b);
    }

    private static double[] logs(double[] f) {
        return Arrays.stream(f).map(Math::log1p).toArray();
    }

    private static double[] features(Article a, Pipeline wire) {
        StyleScorer.Profile p = StyleScorer.profile(a);
        StyleScorer.Profile tp = StyleScorer.profile(a.title());
        int words = Math.max(1, p.words());
        double loaded = LoadedLabelStage.labels(a.text()).stream().mapToDouble(h -> h.entry().weight()).sum() * 1000 / words;
        double titleLoaded = LoadedLabelStage.labels(a.title()).stream().mapToDouble(h -> h.entry().weight()).sum();
        double wireMarkers = wire.process(a).signals().stream().mapToDouble(s -> s.evidence().size()).sum();
        Map<String, Double> cats = p.perCategory();
        double[] f = new double[8 + CATEGORIES.length];
        f[0] = p.subjectivityPer1000();
        f[1] = p.vaguenessPer1000();
        f[2] = loaded;
        f[3] = tp.subjective().stream().mapToDouble(StyleScorer.Cue::weight).sum();
        f[4] = tp.vague().stream().mapToDouble(StyleScorer.Cue::weight).sum();
        f[5] = titleLoaded;
        f[6] = wireMarkers;
        f[7] = p.subjective().stream().filter(c -> !c.category().equals("capitals")).mapToDouble(StyleScorer.Cue::weight)
                .sum() * 1000 / words;
        for (int i = 0; i < CATEGORIES.length; i++) f[8 + i] = cats.getOrDefault(CATEGORIES[i], 0.0);
        return f;
    }

    // ---------------------------------------------------------------- OBSINFOX

    private static void obsinfox(Path file) throws IOException {
        System.out.println("\n== OBSINFOX (" + file + ")");
        List<List<String>> rows = Csv.read(file);
        List<String> header = rows.get(0);
        int title = header.indexOf("Title");
        int url = header.indexOf("URL");
        int annotator = header.indexOf("Annotator");
        String[] labels = {"Subjective", "Exaggeration", "Offbeat Title"};
        int[] cols = Arrays.stream(labels).mapToInt(header::indexOf).toArray();
        for (int i = 0; i < labels.length; i++) {
            if (cols[i] < 0) throw new IOException(file + ": header lacks column " + labels[i]);
        }
        // url -> annotator -> label values
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Map<String, int[]>> votes = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new IOException(file + ": record " + r + ": " + row.size() + " fields, expected " + header.size());
            }
            titles.putIfAbsent(row.get(url), row.get(title));
            int[] v = new int[labels.length];
            for (int i = 0; i < labels.length; i++) v[i] = Integer.parseInt(row.get(cols[i]).strip());
            votes.computeIfAbsent(row.get(url), k -> new TreeMap<>()).put(row.get(annotator), v);
        }
        List<String> urls = new ArrayList<>(titles.keySet());
        int n = urls.size();
        String[] scoreNames = {"subjectivity", "loaded-label", "exaggeration-cues", "vagueness", "combined"};
        double[][] scores = new double[scoreNames.length][n];
        double[][] shares = new double[labels.length][n];
        for (int k = 0; k < n; k++) {
            String t = titles.get(urls.get(k));
            StyleScorer.Profile p = StyleScorer.profile(t);
            double subj = p.subjective().stream().mapToDouble(StyleScorer.Cue::weight).sum();
            double vague = p.vague().stream().mapToDouble(StyleScorer.Cue::weight).sum();
            double loaded = LoadedLabelStage.labels(t).stream().mapToDouble(h -> h.entry().weight()).sum();
            double exaggeration = p.subjective().stream().filter(c -> !c.category().equals("opinion"))
                    .mapToDouble(StyleScorer.Cue::weight).sum()
                    + p.vague().stream().filter(c -> c.category().equals("degree")).mapToDouble(StyleScorer.Cue::weight).sum();
            scores[0][k] = subj;
            scores[1][k] = loaded;
            scores[2][k] = exaggeration;
            scores[3][k] = vague;
            scores[4][k] = subj + loaded + vague;
            Map<String, int[]> byAnnotator = votes.get(urls.get(k));
            for (int i = 0; i < labels.length; i++) {
                final int ii = i;
                shares[i][k] = byAnnotator.values().stream().mapToInt(v -> v[ii]).average().orElse(0);
            }
        }
        System.out.printf(Locale.ROOT, "%d titles, %d annotators; titles with a nonzero score: subjectivity %d, loaded %d, exaggeration %d%n",
                n, votes.values().iterator().next().size(), nonzero(scores[0]), nonzero(scores[1]), nonzero(scores[2]));
        System.out.print("Spearman rho (score vs share of annotators)  ");
        for (String l : labels) System.out.printf(Locale.ROOT, "%-16s", l);
        System.out.println();
        for (int s = 0; s < scoreNames.length; s++) {
            System.out.printf(Locale.ROOT, "  %-43s", scoreNames[s]);
            for (int i = 0; i < labels.length; i++) System.out.printf(Locale.ROOT, "%-16.3f", Stats.spearman(scores[s], shares[i]));
            System.out.println();
        }
        System.out.println("annotators' mean pairwise agreement (percent agreement / Cohen's kappa):");
        List<String> annotators = new ArrayList<>(votes.values().iterator().next().keySet());
        for (int i = 0; i < labels.length; i++) {
            double agree = 0, kappa = 0;
            int pairs = 0;
            for (int x = 0; x < annotators.size(); x++) {
                for (int y = x + 1; y < annotators.size(); y++) {
                    int[] a = new int[n], b = new int[n];
                    for (int k = 0; k < n; k++) {
                        a[k] = votes.get(urls.get(k)).get(annotators.get(x))[i];
                        b[k] = votes.get(urls.get(k)).get(annotators.get(y))[i];
                    }
                    double po = 0, pa = 0, pb = 0;
                    for (int k = 0; k < n; k++) {
                        po += a[k] == b[k] ? 1 : 0;
                        pa += a[k];
                        pb += b[k];
                    }
                    po /= n;
                    pa /= n;
                    pb /= n;
                    double pe = pa * pb + (1 - pa) * (1 - pb);
                    agree += po;
                    kappa += pe == 1 ? 1 : (po - pe) / (1 - pe);
                    pairs++;
                }
            }
            System.out.printf(Locale.ROOT, "  %-16s %.3f / %.3f%n", labels[i], agree / pairs, kappa / pairs);
        }
    }

    private static long nonzero(double[] v) {
        return Arrays.stream(v).filter(x -> x != 0).count();
    }

    // ---------------------------------------------------------------- OrangeSum

    private static void orangesum(Path file, int limit, int examples) throws IOException {
        System.out.println("\n== OrangeSum wire copy (" + file + ", first " + limit + " articles)");
        List<Article> articles = BenchFiles.orangesumRead(file, limit);
        long before = usedMb();
        long t0 = System.nanoTime();
        long l0 = cpu();
        LanguageToolChecker.french().check("Le chat dort.");
        System.out.printf(Locale.ROOT, "LanguageTool French load: %.1f s wall, %.1f s CPU, heap +%d MB%n",
                (System.nanoTime() - t0) / 1e9, (cpu() - l0) / 1e9, usedMb() - before);
        Pipeline withSpell = SignalStages.pipeline(SignalStages.Options.defaults());
        Pipeline noSpell = SignalStages.pipeline(SignalStages.Options.defaults().withoutSpellChecker());
        for (int i = 0; i < 50; i++) withSpell.process(articles.get(i % articles.size())); // JIT warm-up
        Map<String, Integer> fired = new TreeMap<>();
        Map<String, List<String>> shown = new TreeMap<>();
        t0 = System.nanoTime();
        long c0 = cpu();
        for (Article a : articles) {
            for (Signal s : withSpell.process(a).signals()) {
                fired.merge(s.kind(), 1, Integer::sum);
                List<String> ex = shown.computeIfAbsent(s.kind(), k -> new ArrayList<>());
                if (ex.size() < examples) {
                    ex.add(String.format(Locale.ROOT, "%.2f %s | %s", s.score(),
                            s.evidence().stream().map(e -> e.text()).toList(), a.title()));
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (cpu() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "all signals (spell check of title+standfirst), one thread: %d articles, %.1f s wall = %.1f articles/s; %.1f s CPU = %.1f articles/CPU-s (%.1f ms/article)%n",
                articles.size(), secs, articles.size() / secs, cpuSecs, articles.size() / cpuSecs, 1000 * cpuSecs / articles.size());
        t0 = System.nanoTime();
        c0 = cpu();
        for (Article a : articles) noSpell.process(a);
        secs = (System.nanoTime() - t0) / 1e9;
        cpuSecs = (cpu() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "all signals without spell checker: %.1f articles/s wall, %.1f articles/CPU-s (%.2f ms/article)%n",
                articles.size() / secs, articles.size() / cpuSecs, 1000 * cpuSecs / articles.size());
        System.out.println("share of wire articles on which each signal fires (false-alarm proxy):");
        fired.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-34s %5d  %.1f%%%n", k, v, 100.0 * v / articles.size()));
        shown.forEach((k, v) -> v.forEach(e -> System.out.println("    e.g. " + k + ": " + e)));
        double[] subj = new double[articles.size()];
        double[] vague = new double[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            StyleScorer.Profile p = StyleScorer.profile(articles.get(i));
            subj[i] = p.subjectivityPer1000();
            vague[i] = p.vaguenessPer1000();
        }
        System.out.printf(Locale.ROOT, "calibration: subjectivity per 1,000 words p50 %.1f p90 %.1f p95 %.1f p99 %.1f%n",
                Stats.percentile(subj, 50), Stats.percentile(subj, 90), Stats.percentile(subj, 95), Stats.percentile(subj, 99));
        System.out.printf(Locale.ROOT, "calibration: vagueness per 1,000 words    p50 %.1f p90 %.1f p95 %.1f p99 %.1f%n",
                Stats.percentile(vague, 50), Stats.percentile(vague, 90), Stats.percentile(vague, 95), Stats.percentile(vague, 99));
        Map<String, Integer> rules = new TreeMap<>();
        for (Article a : articles) {
            for (Issue i : LanguageToolChecker.french().check(a.title())) rules.merge(i.rule(), 1, Integer::sum);
        }
        System.out.println("LanguageTool rules firing on wire titles (after the ignore list), top 15:");
        rules.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(15)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %d%n", e.getKey(), e.getValue()));
    }

    /** CPU time of this thread: throughput figures that a busy shared machine does not distort. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedMb() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
