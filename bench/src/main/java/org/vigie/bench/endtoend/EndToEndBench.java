package org.vigie.bench.endtoend;

import org.vigie.core.pipeline.OrderedParallel;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.vigie.core.model.Article;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.ingest.source.Ingestion;
import org.vigie.ingest.source.ReaderRegistry;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.signals.SignalStages;

/**
 * The whole of {@code vigie ingest} on real French articles, next to CoreNLP
 * tokenize+ssplit+ner alone on the same texts (issue #9): read the raw JSON Lines through
 * {@link Ingestion} → language → tokens + NER → entities + aliases → ids → quotes → times →
 * signals → reprint links → Lucene index (batches of {@link Corpus#DEFAULT_BATCH}, as the CLI
 * commits them), with 1 and 2 worker threads; then start-up of {@code vigie analyze one-file}.
 *
 * <pre>
 * bench/run org.vigie.bench.endtoend.EndToEndBench [--data PATH] [--n 10000] [--threads 1,2]
 *     [--no-spell-check | --spell-check-only] [--no-startup | --startup-only] [--startup-runs 3]
 * </pre>
 *
 * <p>Per-stage figures are thread CPU time (robust to a shared machine); articles/s, tokens/s
 * and the 1 → 2 thread scaling are wall time, pessimistic when other work runs on the machine.
 * "Other threads" is process CPU outside the stages, of which the JIT compiler and GC threads are
 * shown apart; the ratio is also given without JIT CPU, which the first timed run still spends.
 * CoreNLP alone runs the French tokens stage's own pipeline, checked to give the stage's tags.
 * By default the pipeline runs twice, with LanguageTool's title spell check on (the default of
 * {@code vigie}) and off; {@code --spell-check-only} or {@code --no-spell-check} keep one.
 */
public final class EndToEndBench {

