package org.vigie.corpus.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A corpus search: a query in the syntax of {@code QUERY-SYNTAX.md} (blank or {@code *} matches
 * every article), filters, sort and page.
 *
 * <p>Filters narrow the hits without changing their scores. {@code sites} and {@code languages}
 * are alternatives (an article has one site: any listed one matches); {@code entities},
 * {@code speakers} and {@code signals} are all required (an article has many). An entity or
 * speaker is named by its entity id or its canonical name. {@code authors} are alternatives too
 * (articles by any of them): a byline name, or one word of it, case and accents ignored
 * ({@code "dupont"} finds Jean Dupont). {@code from}/{@code to} bound the article's publication
 * dates, inclusive, in UTC days: an article published on several pages passes when any of its
 * publications does; articles without a date never pass a date filter. {@code countries} are
 * ISO 3166-1 alpha-2 codes of countries the article is about ({@code Article#countries}), all
 * required; a code is read in upper case ("sy" is SY) and anything else is refused.
 *
 * @param facetSize how many values to count per facet dimension; 0 skips facet counting
 */
public record SearchRequest(
        String query,
        List<String> entities,
        List<String> speakers,
        List<String> sites,
        List<String> languages,
        List<String> signals,
        List<String> authors,
        List<String> countries,
        LocalDate from,
        LocalDate to,
        Sort sort,
        int offset,
        int size,
        int facetSize) {

    /** Deepest page reachable with offset+size, to bound the cost of one request. */
    public static final int MAX_WINDOW = 10_000;
    public static final int DEFAULT_SIZE = 10;
    public static final int DEFAULT_FACET_SIZE = 10;

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query;
        entities = List.copyOf(entities == null ? List.of() : entities);
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        sites = List.copyOf(sites == null ? List.of() : sites);
        languages = List.copyOf(languages == null ? List.of() : languages);
        signals = List.copyOf(signals == null ? List.of() : signals);
        authors = List.copyOf(authors == null ? List.of() : authors);
        countries = (countries == null ? List.<String>of() : countries).stream().map(SearchRequest::countryCode).toList();
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0: " + offset);
        if (size < 0) throw new IllegalArgumentException("size must be >= 0: " + size);
        if (facetSize < 0) throw new IllegalArgumentException("facet size must be >= 0: " + facetSize);
        if ((long) offset + size > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + size must be <= " + MAX_WINDOW + ": " + offset + " + " + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
    }

    /** An ISO 3166-1 alpha-2 code in upper case; anything else is refused with the reason. */
    static String countryCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as SY or FR: '" + code + "'");
        }
        return c;
    }

    /** A request for the first page of {@code query}, by relevance, with facets. */
    public static SearchRequest of(String query) {
        return builder(query).build();
    }

    public static Builder builder(String query) {
        return new Builder(query);
    }

    public Builder toBuilder() {
        Builder b = new Builder(query);
        b.entities.addAll(entities);
        b.speakers.addAll(speakers);
        b.sites.addAll(sites);
        b.languages.addAll(languages);
        b.signals.addAll(signals);
        b.authors.addAll(authors);
        b.countries.addAll(countries);
        b.from = from;
        b.to = to;
        b.sort = sort;
        b.offset = offset;
        b.size = size;
        b.facetSize = facetSize;
        return b;
    }

    public static final class Builder {
        private final String query;
        private final List<String> entities = new ArrayList<>();
        private final List<String> speakers = new ArrayList<>();
        private final List<String> sites = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private final List<String> signals = new ArrayList<>();
        private final List<String> authors = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private LocalDate from;
        private LocalDate to;
        private Sort sort = Sort.RELEVANCE;
        private int offset;
        private int size = DEFAULT_SIZE;
        private int facetSize = DEFAULT_FACET_SIZE;

        private Builder(String query) {
            this.query = query;
        }

        public Builder entity(String idOrName) {
            entities.add(Objects.requireNonNull(idOrName));
            return this;
        }

        public Builder speaker(String idOrName) {
            speakers.add(Objects.requireNonNull(idOrName));
            return this;
        }

        public Builder site(String site) {
            sites.add(Objects.requireNonNull(site));
            return this;
        }

        public Builder language(String language) {
            languages.add(Objects.requireNonNull(language));
            return this;
        }

        public Builder signal(String kind) {
            signals.add(Objects.requireNonNull(kind));
            return this;
        }

        /** A byline author, or one word of the name (case and accents ignored). */
        public Builder author(String nameOrWord) {
            authors.add(Objects.requireNonNull(nameOrWord));
            return this;
        }

        /** A country the article is about: its ISO 3166-1 alpha-2 code ("SY"). */
        public Builder country(String code) {
            countries.add(Objects.requireNonNull(code));
            return this;
        }

        public Builder from(LocalDate v) {
            from = v;
            return this;
        }

        public Builder to(LocalDate v) {
            to = v;
            return this;
        }

        public Builder sort(Sort v) {
            sort = v;
            return this;
        }

        public Builder offset(int v) {
            offset = v;
            return this;
        }

        public Builder size(int v) {
            size = v;
            return this;
        }

        public Builder facetSize(int v) {
            facetSize = v;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, entities, speakers, sites, languages, signals, authors, countries, from, to, sort,
                    offset, size, facetSize);
        }
    }
}
