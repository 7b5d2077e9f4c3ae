package org.vigie.corpus.export;

import java.util.Objects;
import org.vigie.corpus.search.SearchRequest;

/**
 * What to export: the articles a search matches ({@code query}: its text query and filters, the
 * syntax and rules of {@code vigie search}; its sort, page and facet settings do not apply), as
 * one {@code table} in one {@code format}, at most {@code limit} articles (all their rows).
 */
public record ExportRequest(SearchRequest query, ExportTable table, ExportFormat format, long limit) {

    public static final long NO_LIMIT = Long.MAX_VALUE;

    public ExportRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(format, "format");
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }

    /** Every article {@code query} matches. */
    public static ExportRequest of(SearchRequest query, ExportTable table, ExportFormat format) {
        return new ExportRequest(query, table, format, NO_LIMIT);
    }

    /** A file name for the export: {@code vigie-entities.csv}. */
    public String fileName() {
        return "vigie-" + table.id() + "." + format.extension();
    }
}
