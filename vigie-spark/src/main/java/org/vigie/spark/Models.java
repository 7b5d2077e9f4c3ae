package org.vigie.spark;

import java.util.HashMap;
import java.util.Map;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.source.ReaderRegistry;

/**
 * Per-JVM holder of everything heavy: the first task on an executor builds the pipeline (CoreNLP
 * French models, Lingua, LanguageTool: seconds and gigabytes), every later task of that executor
 * reuses it. Stages are stateless and thread-safe, so the executor's task threads share one.
 */
public final class Models {

    private static final Map<JobOptions, Pipeline> PIPELINES = new HashMap<>();

    private Models() {
    }

    public static synchronized Pipeline pipeline(JobOptions options) {
        return PIPELINES.computeIfAbsent(options, JobOptions::buildPipeline);
    }

    /** Every format Vigie reads (the CLI's registry); readers are light and thread-safe. */
    static ReaderRegistry readers() {
        return Readers.REGISTRY;
    }

    /** Only fingerprinting is used on executors: no shared state. */
    static ReprintFamilies fingerprinter() {
        return Fingerprints.FAMILIES;
    }

    private static final class Readers {
        static final ReaderRegistry REGISTRY = ReaderRegistry.withHtml(new HtmlReader());
    }

    private static final class Fingerprints {
        static final ReprintFamilies FAMILIES = new ReprintFamilies();
    }
}
