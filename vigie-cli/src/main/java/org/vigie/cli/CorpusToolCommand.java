package org.vigie.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code check} and {@code repair} share: the corpus folder (positional or {@code --data}),
 * and a report printed as text or, with {@code --json}, as one snake_case JSON object.
 */
abstract class CorpusToolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CORPUS", description = "Corpus folder (default: --data).")
    Path corpus;

    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "The report as one JSON object.")
    boolean json;

    @Override
    public final Integer call() throws IOException {
        Path dir = corpus != null ? corpus : data.data;
        if (!Files.isDirectory(dir)) throw new UserException("no corpus at " + dir, 2);
        return run(dir);
    }

    /** Does the work on an existing folder and returns the exit code. */
    abstract int run(Path dir) throws IOException;

    /** Prints {@code report} as JSON with {@code --json}, else {@code text}. */
    final void print(Object report, String text) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ArticleJson.mapper().copy()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .writeValueAsString(report));
        } else {
            out.print(text);
        }
        out.flush();
    }
}
