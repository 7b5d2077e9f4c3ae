package org.vigie.spark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.source.Ingestion;
import org.vigie.ingest.source.ReaderRegistry;
import org.vigie.spark.JobOptions;
import org.vigie.spark.VigieJob;

/**
 * Throughput of the Spark job against the plain pipeline on the same N real articles (the first
 * N lines of OrangeSum): articles/s for the plain pipeline on 1 and 2 threads (what
 * {@code vigie analyze --threads N} runs), for the job in local[1] and local[2], the local[2]
 * speed-up and Spark's overhead per article. Models are warmed first and shared by every run (one
 * JVM), and a small Spark job runs first, so the figures compare steady states, not model
 * loading or Spark's first-use costs.
 *
 * <pre>
 * vigie-spark/run bench [--n 5000] [--data ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--spell-check]
 * </pre>
 * Spell checking (LanguageTool) is off unless {@code --spell-check}: it is the CLI's
 * {@code --no-spell-check}.
 */
public final class SparkBench {

    /** Articles run through the pipeline before timing: the JIT compiles CoreNLP's hot paths. */
    static final int WARM_ARTICLES = 100;

    private SparkBench() {
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    public static void main(String[] args) throws Exception {
        int n = 5000;
        Path data = sharedDir().resolve("corpora/orangesum/orangesum_parsed.jsonl.gz");
        boolean spell = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n" -> n = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--spell-check" -> spell = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        JobOptions options = new JobOptions(null, !spell, false);
        Path tmp = Files.createTempDirectory("vigie-spark-bench");
        Path input = tmp.resolve("input.jsonl");
        int lines = firstLines(data, n, input);
        System.out.printf("input: %d articles from %s (spell check %s)%n", lines, data, spell ? "on" : "off");

        Pipeline p = org.vigie.spark.Models.pipeline(options);
        warm(p, input);
        // Spark's own first-use costs (class loading, code generation, Parquet writers) are paid
        // once per JVM: a small job first, so that local[1] is not charged for them
        Path warmInput = tmp.resolve("warm.jsonl");
        firstLines(data, 20, warmInput);
        spark("local[1]", warmInput, tmp.resolve("warm-out"), options);

        // interleaved, so that a change of load on a shared machine hits both sides alike
        System.out.println("load average before: " + loadAverage());
        double plain1 = plain(p, input, 1, lines);
        double spark1 = spark("local[1]", input, tmp.resolve("out1"), options);
        double plain2 = plain(p, input, 2, lines);
        double spark2 = spark("local[2]", input, tmp.resolve("out2"), options);
        System.out.println("load average after: " + loadAverage());
        System.out.printf("plain pipeline, 1 thread : %7.2f articles/s%n", lines / plain1);
        System.out.printf("plain pipeline, 2 threads: %7.2f articles/s%n", lines / plain2);
        System.out.printf("spark local[1]           : %7.2f articles/s%n", lines / spark1);
        System.out.printf("spark local[2]           : %7.2f articles/s%n", lines / spark2);
        System.out.printf("speed-up local[2]/local[1]: %.2fx (plain 2/1 threads: %.2fx)%n", spark1 / spark2, plain1 / plain2);
        System.out.printf("spark overhead per article: %.1f ms on 1 core (%.1f ms on 2), job incl. Parquet writing and reprints%n",
                (spark1 - plain1) * 1000 / lines, (spark2 - plain2) * 1000 / lines);
    }

    /** Seconds for the CLI's reading + pipeline on {@code threads} worker threads. */
    static double plain(Pipeline p, Path input, int threads, int expected) throws Exception {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> out = new ArrayList<>(); // ids only: the CLI streams articles out, it does not hold them
        new Ingestion(ReaderRegistry.withHtml(new HtmlReader())).read(List.of(input),
                a -> out.add(pool.submit(() -> p.process(a).id())), e -> System.err.println(e.getMessage()));
        for (Future<String> f : out) f.get();
        pool.shutdown();
        double s = (System.nanoTime() - t0) / 1e9;
        if (out.size() != expected) System.err.println("plain run read " + out.size() + " of " + expected);
        return s;
    }

    static double spark(String master, Path input, Path out, JobOptions options) throws IOException {
        try (SparkSession spark = SparkSession.builder().master(master).appName("vigie-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate()) {
            long t0 = System.nanoTime();
            VigieJob.Summary s = VigieJob.run(spark, List.of(input.toString()), out.toString(), options, 0);
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.println(master + ": " + s);
            return secs;
        }
    }

    private static void warm(Pipeline p, Path input) throws IOException {
        int[] k = {0};
        new Ingestion(ReaderRegistry.withHtml(new HtmlReader())).read(List.of(input), a -> {
            if (k[0]++ < WARM_ARTICLES) p.process(a);
        }, e -> { });
    }

    private static int firstLines(Path gz, int n, Path out) throws IOException {
        int k = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(out)) {
            String line;
            while (k < n && (line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                w.write(line);
                w.write('\n');
                k++;
            }
        }
        return k;
    }

    /** ../shared from the working directory, or the nearest "shared" folder above it. */
    static Path sharedDir() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("shared");
            if (Files.isDirectory(s)) return s;
        }
        return Path.of("../shared");
    }
}
