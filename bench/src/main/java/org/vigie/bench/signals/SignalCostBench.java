package org.vigie.bench.signals;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.bench.BenchFiles;
import org.vigie.bench.analyze.StageCostBench;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Stage;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.signals.SignalStages;
import org.vigie.nlp.signals.orthography.Issue;
import org.vigie.nlp.signals.orthography.LanguageToolChecker;
import org.vigie.nlp.signals.orthography.OrthographyStage;
import org.vigie.nlp.signals.orthography.SpellChecker;

/**
 * What the signal stages cost next to the rest of {@code vigie analyze} (issue target: signals
 * add less than 20 %, spell checking of title and standfirst on, as by default). Runs language id,
 * CoreNLP, entities, quotes and times once on N OrangeSum articles (thread CPU time, machine load
 * does not count), then the signal stages twice (a warm-up pass, then the timed pass), and prints
 * per-stage CPU ms/article, the ratio, the orthography stage's share, how often the full
 * LanguageTool check runs, and the orthography firing rate gated (the default), with every header
 * fully checked, and with spacing rules alone.
 *
 * <p>{@code --dump FILE} writes every article's signals (one line per article) and
 * {@code --compare FILE} counts the articles whose signals differ from such a dump: run once
 * before a change and once after to prove a speed-up changed no output.
 *
 * <pre>args: [--data jsonl.gz, default ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--n 300]
 *       [--dump FILE] [--compare FILE] [--prepared FILE (cache of the analysed articles)]</pre>
 */
public final class SignalCostBench {

    private static final int WARM_ARTICLES = 3000;
    private static final String USAGE = "SignalCostBench [--data FILE] [--n N] [--dump FILE] [--compare FILE] [--prepared FILE]";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(o.get("data"));
        int n = Integer.parseInt(o.getOrDefault("n", "300"));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();

