package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusRepair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Repairs a corpus (stop any process writing to it first): drops index segments Lucene",
                "rejects (CheckIndex -exorcise), replaces an unreadable index (set aside, not deleted), re-adds",
                "every committed article the journal holds and the index lacks, journals what the journal lacks,",
                "rebuilds a stale reprints.bin; prints what it did, then checks.",
                "Idempotent and safe to interrupt: run it again. Exit code 0 when the corpus checks clean after."})
final class RepairCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CORPUS", description = "Corpus folder (default: --data).")
    Path corpus;

    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "What was done, and the check after, as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path dir = CheckCommand.corpusDir(corpus, data);
        CorpusRepair r = Corpus.repair(dir);
        if (json) {
            spec.commandLine().getOut().println(CheckCommand.mapper().writeValueAsString(r));
        } else {
            spec.commandLine().getOut().print(r.toText());
        }
        spec.commandLine().getOut().flush();
        return r.after().exitCode();
    }
}
