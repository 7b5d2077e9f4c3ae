package org.vigie.cli;

import java.io.PrintWriter;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Read pages (files or folders, any supported format) and print one JSON object per article.",
                "Pretty JSON for a single article; JSON lines for several or with --jsonl."})
final class AnalyzeCommand extends ArticleCommand {

    @Option(names = "--jsonl", description = "One JSON object per line, even for a single article.")
    boolean jsonl;

    /** The first article, held back so that a run of exactly one can be printed pretty. */
    private Article first;
    private boolean streaming;

    @Override
    void accept(Article a, PrintWriter out) {
        if (jsonl || streaming) {
            out.println(ArticleJson.toJson(a));
        } else if (first == null) {
            first = a;
        } else {
            out.println(ArticleJson.toJson(first));
            out.println(ArticleJson.toJson(a));
            streaming = true;
        }
    }

    @Override
    void finish(PrintWriter out) {
        if (!streaming && first != null) out.println(ArticleJson.toPrettyJson(first));
    }

    @Override
    String verb() {
        return "analysed";
    }
}
