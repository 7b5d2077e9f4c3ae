package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.search.FacetCount;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.search.SearchResult;
import org.vigie.core.json.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the corpus: ranked hits with highlighted snippets.",
                "French analysis: accents and elisions folded, light stemming (\"terroriste\" finds \"terroristes\").",
                "Syntax: words, \"a phrase\", AND/OR/NOT, title:word, quote:word, author:name"
                        + " (see vigie-corpus/QUERY-SYNTAX.md)."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    QueryOptions query;

    @Option(names = "--sort", description = "relevance or date (default: ${DEFAULT-VALUE}).")
    SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;

    @Option(names = {"-n", "--size"}, description = "Hits per page (default: ${DEFAULT-VALUE}).")
    int size = 10;

    @Option(names = "--offset", description = "Hits to skip (pagination).")
    int offset;

    @Option(names = "--facets", description = "Also print facet counts (entities, speakers, sites, languages, signals, authors, countries).")
    boolean facets;

    @Option(names = "--json", description = "One JSON object per hit (id, source_id, score, snippet, ...).")
    boolean json;

    /** A mistyped --signal gives no hit; say which of the asked signals no stored article has, and which exist. */
    static void unknownSignals(Corpus corpus, List<String> signals, PrintWriter err) throws IOException {
        if (signals.isEmpty()) return;
        List<FacetCount> present = corpus.search(SearchRequest.builder("").size(0).facetSize(100).build())
                .facets().getOrDefault("signal", List.of());
        Set<String> kinds = new TreeSet<>();
        for (FacetCount c : present) kinds.add(c.value());
        for (String s : signals) {
            if (!kinds.contains(s)) {
                err.println("vigie: no stored article has the signal '" + s + "'"
                        + (kinds.isEmpty() ? "" : " (signals in this corpus: " + String.join(", ", kinds) + ")"));
            }
        }
        err.flush();
    }

    @Override
    public Integer call() throws IOException {
        data.existing();
        SearchRequest.Builder b = query.builder().sort(sort).size(size).offset(offset);
        SearchRequest request = QueryOptions.asked(b::build);
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            SearchResult r = QueryOptions.answer(() -> corpus.search(request));
            boolean ansi = System.console() != null && System.getenv("NO_COLOR") == null;
            if (json) {
                for (SearchHit h : r.hits()) out.println(ArticleJson.mapper().writeValueAsString(h));
                if (facets) out.println(ArticleJson.mapper().writeValueAsString(java.util.Map.of("facets", r.facets())));
            } else {
                out.printf("%d hit%s (%d ms)%n", r.total(), r.total() == 1 ? "" : "s", r.tookMillis());
                int rank = r.offset();
                for (SearchHit h : r.hits()) {
                    out.printf("%n%d. %s  [%s%s]  score %.2f%n", ++rank, h.title(), h.id(),
                            h.date() == null ? "" : ", " + h.date(), h.score() == null ? 0f : h.score());
                    if (h.snippet() != null) out.println("   " + (ansi ? h.snippet().ansi() : h.snippet().bracketed()));
                }
                if (facets) {
                    r.facets().forEach((name, counts) -> {
                        if (counts.isEmpty()) return;
                        out.printf("%n%s:", name);
                        for (FacetCount c : counts) {
                            // an entity's name, then the id its filter takes: --entity per-6f1c…
                            out.printf(" %s (%d)", c.label().equals(c.value()) ? c.value() : c.label() + " [" + c.value() + "]", c.count());
                        }
                        out.println();
                    });
                }
            }
            out.flush();
            if (r.total() == 0) unknownSignals(corpus, query.signals, spec.commandLine().getErr());
            return r.total() == 0 ? 1 : 0;
        }
    }
}
