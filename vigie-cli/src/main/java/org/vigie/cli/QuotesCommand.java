package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.quotes.QuoteRequest;
import org.vigie.corpus.quotes.QuoteTrail;
import org.vigie.corpus.quotes.QuoteTrailList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        header = "Quotation trails: the same words quoted across the corpus, where they appeared first, who changed them.",
        description = {"Quotation trails: direct quotations whose words are the same or nearly the same across stored articles",
                "(case, quotation marks, apostrophes and spacing ignored; a cut copy joins its quotation), most sites first.",
                "Each with its canonical wording (the earliest appearance's), its first appearance (site and date, as reprint",
                "families order them), how many articles and sites carry it, the speakers it is attributed to, and how many",
                "appearances altered its words or gave it to another speaker. vigie quote REF shows one trail.",
                "A trail is listed when one of its appearances is in an article the query and filters select",
                "(see vigie-corpus/QUERY-SYNTAX.md); --speaker keeps the trails attributed to that speaker."})
final class QuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    QueryOptions query;

    @Option(names = "--top", paramLabel = "N", description = "How many trails (default: ${DEFAULT-VALUE}, at most 1000).")
    int top = QuoteRequest.DEFAULT_TOP;

    @Option(names = "--flagged", description = "Only trails with an altered or reattributed appearance.")
    boolean flagged;

    @Option(names = "--json", description = "The list as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        QuoteRequest request = QueryOptions.asked(() -> new QuoteRequest(query.builder().build(), top, flagged));
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            QuoteTrailList list = QueryOptions.answer(() -> corpus.quotes(request));
            if (json) out.println(ArticleJson.mapper().writeValueAsString(list));
            else print(list, out);
            out.flush();
            return list.trails().isEmpty() ? 1 : 0;
        }
    }

    static void print(QuoteTrailList l, PrintWriter out) {
        out.printf(Locale.ROOT, "%d trail%s in %d selected article%s (%d quotations compared) (%d ms)%n", l.total(),
                l.total() == 1 ? "" : "s", l.matched(), l.matched() == 1 ? "" : "s", l.quotes(), l.tookMillis());
        for (QuoteTrail t : l.trails()) {
            out.printf(Locale.ROOT, "%n%s  %d site%s, %d article%s%s%s%n", t.id(), t.sites().size(), t.sites().size() == 1 ? "" : "s",
                    t.articles(), t.articles() == 1 ? "" : "s", t.altered() == 0 ? "" : ", " + t.altered() + " altered",
                    t.reattributed() == 0 ? "" : ", " + t.reattributed() + " reattributed");
            out.printf(Locale.ROOT, "  \u00ab %s \u00bb%n", QuoteCommand.shorten(t.text(), 200));
            out.printf(Locale.ROOT, "  first: %s %s%s%n", t.first().site() == null ? "?" : t.first().site(),
                    t.first().date() == null ? "undated" : t.first().date(),
                    t.speakers().isEmpty() ? "" : "; said by " + t.speakers().stream().map(s -> s.canonical() != null ? s.canonical() : s.entityId())
                            .collect(Collectors.joining(", ")));
        }
    }
}
