package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusRepair;
import picocli.CommandLine.Command;

@Command(name = "repair", mixinStandardHelpOptions = true,
        header = "Repairs a damaged corpus from its journal (stop any process writing to it first).",
        description = {"Repairs a corpus (stop any process writing to it first): drops index segments Lucene",
                "rejects (CheckIndex -exorcise), replaces an unreadable index (set aside, not deleted), re-adds",
                "every committed article the journal holds and the index lacks, journals what the journal lacks,",
                "rebuilds a stale reprints.bin; prints what it did (with --json: and the check after), then checks.",
                "Idempotent and safe to interrupt: run it again. Exit code 0 when the corpus checks clean after."})
final class RepairCommand extends CorpusToolCommand {

    @Override
    int run(Path dir) throws IOException {
        CorpusRepair r = Corpus.repair(dir);
        print(r, r.toText());
        return r.after().exitCode();
    }
}
