package org.vigie.cli;

import java.time.LocalDate;
import java.util.List;
import org.vigie.corpus.search.SearchRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The query and its filters, shared by the commands that select articles (search, timeline, export). */
final class QueryOptions {

    @Parameters(arity = "0..*", paramLabel = "QUERY",
            description = "The query (words are joined by spaces; none: every article; see vigie-corpus/QUERY-SYNTAX.md).")
    List<String> words = List.of();

    @Option(names = "--entity", description = "Only articles naming this entity (id or canonical name).")
    List<String> entities = List.of();

    @Option(names = "--speaker", description = "Only articles quoting this speaker (id or canonical name).")
    List<String> speakers = List.of();

    @Option(names = "--site", description = "Only articles from this site.")
    List<String> sites = List.of();

    @Option(names = "--language", description = "Only articles in this language (ISO 639-1).")
    List<String> languages = List.of();

    @Option(names = "--signal", description = "Only articles with this signal kind.")
    List<String> signals = List.of();

    @Option(names = "--author", paramLabel = "NAME",
            description = "Only articles by this byline author: the name or one word of it, case and accents"
                    + " ignored (--author dupont finds Jean Dupont); several are alternatives.")
    List<String> authors = List.of();

    @Option(names = "--country", paramLabel = "CODE",
            description = "Only articles about this country (ISO 3166-1 alpha-2 code, e.g. SY: named, or a place"
                    + " in it, or its nationality word); several are all required.")
    List<String> countries = List.of();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "Published on or after (any of its publications, for a text published on several pages).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before (any of its publications).")
    LocalDate to;

    /** A request builder for the query with these filters. */
    SearchRequest.Builder builder() {
        SearchRequest.Builder b = SearchRequest.builder(String.join(" ", words));
        entities.forEach(b::entity);
        speakers.forEach(b::speaker);
        sites.forEach(b::site);
        languages.forEach(b::language);
        signals.forEach(b::signal);
        authors.forEach(b::author);
        countries.forEach(b::country);
        if (from != null) b.from(from);
        if (to != null) b.to(to);
        return b;
    }

    /**
     * The request {@code make} builds from the user's options; one it refuses (IllegalArgumentException:
     * a date range the wrong way round, an unknown table, a count out of range) is a usage error
     * (exit 2, its message saying what would do).
     */
    static <T> T asked(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
    }

    /** A query on the corpus: a search, a timeline, an export. */
    interface Call<T> {
        T run() throws java.io.IOException;
    }

    /**
     * As {@link #answer}, and a request the corpus refuses as asked (IllegalArgumentException: a
     * timeline of too many intervals, words that stand out with nothing to compare with) is a usage
     * error too (exit 2, its message naming what would fit).
     */
    static <T> T answerAsAsked(Call<T> call) throws java.io.IOException {
        try {
            return answer(call);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
    }

    /**
     * The answer of {@code call}, its failures turned into the user's errors: a query that cannot be
     * read is a usage error (exit 2, "bad query: ..."); a corpus of an older schema exits 1 with its
     * message naming vigie repair.
     */
    static <T> T answer(Call<T> call) throws java.io.IOException {
        try {
            return call.run();
        } catch (org.vigie.corpus.search.QuerySyntaxException e) {
            throw new UserException(e.getMessage(), 2);
        } catch (org.vigie.corpus.store.CorpusFormatException e) {
            throw new UserException(e.getMessage(), 1);
        }
    }
}
