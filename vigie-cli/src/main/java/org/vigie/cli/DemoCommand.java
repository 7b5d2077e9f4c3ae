package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.corpus.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled samples into a scratch corpus, then serve it (open the printed address).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--samples", description = "Folder of pages to ingest (default: ${DEFAULT-VALUE}).")
    Path samples = Path.of("samples");

    @Option(names = "--data", paramLabel = "DIR", description = "Scratch corpus folder (default: a new temporary folder).")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(samples)) throw new UserException("no samples folder at " + samples, 2);
        Path dir = data != null ? data : Files.createTempDirectory("vigie-demo");
        EngineOptions engine = new EngineOptions();
        RunSummary summary = new RunSummary(spec.commandLine().getErr(), false);
        try (Corpus corpus = Corpus.open(dir)) {
            java.util.List<org.vigie.core.model.Article> all = new java.util.ArrayList<>();
            new Engine(engine).analyze(List.of(samples), summary, all::add);
            corpus.ingest(all);
            summary.print("ingested");
            ServeCommand.serve(corpus, server, engine);
        }
        return 0;
    }
}