    /**
     * One timed run; {@code jitCpuNs} and {@code gcCpuNs} are the CPU time of the JIT compiler
     * threads and of the collector's threads during the run ({@link JvmThreadCpu}), the known
     * parts of the "other threads" line.
     */
    private record Run(String label, int threads, long articles, long tokens, long chars, double wallS,
                       long cpuNs, Map<String, Long> stages, long jitCpuNs, long gcCpuNs) {

        double articlesPerS() {
            return articles / wallS;
        }

        double tokensPerS() {
            return tokens / wallS;
        }

        double cpuMsPerArticle() {
            return cpuNs / 1e6 / articles;
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        int n = 10_000;
        int[] threads = {1, 2};
        boolean spellOn = true;
        boolean spellOff = true;
        boolean startup = true;
        boolean throughput = true;
        int startupRuns = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--n" -> n = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--no-spell-check" -> spellOn = false;
                case "--spell-check-only" -> spellOff = false;
                case "--no-startup" -> startup = false;
                case "--startup-only" -> throughput = false;
                case "--startup-runs" -> startupRuns = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --data PATH, --n N, --threads 1,2, --no-spell-check, --spell-check-only, --no-startup, --startup-only, --startup-runs K)");
            }
        }
        if (throughput && !Files.isRegularFile(data)) throw new IllegalArgumentException("no data file " + data.toAbsolutePath());
        Path work = Files.createTempDirectory("vigie-e2e");
        try {
            List<Boolean> modes = new ArrayList<>();
            if (spellOn) modes.add(true);
            if (spellOff || !spellOn) modes.add(false);
            if (throughput) run(data, n, threads, modes, work);
            if (startup) startup(startupRuns, work);
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path data, int n, int[] threads, List<Boolean> modes, Path work) throws Exception {
        // The raw records, untouched, in files of their own: the timed read is the CLI's read.
        int warmN = Math.max(20, Math.min(500, n / 10)); // JIT settles before the first timed run
        Path input = work.resolve("articles.jsonl");
        Path warm = work.resolve("warmup.jsonl");
        int lines = split(data, n, warmN, input, warm);
        if (lines < n) System.out.printf(Locale.ROOT, "(only %d records in %s)%n", lines, data);

        List<String> texts = new ArrayList<>();
        List<String> warmTexts = new ArrayList<>();
        new Ingestion(readers()).read(List.of(input), a -> texts.add(a.text()), e -> { });
        new Ingestion(readers()).read(List.of(warm), a -> warmTexts.add(a.text()), e -> { });
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "end-to-end: %,d articles (%,d chars) from %s; warm-up on %d others; %d cores%n",
                texts.size(), chars, data, warmTexts.size(), Runtime.getRuntime().availableProcessors());

        List<Run> runs = new ArrayList<>();
        for (boolean spell : modes) {
            Pipeline p = standardPipeline(spell);
            String label = "pipeline, spell check " + (spell ? "on" : "off");
            ingest(p, warm, 2, work.resolve("warm-corpus-" + spell), label);
            for (int t : threads) {
                Run r = ingest(p, input, t, work.resolve("corpus-" + spell + "-" + t), label);
                runs.add(r);
                System.out.printf(Locale.ROOT, "  %s, %d thread(s): %.1f articles/s (%.0f s), peak RSS so far %s%n",
                        label, t, r.articlesPerS(), r.wallS(), peakRss());
            }
        }
        // The baseline is the French tokens stage's own CoreNLP pipeline, not one built from the
        // same-looking properties: a like-for-like comparison by construction, checked on output.
        CoreNlpTokens stage = CoreNlpTokens.french();
        StanfordCoreNLP corenlp = stage.pipeline();
        System.out.println("  CoreNLP alone = the tokens stage's pipeline: " + describe(corenlp) + "; "
                + sameTags(corenlp, stage, texts.subList(0, Math.min(200, texts.size()))));
        coreNlp(corenlp, warmTexts, 2);
        for (int t : threads) {
            Run r = coreNlp(corenlp, texts, t);
            runs.add(r);
            System.out.printf(Locale.ROOT, "  CoreNLP alone, %d thread(s): %.1f articles/s (%.0f s)%n", t,
                    r.articlesPerS(), r.wallS());
        }
        print(runs, threads);
    }

    /** What {@code vigie ingest} runs (the CLI's {@code Engine.standardPipeline}, default options). */
    static Pipeline standardPipeline(boolean spellCheck) {
        SignalStages.Options signals = SignalStages.Options.defaults();
        if (!spellCheck) signals = signals.withoutSpellChecker();
        Pipeline p = Pipeline.of(new LanguageStage(false));
        for (var s : NlpPipelines.standard(null, signals).stages()) p = p.then(s);
        return p;
    }

    static ReaderRegistry readers() {
        return ReaderRegistry.withHtml(new HtmlReader());
    }

    /** {@code vigie ingest FILE --threads T} into a fresh corpus, every step timed. */
    private static Run ingest(Pipeline pipeline, Path file, int threads, Path dataDir, String label) throws IOException {
        StageClock clock = new StageClock();
        clock.step("read");
        Pipeline timed = clock.timed(pipeline);
        clock.step("reprints");
        clock.step("index");
        AtomicLong tokens = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        long[] count = {0, 0};
        long[] mainOther = {0};
        long proc0 = processCpu();
        JvmThreadCpu jvm0 = JvmThreadCpu.now();
        long main0 = StageClock.threadCpu();
        long w0 = System.nanoTime();
        try (Corpus corpus = Corpus.open(dataDir)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            List<Article> pending = new ArrayList<>(Corpus.DEFAULT_BATCH);
            try (OrderedParallel<Article, Article> workers = new OrderedParallel<>(threads, a -> {
                try {
                    return timed.process(a);
                } catch (RuntimeException e) {
                    return null; // the CLI reports it and goes on
                }
            }, a -> {
                if (a == null) {
                    count[1]++;
                    return;
                }
                count[0]++;
                chars.addAndGet(a.text().length());
                for (Sentence s : a.sentences()) tokens.addAndGet(s.tokens().size());
                long c0 = StageClock.threadCpu();
                pending.add(reprints.link(Corpus.storable(a)));
                long c1 = StageClock.threadCpu();
                clock.add("reprints", c1 - c0);
                mainOther[0] += c1 - c0;
                if (pending.size() >= Corpus.DEFAULT_BATCH) mainOther[0] += commit(corpus, reprints, pending, clock);
            })) {
                new Ingestion(readers()).read(List.of(file), workers::submit, e -> count[1]++);
                workers.finish();
            }
            if (!pending.isEmpty()) mainOther[0] += commit(corpus, reprints, pending, clock);
        }
        double wall = (System.nanoTime() - w0) / 1e9;
        clock.add("read", StageClock.threadCpu() - main0 - mainOther[0]);
        long proc = processCpu() - proc0;
        Map<String, Long> stages = clock.snapshot();
        long measured = stages.values().stream().mapToLong(Long::longValue).sum();
        stages.put("other threads (GC, JIT, merges)", Math.max(0, proc - measured));
        if (count[1] > 0) System.out.printf(Locale.ROOT, "  (%d articles failed or rejected)%n", count[1]);
        long[] jvm = JvmThreadCpu.now().since(jvm0);
        return new Run(label, threads, count[0], tokens.get(), chars.get(), wall, proc, stages, jvm[0], jvm[1]);
    }

    /** The CLI's batch commit (IngestCommand.commit), timed: reprint bookkeeping and Lucene apart. */
    private static long commit(Corpus corpus, CorpusReprints reprints, List<Article> pending, StageClock clock) {
        try {
            long c0 = StageClock.threadCpu();
            List<Article> batch = reprints.toWrite(pending);
            long c1 = StageClock.threadCpu();
            corpus.ingest(batch);
            long c2 = StageClock.threadCpu();
            reprints.save();
            long c3 = StageClock.threadCpu();
            pending.clear();
            clock.add("reprints", (c1 - c0) + (c3 - c2));
            clock.add("index", c2 - c1);
            return c3 - c0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot store batch: " + e.getMessage(), e);
        }
    }

    /** The annotators and the properties that decide their work (CoreNLP folds ssplit into tokenize). */
    static String describe(StanfordCoreNLP nlp) {
        Properties p = nlp.getProperties();
        StringBuilder b = new StringBuilder("annotators=").append(p.getProperty("annotators"));
        new TreeSet<>(p.stringPropertyNames()).stream()
                .filter(k -> k.startsWith("tokenize.") || k.startsWith("ssplit.") || k.startsWith("ner."))
                .forEach(k -> b.append(", ").append(k).append('=').append(p.getProperty(k)));
        return b.toString();
    }

    /**
     * Whether {@code nlp} alone gives the tokens and NER tags the stage stores, text by text (the
     * stage only cuts sentences again at sections, which these texts do not have).
     */
    static String sameTags(StanfordCoreNLP nlp, CoreNlpTokens stage, List<String> texts) {
        int same = 0;
        for (String text : texts) {
            Annotation a = new Annotation(text);
            nlp.annotate(a);
            List<String> alone = new ArrayList<>();
            for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
                if (t.beginPosition() < 0 || t.endPosition() > text.length() || t.endPosition() <= t.beginPosition()) continue;
                alone.add(t.beginPosition() + "-" + t.endPosition() + " " + (t.ner() == null ? "O" : t.ner()));
            }
            List<String> staged = new ArrayList<>();
            for (Sentence s : stage.sentences(text, List.of())) {
                for (Token t : s.tokens()) staged.add(t.start() + "-" + t.end() + " " + t.ner());
            }
            if (alone.equals(staged)) same++;
        }
        if (same != texts.size()) {
            throw new IllegalStateException("CoreNLP alone and the tokens stage disagree on " + (texts.size() - same)
                    + " of " + texts.size() + " texts: the baseline would not be like for like");
        }
        return String.format(Locale.ROOT, "same tokens and NER tags as the stage on %d/%d texts", same, texts.size());
    }

    /** CoreNLP tokenize+ssplit+ner alone on {@code texts}, {@code threads} workers taking the next text. */
    private static Run coreNlp(StanfordCoreNLP nlp, List<String> texts, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        long proc0 = processCpu();
        JvmThreadCpu jvm0 = JvmThreadCpu.now();
        long w0 = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                long c0 = StageClock.threadCpu();
                for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
                    Annotation a = new Annotation(texts.get(i));
                    nlp.annotate(a);
                    tokens.addAndGet(a.get(CoreAnnotations.TokensAnnotation.class).size());
                }
                cpu.addAndGet(StageClock.threadCpu() - c0);
            }, "corenlp-" + t);
            th.start();
            workers.add(th);
        }
        for (Thread th : workers) th.join();
        double wall = (System.nanoTime() - w0) / 1e9;
        long proc = processCpu() - proc0;
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("tokens", cpu.get());
        stages.put("other threads (GC, JIT, merges)", Math.max(0, proc - cpu.get()));
        long chars = texts.stream().mapToLong(String::length).sum();
        long[] jvm = JvmThreadCpu.now().since(jvm0);
        return new Run("CoreNLP tokenize+ssplit+ner alone", threads, texts.size(), tokens.get(), chars, wall, proc, stages,
                jvm[0], jvm[1]);
    }

    private static void print(List<Run> runs, int[] threads) {
        System.out.println();
        System.out.println("run                                 threads  articles/s   tokens/s  cpu ms/article   wall s");
        for (Run r : runs) {
            System.out.printf(Locale.ROOT, "%-36s %7d %11.1f %10.0f %15.2f %8.1f%n", r.label(), r.threads(),
                    r.articlesPerS(), r.tokensPerS(), r.cpuMsPerArticle(), r.wallS());
        }
        System.out.println("(wall-clock rates and scaling are pessimistic on a shared machine; cpu ms/article is not)");
        Set<String> labels = new LinkedHashSet<>();
        runs.forEach(r -> labels.add(r.label()));
        int lo = threads[0];
        int hi = threads[threads.length - 1];
        Run coreHi = find(runs, "CoreNLP tokenize+ssplit+ner alone", hi);
        for (String l : labels) {
            Run a = find(runs, l, lo);
            Run b = find(runs, l, hi);
            if (a != null && b != null && lo != hi) {
                System.out.printf(Locale.ROOT, "%-36s scaling %d → %d threads: %.2fx (target ≥ 1.8x)%n", l, lo, hi,
                        b.articlesPerS() / a.articlesPerS());
            }
            if (b != null && coreHi != null && b != coreHi) {
                System.out.printf(Locale.ROOT, "%-36s / CoreNLP alone at %d threads: %.2f (articles/s, target ≥ 0.75);"
                        + " %.2f by CPU time, %.2f by CPU without JIT compilation (steady state)%n", l, hi,
                        b.articlesPerS() / coreHi.articlesPerS(), coreHi.cpuMsPerArticle() / b.cpuMsPerArticle(),
                        (double) (coreHi.cpuNs() - coreHi.jitCpuNs()) / coreHi.articles()
                                / ((double) (b.cpuNs() - b.jitCpuNs()) / b.articles()));
            }
        }
        System.out.println();
        System.out.println("per stage, CPU ms/article (all threads)");
        List<String> steps = new ArrayList<>();
        for (Run r : runs) for (String k : r.stages().keySet()) if (!steps.contains(k)) steps.add(k);
        steps.remove("other threads (GC, JIT, merges)");
        steps.add("other threads (GC, JIT, merges)");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-34s", "stage"));
        for (Run r : runs) head.append(String.format(Locale.ROOT, " %14s", shortLabel(r)));
        System.out.println(head);
        for (String s : steps) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", s));
            for (Run r : runs) {
                Long v = r.stages().get(s);
                line.append(v == null ? String.format(Locale.ROOT, " %14s", "-")
                        : String.format(Locale.ROOT, " %14.2f", v / 1e6 / r.articles()));
            }
            System.out.println(line);
        }
        StringBuilder jit = new StringBuilder(String.format(Locale.ROOT, "%-34s", "  of which: JIT compiler threads"));
        StringBuilder gc = new StringBuilder(String.format(Locale.ROOT, "%-34s", "  of which: GC threads"));
        for (Run r : runs) {
            jit.append(String.format(Locale.ROOT, " %14.2f", r.jitCpuNs() / 1e6 / r.articles()));
            gc.append(String.format(Locale.ROOT, " %14.2f", r.gcCpuNs() / 1e6 / r.articles()));
        }
        System.out.println(jit);
        System.out.println(gc);
        StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "%-34s", "total (process CPU)"));
        for (Run r : runs) total.append(String.format(Locale.ROOT, " %14.2f", r.cpuMsPerArticle()));
        System.out.println(total);
        System.out.println("peak RSS (VmHWM): " + peakRss());
    }

    private static String shortLabel(Run r) {
        String l = r.label().startsWith("CoreNLP") ? "corenlp"
                : r.label().endsWith("on") ? "spell-on" : "spell-off";
        return l + " t=" + r.threads();
    }

    private static Run find(List<Run> runs, String label, int threads) {
        for (Run r : runs) if (r.label().equals(label) && r.threads() == threads) return r;
        return null;
    }

    private static void startup(int runs, Path work) throws Exception {
        Path jar = Path.of("vigie-cli/target/vigie-cli.jar");
        Path sample = Path.of("samples/aleppo-putin-erdogan.txt");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(sample)) {
            System.out.println("\nstart-up: skipped (run from the repository root after "
                    + "`mvn -q -B -DskipTests -pl vigie-cli -am package`; needs " + jar + " and " + sample + ")");
            return;
        }
        Path clean = Path.of("samples/orangesum/html/12158.html");
        new StartupTimer(jar.toAbsolutePath(), sample, Files.isRegularFile(clean) ? clean : null).run(runs, work);
    }

    /** Copies the first {@code n} lines of {@code data} to {@code main}, the next {@code w} to {@code warm}. */
    private static int split(Path data, int n, int w, Path main, Path warm) throws IOException {
        int count = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(data), StandardCharsets.UTF_8), 1 << 16);
             BufferedWriter m = Files.newBufferedWriter(main);
             BufferedWriter wu = Files.newBufferedWriter(warm)) {
            int seen = 0;
            for (String line; seen < n + w && (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                (seen < n ? m : wu).write(line);
                (seen < n ? m : wu).write('\n');
                if (seen < n) count++;
                seen++;
            }
        }
        return count;
    }

    private static java.io.InputStream open(Path data) throws IOException {
        java.io.InputStream in = Files.newInputStream(data);
        return data.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Peak resident set size of this JVM, from /proc/self/status (Linux). */
    static String peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
