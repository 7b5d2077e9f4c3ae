package org.vigie.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the embedded corpus lives. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("vigie-data");
}
