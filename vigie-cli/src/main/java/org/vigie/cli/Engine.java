package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.dump.DumpReader;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.ingest.tabular.CsvReader;
import org.vigie.ingest.tabular.JsonlReader;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * What a run of the CLI needs, assembled once: the readers and the standard pipeline
 * (language → tokens and NER → entities → entity ids → quotes → times → signals).
 */
final class Engine implements AutoCloseable {

    private final EngineOptions options;
    private Pipeline pipeline;

    Engine(EngineOptions options) {
        this.options = options;
    }

    /** The standard pipeline, built on first use (models load once per JVM). */
    synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = standardPipeline(options.highAccuracyLanguage, options.documentDate(), options.noNlp);
        return pipeline;
    }

    static Pipeline standardPipeline(boolean highAccuracyLanguage, LocalDate documentDate, boolean noNlp) {
        Pipeline p = Pipeline.of(new LanguageStage(highAccuracyLanguage));
        if (noNlp) return p;
        for (var s : EntityPipelines.french().stages()) p = p.then(s);
        return p;
    }

    /** Reads every input, runs the pipeline on worker threads and hands results out in input order. */
    void analyze(List<Path> paths, RunSummary summary, Consumer<Article> out) {
        Pipeline p = pipeline();
        Progress progress = Progress.forStderr(countFiles(paths));
        try (OrderedParallel<Article, Article> workers = new OrderedParallel<>(
                Math.max(1, options.threads), p::process, a -> {
                    summary.read();
                    out.accept(a);
                })) {
            read(paths, summary, article -> workers.submit(article), () -> progress.step("files"));
            workers.finish();
        }
    }

    /** Reads the inputs in order; each article goes to {@code out}, each bad input to the summary. */
    static void read(List<Path> paths, RunSummary summary, Consumer<Article> out, Runnable afterFile) {
        for (Path root : paths) {
            for (Path file : files(root)) {
                RawDocument doc;
                try {
                    doc = RawDocument.of(Files.readAllBytes(file), file.toString());
                } catch (IOException e) {
                    summary.skipped(new ReadException(org.vigie.core.model.Origin.ofPath(file.toString()),
                            -1, -1, "cannot read: " + e.getMessage()));
                    afterFile.run();
                    continue;
                }
                try {
                    for (Article a : readerFor(file).read(doc, summary::skipped)) out.accept(a);
                } catch (ReadException e) {
                    summary.skipped(e);
                }
                afterFile.run();
            }
        }
    }

    static ArticleReader readerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return new JsonlReader();
        if (name.endsWith(".csv")) return new CsvReader();
        return new DumpReader();
    }

    private static long countFiles(List<Path> paths) {
        long n = 0;
        for (Path p : paths) n += files(p).size();
        return n;
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) return List.of(root);
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> out = new ArrayList<>();
            s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !isDoc(f))
                    .sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UserException("cannot list " + root + ": " + e.getMessage());
        }
    }

    /** Licence and attribution files beside samples are not pages. */
    private static boolean isDoc(Path f) {
        String n = f.getFileName().toString();
        return n.matches("(?i)(LICEN[CS]E|COPYING|NOTICE|ATTRIBUTION|README|SOURCE)(\\..*)?");
    }

    @Override
    public void close() {
    }
}
