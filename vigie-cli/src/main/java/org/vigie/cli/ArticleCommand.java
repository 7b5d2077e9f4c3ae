package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--against", paramLabel = "DIR", description = {
            "Compare each page with the reprint families of the corpus in DIR (read only, nothing is stored):",
            "a page that copies a wire or state-media text stored there gets the wire-reprint signal, one that copies a stored",
            "text with other figures figure-changed; a quotation whose",
            "words differ from its earliest appearance there gets quote-altered, one given to another speaker quote-reattributed."})
    Path against;

    /** Called for each article, in input order. */
    abstract void accept(Article article, PrintWriter out);

    /** Called once after the last article (to flush what {@link #accept} buffered). */
    void finish(PrintWriter out) {
    }

    /** The verb of the summary line ("analysed 3 articles"). */
    abstract String verb();

    private Corpus openAgainst() throws IOException {
        if (against == null) return null;
        if (!Files.isDirectory(against)) throw new UserException("--against " + against + ": no such corpus folder");
        return Corpus.openReadOnly(against);
    }

    private static Article againstCorpus(Corpus corpus, Article a) {
        try {
            return corpus.compareQuotes(a);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunSummary summary = new RunSummary(spec.commandLine().getErr(), true);
        try (Corpus corpus = openAgainst(); Engine engine = new Engine(engineOptions)) {
            CorpusReprints reprints = corpus == null ? null : CorpusReprints.open(corpus);
            Consumer<Article> sink = a -> accept(reprints == null ? a : againstCorpus(corpus, reprints.compare(a)), out);
            engine.analyze(inputs.paths(), summary, sink);
            finish(out);
            out.flush();
        } catch (IOException e) {
            throw new UserException("cannot read the corpus in " + against + ": " + e.getMessage());
        }
        summary.print(verb());
        return inputs.exitCode(summary);
    }
}
