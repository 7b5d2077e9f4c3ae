package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Publication;
import org.vigie.core.model.Skipped;
import org.vigie.corpus.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        header = "Show one stored article: where it was first published, and where else.",
        description = {"Show one stored article by id: its headline, its earliest publication (date, site, URL), the",
                "other pages that published the same text (also_published_at) and its reprint links.",
                "  vigie show ARTICLE_ID          a summary",
                "  vigie show --json ARTICLE_ID   the article as stored (the JSON contract)"})
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "ARTICLE_ID", description = "The article id (16 hex digits, as search prints it).")
    String id;

    @Option(names = "--json", description = "Print the stored JSON of the article (one line).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            String stored = corpus.getJson(id).orElseThrow(() -> new UserException("no article " + id + " in " + data.data, 1));
            if (json) {
                out.println(stored);
            } else {
                print(out, ArticleJson.fromJson(stored));
            }
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, Article a) {
        out.println(a.title());
        out.println("id " + a.id() + (a.sourceId() == null ? "" : "  source_id " + a.sourceId())
                + (a.language() == null ? "" : "  language " + a.language()));
        out.println("published  " + line(Publication.of(a.metadata())));
        if (a.storedAt() != null) out.println("stored on  " + a.storedAt() + " (first ingest, UTC)");
        if (!a.alsoPublishedAt().isEmpty()) {
            out.println("also published at (" + a.alsoPublishedAt().size() + "):");
            for (Publication p : a.alsoPublishedAt()) out.println("  " + line(p));
        }
        if (a.reprintOf() != null) out.println("reprint of " + a.reprintOf());
        if (a.familyId() != null) out.println("reprint family " + a.familyId() + " (vigie reprints " + a.id() + ")");
        for (Skipped k : a.skipped()) out.println("not analysed  " + k.layer() + ": " + k.reason());
    }

    /** date, site, URL: what is known of one publication, in that order. */
    private static String line(Publication p) {
        StringBuilder b = new StringBuilder(p.date() == null ? "(no date)" : p.date());
        if (p.site() != null) b.append("  ").append(p.site());
        String url = p.url() != null ? p.url() : p.canonicalUrl();
        b.append("  ").append(url == null ? "(no URL)" : url);
        if (!p.authors().isEmpty()) b.append("  by ").append(String.join(", ", p.authors()));
        return b.toString();
    }
}
