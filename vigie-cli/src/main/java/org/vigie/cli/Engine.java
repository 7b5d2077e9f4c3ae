package org.vigie.cli;

import org.vigie.core.pipeline.OrderedParallel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.ingest.source.Ingestion;
import org.vigie.ingest.source.ReaderRegistry;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.signals.SignalStages;

/**
 * What a run of the CLI needs, assembled once: the readers (every format, HTML extraction
 * included) and the standard pipeline (language → tokens and NER → entities → entity ids →
 * quotes → times → signals).
 */
final class Engine implements AutoCloseable {

    private final EngineOptions options;
    private Pipeline pipeline;

    Engine(EngineOptions options) {
        this.options = options;
    }

    /** The standard pipeline, built on first use (models load once per JVM). */
    synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = standardPipeline(options.highAccuracyLanguage, options.documentDate(), options.noNlp,
                    options.noSpellCheck);
            ModelPreload.start(options.highAccuracyLanguage, !options.noNlp, !options.noSpellCheck);
        }
        return pipeline;
    }

    static Pipeline standardPipeline(boolean highAccuracyLanguage, LocalDate documentDate, boolean noNlp,
                                     boolean noSpellCheck) {
        Pipeline p = Pipeline.of(new LanguageStage(highAccuracyLanguage));
        if (noNlp) return p;
        SignalStages.Options signals = SignalStages.Options.defaults();
        if (noSpellCheck) signals = signals.withoutSpellChecker();
        for (var s : NlpPipelines.standard(documentDate, signals).stages()) p = p.then(s);
        return p;
    }

    /** Every format Vigie reads, by content and extension. */
    static ReaderRegistry readers() {
        return ReaderRegistry.withHtml(new HtmlReader());
    }

    /** Reads every input, runs the pipeline on worker threads and hands results out in input order. */
    void analyze(List<Path> paths, RunSummary summary, Consumer<Article> out) {
        Pipeline p = pipeline();
        Progress[] progress = {null};
        Ingestion.Summary s;
        try (OrderedParallel<Article, Article> workers = new OrderedParallel<>(
                Math.max(1, options.threads), a -> analyseOne(p, a, summary), a -> {
                    if (a == null) return;
                    summary.read();
                    out.accept(a);
                })) {
            s = new Ingestion(readers()).read(paths, workers::submit, summary::skipped, (file, done, total, articles) -> {
                if (progress[0] == null) progress[0] = Progress.forStderr(total);
                progress[0].step("files");
            });
            workers.finish();
        }
        summary.passedOver(s.skipped());
    }

    /** One article through the pipeline; a failure is reported against the article and the run goes on. */
    static Article analyseOne(Pipeline p, Article a, RunSummary summary) {
        try {
            return p.process(a);
        } catch (RuntimeException e) {
            summary.skipped(new org.vigie.core.read.ReadException(a.origin(), -1, -1,
                    "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e));
            return null;
        }
    }

    @Override
    public void close() {
    }
}
