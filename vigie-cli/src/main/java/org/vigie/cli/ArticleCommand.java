package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vigie.core.model.Article;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads pages, runs them through the {@link Engine} and hands each analysed article
 * to {@link #accept}: the shape shared by {@code analyze} and {@code signals}. The run summary and
 * the exit code follow the input options.
 */
abstract class ArticleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    InputOptions inputs;

    /** Called for each article, in input order. */
    abstract void accept(Article article, PrintWriter out);

    /** Called once after the last article (to flush what {@link #accept} buffered). */
    void finish(PrintWriter out) {
    }

    /** The verb of the summary line ("analysed 3 articles"). */
    abstract String verb();

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunSummary summary = new RunSummary(spec.commandLine().getErr(), true);
        Consumer<Article> sink = a -> accept(a, out);
        try (Engine engine = new Engine(engineOptions)) {
            engine.analyze(inputs.paths(), summary, sink);
            finish(out);
            out.flush();
        }
        summary.print(verb());
        return inputs.exitCode(summary);
    }
}
