package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input paths and what to do with bad inputs; shared by the commands that read pages. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders (read recursively): page dumps, HTML, WARC, RSS/Atom, JSONL, CSV.")
    List<Path> paths;

    @Option(names = "--keep-going",
            description = "Exit 0 even when some inputs were skipped (they are still reported).")
    boolean keepGoing;

    List<Path> paths() {
        for (Path p : paths) {
            if (!Files.exists(p)) throw new UserException("no such file or folder: " + p, 2);
        }
        return paths;
    }

    int exitCode(RunSummary summary) {
        if (summary.readCount() == 0 && summary.skippedCount() == 0) {
            System.err.println("vigie: no article found in " + paths);
            return 3;
        }
        return summary.skippedCount() > 0 && !keepGoing ? 4 : 0;
    }
}
