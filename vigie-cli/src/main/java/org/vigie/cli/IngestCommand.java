package org.vigie.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.IngestReport;
import org.vigie.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse pages and store them in the embedded corpus.",
                "Idempotent: an article already stored (same text) is kept once. Batches are committed whole."})
final class IngestCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    InputOptions inputs;

    @Mixin
    DataOptions data;

    @Option(names = "--batch", description = "Articles per atomic commit (default: ${DEFAULT-VALUE}).")
    int batch = Corpus.DEFAULT_BATCH;

    @Override
    public Integer call() throws IOException {
        if (batch < 1) throw new UserException("--batch must be at least 1", 2);
        RunSummary summary = new RunSummary(spec.commandLine().getErr(), false);
        IngestReport[] total = {IngestReport.EMPTY};
        try (Corpus corpus = Corpus.open(data.data); Engine engine = new Engine(engineOptions)) {
            DataOptions.reportMigration(corpus, spec.commandLine().getErr());
            CorpusReprints reprints = CorpusReprints.open(corpus);
            List<Article> pending = new ArrayList<>(batch);
            engine.analyze(inputs.paths(), summary, a -> {
                pending.add(reprints.link(Corpus.storable(a)));
                if (pending.size() >= batch) total[0] = total[0].plus(commit(corpus, reprints, pending));
            });
            if (!pending.isEmpty()) total[0] = total[0].plus(commit(corpus, reprints, pending));
            summary.print("read");
            spec.commandLine().getErr().println("vigie: " + total[0] + " → " + corpus.count() + " articles in " + data.data);
        }
        return inputs.exitCode(summary);
    }

    /** Commits the batch, then the reprint families that cover it (a crash between is reconciled on open). */
    private static IngestReport commit(Corpus corpus, CorpusReprints reprints, List<Article> pending) {
        try {
            // links as they stand after the whole batch, and earlier articles whose family changed
            IngestReport r = corpus.ingest(reprints.toWrite(pending));
            reprints.save();
            pending.clear();
            return r;
        } catch (IOException e) {
            throw new UserException("cannot store batch: " + e.getMessage());
        }
    }
}
