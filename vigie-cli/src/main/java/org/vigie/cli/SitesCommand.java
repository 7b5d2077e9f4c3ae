package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.sites.SiteList;
import org.vigie.corpus.sites.SiteSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sites", mixinStandardHelpOptions = true,
        description = {"Every site of the corpus (or of the articles a query selects), most articles first.",
                "Each with its first and last publication date, the share of its articles whose text another site published first",
                "(a reprint family's earliest source, or the same text's earliest page), the share flagged wire-reprint,",
                "and its rating when the source-ratings list has one. vigie site SITE profiles one.",
                "Query syntax and filters as for vigie search (see vigie-corpus/QUERY-SYNTAX.md)."})
final class SitesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    QueryOptions query;

    @Mixin
    RatingsOption ratings;

    @Option(names = "--json", description = "The list as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        SearchRequest filter = QueryOptions.asked(() -> query.builder().build());
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            SiteList list = QueryOptions.answer(() -> corpus.sites(filter, reprints.families(), ratings.ratings()));
            if (json) out.println(ArticleJson.mapper().writeValueAsString(list));
            else print(list, out);
            out.flush();
            return list.matched() == 0 ? 1 : 0;
        }
    }

    static void print(SiteList l, PrintWriter out) {
        out.printf(Locale.ROOT, "%d site%s of %d article%s (%d stored) (%d ms)%n", l.sites().size(), l.sites().size() == 1 ? "" : "s",
                l.matched(), l.matched() == 1 ? "" : "s", l.corpus(), l.tookMillis());
        if (l.sites().isEmpty()) return;
        int width = 4;
        for (SiteSummary s : l.sites()) width = Math.max(width, s.site().length());
        out.printf(Locale.ROOT, "%-" + width + "s  %8s  %-10s  %-10s  %7s  %7s  %s%n", "site", "articles", "first", "last", "copied",
                "wire", "rating");
        for (SiteSummary s : l.sites()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %8d  %-10s  %-10s  %6.1f%%  %6.1f%%  %s%n", s.site(), s.articles(),
                    s.first() == null ? "-" : s.first(), s.last() == null ? "-" : s.last(), 100 * s.copiedShare(),
                    100 * s.wireReprintShare(), s.rating() == null ? "" : s.rating().rating());
        }
    }
}
