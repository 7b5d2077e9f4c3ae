package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.terms.SignificantEntity;
import org.vigie.corpus.terms.SignificantTerm;
import org.vigie.corpus.terms.SignificantTerms;
import org.vigie.corpus.terms.TermsRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "terms", mixinStandardHelpOptions = true,
        description = {"The words and named entities that stand out in the articles matching a query, against the rest of the corpus.",
                "Ranked by keyness (Dunning's log-likelihood G2), with the share of matching and other articles holding each.",
                "With --versus*, against a second selection instead (another site, another period, another query).",
                "Query syntax and filters as for vigie search (see vigie-corpus/QUERY-SYNTAX.md)."})
final class TermsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    QueryOptions query;

    @Mixin
    VersusOptions versus;

    @Option(names = "--top", paramLabel = "N", description = "How many words (default: ${DEFAULT-VALUE}).")
    int top = TermsRequest.DEFAULT_TOP;

    @Option(names = "--sample", paramLabel = "N",
            description = "Read at most N matching articles, evenly spread over the matches (default: ${DEFAULT-VALUE}).")
    int sample = TermsRequest.DEFAULT_SAMPLE;

    @Option(names = "--min-articles", paramLabel = "N",
            description = "A word must be in at least N of the articles read (default: ${DEFAULT-VALUE}).")
    int minArticles = TermsRequest.DEFAULT_MIN_ARTICLES;

    @Option(names = "--json", description = "The answer as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        TermsRequest request = QueryOptions.asked(() -> new TermsRequest(query.builder().build(), top, sample, minArticles,
                versus.given() ? versus.builder(query).build() : null));
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            // nothing to compare with (the query matches everything, or the comparison nothing else): a usage error
            SignificantTerms t = QueryOptions.answerAsAsked(() -> corpus.terms(request));
            if (json) out.println(ArticleJson.mapper().writeValueAsString(t));
            else print(t, out);
            out.flush();
            if (t.matched() == 0) SearchCommand.unknownSignals(corpus, query.signals, spec.commandLine().getErr());
            return t.matched() == 0 ? 1 : 0;
        }
    }

    static void print(SignificantTerms t, PrintWriter out) {
        out.printf(Locale.ROOT, "%d matching article%s of %d stored%s%s (%d ms)%n", t.matched(), t.matched() == 1 ? "" : "s",
                t.corpus(), t.read() < t.matched() ? ", " + t.read() + " read" : "",
                t.against() == null ? "" : String.format(Locale.ROOT, ", compared with %d other%s%s", t.against(),
                        t.against() == 1 ? "" : "s", t.againstRead() < t.against() ? " (" + t.againstRead() + " read)" : ""),
                t.tookMillis());
        if (t.terms().isEmpty()) {
            if (t.matched() > 0) out.println("no word stands out (try a lower --min-articles)");
            return;
        }
        int width = 4;
        for (SignificantTerm s : t.terms()) width = Math.max(width, s.word().length());
        out.printf(Locale.ROOT, "%-" + width + "s  %4s  %8s  %8s  %8s%n", "word", "lang", "matches", t.against() == null ? "rest" : "versus", "G2");
        for (SignificantTerm s : t.terms()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %4s  %7.1f%%  %7.2f%%  %8.1f%n", s.word(), s.language(),
                    100 * s.share(), 100 * s.restShare(), s.score());
        }
        if (t.entities().isEmpty()) return;
        width = 6;
        for (SignificantEntity e : t.entities()) width = Math.max(width, e.name().length());
        out.println();
        out.printf(Locale.ROOT, "%-" + width + "s  %4s  %8s  %8s  %8s  %s%n", "entity", "type", "matches",
                t.against() == null ? "rest" : "versus", "G2", "id");
        for (SignificantEntity e : t.entities()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %4s  %7.1f%%  %7.2f%%  %8.1f  %s%n", e.name(), e.type() == null ? "" : e.type(),
                    100 * e.share(), 100 * e.restShare(), e.score(), e.entityId());
        }
    }
}
