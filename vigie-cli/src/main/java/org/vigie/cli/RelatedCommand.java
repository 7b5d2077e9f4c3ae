package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.related.RelatedArticle;
import org.vigie.corpus.related.RelatedConfig;
import org.vigie.corpus.related.RelatedRequest;
import org.vigie.corpus.related.RelatedResult;
import org.vigie.corpus.related.SharedEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "related", mixinStandardHelpOptions = true,
        header = "Related coverage: the other articles about the same thing as one stored article.",
        description = {"The stored articles most like one article (its telling words, the headline's first, and the",
                "named entities both name): other outlets' reports, follow-ups, earlier background. Its reprint",
                "family (copies of its text) is left out. Within ±30 days of its date by default; an undated",
                "article has no window. Exit code 1 when the article is unknown or nothing is related.",
                "  vigie related ARTICLE_ID",
                "  vigie related --days any --top 20 ARTICLE_ID"})
final class RelatedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "ARTICLE_ID", description = "The article id (16 hex digits, as search prints it).")
    String id;

    @Option(names = "--top", paramLabel = "N", description = "How many related articles (1 to 100, default: ${DEFAULT-VALUE}).")
    int top = RelatedRequest.DEFAULT_TOP;

    @Option(names = "--days", paramLabel = "N|any",
            description = "Only articles published within N days before or after it, or 'any' date (default: ${DEFAULT-VALUE}).")
    String days = Integer.toString(RelatedRequest.DEFAULT_DAYS);

    @Option(names = "--min-similarity", paramLabel = "S",
            description = {"List only articles whose score is at least this share of the article's own score for the same",
                    "words (0 to 1; 0 lists every article with a word in common; default: ${DEFAULT-VALUE})."})
    float minSimilarity = RelatedConfig.DEFAULT.minSimilarity();

    @Option(names = "--json", description = "The answer as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        RelatedRequest request = QueryOptions.asked(() -> RelatedRequest.of(id).withTop(top).withDaysOrAny(RelatedRequest.parseDays(days))
                .withConfig(RelatedConfig.DEFAULT.withMinSimilarity(minSimilarity)));
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            RelatedResult r = corpus.related(request)
                    .orElseThrow(() -> new UserException("no article " + id + " in " + data.data, 1));
            if (json) out.println(ArticleJson.mapper().writeValueAsString(r));
            else print(r, out);
            out.flush();
            return r.related().isEmpty() ? 1 : 0;
        }
    }

    static void print(RelatedResult r, PrintWriter out) {
        out.println(r.title());
        String window = r.from() == null
                ? (r.date() == null ? "undated: any date" : "any date")
                : "published " + r.from() + " to " + r.to();
        out.printf(Locale.ROOT, "id %s  %s  related %s (%d ms)%n", r.id(), r.date() == null ? "(no date)" : r.date(),
                window, r.tookMillis());
        if (r.related().isEmpty()) {
            out.println("no related article: none" + (r.from() == null ? "" : " in the window (try --days any)")
                    + " shares enough with it (see --min-similarity)");
            return;
        }
        for (RelatedArticle h : r.related()) {
            out.printf(Locale.ROOT, "%4.0f%%  %s  %-9s %-10s %s  %s%n", 100 * h.similarity(), h.id(),
                    h.when() == RelatedArticle.When.UNDATED ? "-" : h.when().json(),
                    h.date() == null ? "(no date)" : h.date().length() > 10 ? h.date().substring(0, 10) : h.date(),
                    h.site() == null ? "-" : h.site(), h.title());
            if (!h.sharedEntities().isEmpty()) {
                out.println("        shared: " + h.sharedEntities().stream().map(SharedEntity::name).collect(Collectors.joining(", ")));
            }
        }
        out.println("words: " + String.join(", ", r.terms()));
    }
}