        // 1. The rest of analyze, as vigie analyze runs it (signal stages left out).
        List<Stage> rest = new ArrayList<>();
        rest.add(new LanguageStage());
        for (Stage s : NlpPipelines.standard(null).stages()) {
            if (!isSignal(s)) rest.add(s);
        }
        Path cache = o.containsKey("prepared") ? Path.of(o.get("prepared")) : null;
        List<Article> prepared = new ArrayList<>();
        double restMs;
        if (cache != null && Files.isRegularFile(cache)) {
            List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
            restMs = Double.parseDouble(lines.get(0));
            for (String l : lines.subList(1, Math.min(lines.size(), n + 1))) prepared.add(ArticleJson.fromJson(l));
        } else {
            List<Article> articles = StageCostBench.read(data, n);
            for (int i = 0; i < Math.min(20, articles.size()); i++) run(rest, articles.get(i));
            long c0 = mx.getCurrentThreadCpuTime();
            for (Article a : articles) prepared.add(run(rest, a));
            restMs = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / articles.size();
            if (cache != null) {
                try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
                    w.write(Double.toString(restMs));
                    w.newLine();
                    for (Article a : prepared) {
                        w.write(ArticleJson.toJson(a));
                        w.newLine();
                    }
                }
            }
        }
        final int count = prepared.size();

        // 2. The signal stages, defaults (spell checking of title and standfirst on).
        List<Stage> signals = SignalStages.all(SignalStages.Options.defaults());
        Map<String, Long> cpu = new LinkedHashMap<>();
        List<Article> out = new ArrayList<>();
        // warm-up passes until about WARM_ARTICLES articles went through, so that a small --n does not
        // time code the JIT has not compiled yet; the last pass is the one measured
        int passes = 1 + Math.max(1, (WARM_ARTICLES + count - 1) / Math.max(1, count));
        for (int pass = 0; pass < passes; pass++) {
            out.clear();
            cpu.clear();
            for (Article a : prepared) {
                Article x = a;
                for (Stage s : signals) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    x = s.process(x);
                    cpu.merge(s.name(), mx.getCurrentThreadCpuTime() - c0, Long::sum);
                }
                out.add(x);
            }
        }
        n = count;
        long total = cpu.values().stream().mapToLong(Long::longValue).sum();
        double sigMs = total / 1e6 / n;
        System.out.printf(Locale.ROOT, "%d OrangeSum articles, thread CPU, warm%n", n);
        System.out.println("signal stage                      ms/article   share");
        cpu.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-32s %10.3f   %5.1f %%%n", k, v / 1e6 / count, 100.0 * v / total));
        System.out.printf(Locale.ROOT, "signals: %.2f ms/article; rest of analyze (language, tokens/NER, entities, ids, quotes, times): %.2f ms/article%n",
                sigMs, restMs);
        System.out.printf(Locale.ROOT, "signals add %.1f %% to analyze (target < 20 %%); orthography (spell check) is %.1f %% of signals%n",
                100 * sigMs / restMs, 100.0 * cpu.getOrDefault("signals-orthography", 0L) / total);

        // 3. Orthography: how often the full check runs, and firing rates gated (default), with
        // every header fully checked (the gate off), and with spacing rules alone.
        LanguageToolChecker lt = LanguageToolChecker.french();
        int[] checked = {0};
        int[] prechecked = {0};
        SpellChecker counting = new SpellChecker() {
            @Override
            public List<Issue> check(String text) {
                checked[0]++;
                return lt.check(text);
            }

            @Override
            public List<Issue> checkWithoutSpelling(String text) {
                prechecked[0]++;
                return lt.checkWithoutSpelling(text);
            }

            @Override
            public boolean isUnknown(String word) {
                return lt.isUnknown(word);
            }
        };
        SpellChecker everyHeader = lt::check; // no dictionary look-up: the gate always opens
        OrthographyStage gatedCounting = new OrthographyStage(counting, false);
        OrthographyStage ungated = new OrthographyStage(everyHeader, false);
        OrthographyStage spacingOnly = new OrthographyStage(null, false);
        int fired = 0;
        int firedFull = 0;
        int firedSpacing = 0;
        int lost = 0;
        int opened = 0;
        int preOpened = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (Signal s : out.get(i).signals()) kinds.merge(s.kind(), 1, Integer::sum);
            int before = checked[0];
            int preBefore = prechecked[0];
            boolean g = has(gatedCounting.process(prepared.get(i)), OrthographyStage.KIND);
            if (checked[0] > before) opened++;
            if (prechecked[0] > preBefore) preOpened++;
            boolean f = has(ungated.process(prepared.get(i)), OrthographyStage.KIND);
            if (g) fired++;
            if (f) firedFull++;
            if (f && !g) lost++;
            if (has(spacingOnly.process(prepared.get(i)), OrthographyStage.KIND)) firedSpacing++;
        }
        System.out.printf(Locale.ROOT, "LanguageTool without its dictionary ran on %d / %d articles (%.1f %%), the full check on %d (%.1f %%)%n",
                preOpened, n, 100.0 * preOpened / n, opened, 100.0 * opened / n);
        System.out.printf(Locale.ROOT, "orthography fires on %d / %d articles (%.1f %%); every header fully checked: %d (%.1f %%), "
                        + "%d of them missed by the gate; spacing rules alone: %d (%.1f %%)%n",
                fired, n, 100.0 * fired / n, firedFull, 100.0 * firedFull / n, lost, firedSpacing, 100.0 * firedSpacing / n);
        System.out.println("signals by kind: " + kinds);

        // 4. Output identity against an earlier run.
        List<String> lines = new ArrayList<>();
        for (Article a : out) lines.add(describe(a));
        if (o.containsKey("dump")) Files.write(Path.of(o.get("dump")), lines, StandardCharsets.UTF_8);
        if (o.containsKey("compare")) {
            List<String> before = Files.readAllLines(Path.of(o.get("compare")), StandardCharsets.UTF_8);
            int diff = 0;
            for (int i = 0; i < Math.min(before.size(), lines.size()); i++) {
                if (!before.get(i).equals(lines.get(i))) {
                    if (diff++ < 10) System.out.printf("article %d differs:%n  before %s%n  after  %s%n", i, before.get(i), lines.get(i));
                }
            }
            System.out.printf(Locale.ROOT, "signals differ on %d of %d articles compared%n", diff, Math.min(before.size(), lines.size()));
        }
    }

    private static Article run(List<Stage> stages, Article a) {
        for (Stage s : stages) a = s.process(a);
        return a;
    }

    private static boolean isSignal(Stage s) {
        return s.getClass().getPackageName().startsWith("org.vigie.nlp.signals");
    }

    private static boolean has(Article a, String kind) {
        return a.signals().stream().anyMatch(s -> s.kind().equals(kind));
    }

    /** One dump line: every signal of the article (SupportDump writes the same lines, so dumps compare). */
    static String describe(Article a) {
        StringBuilder b = new StringBuilder();
        for (Signal s : a.signals()) {
            b.append(s.kind()).append(' ').append(String.format(Locale.ROOT, "%.6f", s.score())).append(' ')
                    .append(s.evidence()).append(' ').append(s.explanation()).append(" || ");
        }
        return b.toString().replace('\n', ' ');
    }
}
