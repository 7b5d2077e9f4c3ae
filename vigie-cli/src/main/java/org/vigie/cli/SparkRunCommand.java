package org.vigie.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code vigie spark-run}: the Spark job in local mode (development), in a JVM of its own. */
@Command(name = "spark-run",
        description = {"Runs the Vigie Spark job (vigie-spark) in a separate JVM and writes Parquet tables.",
                "usage: vigie spark-run [--master local[2]] [--partitions N] [--date YYYY-MM-DD] [--no-spell-check]",
                "                       [--high-accuracy-language] INPUT... OUTPUT",
                "On a cluster, use spark-submit (see vigie-spark/README.md)."})
final class SparkRunCommand implements Callable<Integer> {

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return SparkLauncher.run("spark-run", args);
    }
}
