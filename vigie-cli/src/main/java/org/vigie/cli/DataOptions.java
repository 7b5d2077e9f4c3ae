package org.vigie.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the embedded corpus lives. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("vigie-data");

    /** The corpus folder, which the reading commands need to exist (they never create one). */
    Path existing() {
        if (!java.nio.file.Files.isDirectory(data)) {
            throw new UserException("no corpus at " + data + " (run 'vigie ingest PATH' first, or give --data DIR)", 2);
        }
        return data;
    }

    /** Tells the user when opening brought a corpus written by an older Vigie up to date (it took a reindex). */
    static void reportMigration(org.vigie.corpus.Corpus corpus, java.io.PrintWriter err) {
        if (corpus.migration() != null) err.println("vigie: " + corpus.migration());
    }
}
