package org.vigie.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code vigie import-parquet}: loads a Spark job's articles table into the embedded corpus. */
@Command(name = "import-parquet",
        description = {"Loads the articles table of a vigie-spark job's OUTPUT into the corpus (vigie serve can then browse it).",
                "usage: vigie import-parquet OUTPUT [--data DIR] [--batch N]"})
final class ImportParquetCommand implements Callable<Integer> {

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return SparkLauncher.run("import-parquet", args);
    }
}
