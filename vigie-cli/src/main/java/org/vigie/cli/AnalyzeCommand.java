package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Read pages (files or folders, any supported format) and print one JSON object per article.",
                "Pretty JSON for a single article; JSON lines for several or with --jsonl."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    InputOptions inputs;

    @Option(names = "--jsonl", description = "One JSON object per line, even for a single article.")
    boolean jsonl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunSummary summary = new RunSummary(spec.commandLine().getErr(), true);
        try (Engine engine = new Engine(engineOptions)) {
            // Buffer the first article so a single one can be printed pretty.
            List<Article> first = new ArrayList<>(1);
            boolean[] streaming = {jsonl};
            engine.analyze(inputs.paths(), summary, a -> {
                if (streaming[0]) {
                    out.println(ArticleJson.toJson(a));
                } else if (first.isEmpty()) {
                    first.add(a);
                } else {
                    out.println(ArticleJson.toJson(first.get(0)));
                    out.println(ArticleJson.toJson(a));
                    streaming[0] = true;
                }
            });
            if (!streaming[0] && !first.isEmpty()) out.println(ArticleJson.toPrettyJson(first.get(0)));
            out.flush();
        }
        summary.print("analysed");
        return inputs.exitCode(summary);
    }
}
