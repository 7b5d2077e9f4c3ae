package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusCheck;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Checks a corpus without changing it (index segments, journal, reprint families).",
        description = {"Checks a corpus without changing it: every index segment (Lucene CheckIndex: which segment,",
                "which file, how many articles), the schema marker, the journal (torn tail, corrupt records),",
                "that every committed journal article is in the index, and the reprint families file.",
                "Exit code 0: nothing damaged (notes are states a crash leaves and the next write handles);",
                "1: damaged ('vigie repair CORPUS' restores committed articles from the journal); 2: not a corpus."})
final class CheckCommand extends CorpusToolCommand {

    @Override
    int run(Path dir) throws IOException {
        CorpusCheck c = Corpus.check(dir);
        print(c, c.toText());
        return c.exitCode();
    }
}
