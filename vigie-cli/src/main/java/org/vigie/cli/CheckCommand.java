package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a corpus without changing it: every index segment (Lucene CheckIndex: which segment,",
                "which file, how many articles), the schema marker, the journal (torn tail, corrupt records),",
                "that every committed journal article is in the index, and the reprint families file.",
                "Exit code 0: nothing damaged (notes are states a crash leaves and the next write handles);",
                "1: damaged ('vigie repair CORPUS' restores committed articles from the journal); 2: not a corpus."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CORPUS", description = "Corpus folder (default: --data).")
    Path corpus;

    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "The report as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path dir = corpusDir(corpus, data);
        CorpusCheck c = Corpus.check(dir);
        if (json) {
            spec.commandLine().getOut().println(mapper().writeValueAsString(c));
        } else {
            spec.commandLine().getOut().print(c.toText());
        }
        spec.commandLine().getOut().flush();
        return c.exitCode();
    }

    static Path corpusDir(Path positional, DataOptions data) {
        Path dir = positional != null ? positional : data.data;
        if (!Files.isDirectory(dir)) throw new UserException("no corpus at " + dir, 2);
        return dir;
    }

    static ObjectMapper mapper() {
        return ArticleJson.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }
}
