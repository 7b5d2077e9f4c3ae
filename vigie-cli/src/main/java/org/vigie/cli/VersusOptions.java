package org.vigie.cli;

import java.time.LocalDate;
import java.util.List;
import org.vigie.corpus.search.SearchRequest;
import picocli.CommandLine.Option;

/**
 * A second selection to compare a query's articles with (vigie terms): the same query and filters,
 * except those replaced here. "Alep on Sputnik versus Alep on Le Monde" is {@code --site sputnik
 * --versus-site lemonde}; "this week versus the week before" is {@code --from/--to} and
 * {@code --versus-from/--versus-to}.
 */
final class VersusOptions {

    @Option(names = "--versus", paramLabel = "QUERY",
            description = "Compare with the articles this query matches (the other filters as given, unless replaced by --versus-*) instead of the rest of the corpus.")
    String query;

    @Option(names = "--versus-site", paramLabel = "SITE", description = "Compare with the articles of this site (replaces --site in the comparison).")
    List<String> sites = List.of();

    @Option(names = "--versus-from", paramLabel = "YYYY-MM-DD", description = "Compare with articles published on or after this day (replaces --from).")
    LocalDate from;

    @Option(names = "--versus-to", paramLabel = "YYYY-MM-DD", description = "Compare with articles published on or before this day (replaces --to).")
    LocalDate to;

    /** Whether any comparison was asked for. */
    boolean given() {
        return query != null || !sites.isEmpty() || from != null || to != null;
    }

    /** The comparison: {@code main}'s query and filters with the ones given here in their place. */
    SearchRequest.Builder builder(QueryOptions main) {
        SearchRequest.Builder b = SearchRequest.builder(query != null ? query : String.join(" ", main.words));
        main.entities.forEach(b::entity);
        main.speakers.forEach(b::speaker);
        (sites.isEmpty() ? main.sites : sites).forEach(b::site);
        main.languages.forEach(b::language);
        main.signals.forEach(b::signal);
        main.authors.forEach(b::author);
        main.countries.forEach(b::country);
        LocalDate f = from != null ? from : main.from;
        LocalDate t = to != null ? to : main.to;
        if (f != null) b.from(f);
        if (t != null) b.to(t);
        return b;
    }
}
