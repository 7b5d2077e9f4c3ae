package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One place an article's text was published: the page-level part of {@link Metadata}. A verbatim
 * copy on another site is the same article (same text, same id); each site's page is one
 * publication of it. All fields may be null.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"url", "canonical_url", "site", "authors", "date", "date_source"})
public record Publication(
        String url,
        @JsonProperty("canonical_url") String canonicalUrl,
        String site,
        List<String> authors,
        String date,
        @JsonProperty("date_source") String dateSource) {

    public Publication {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The publication an article's metadata describes. */
    public static Publication of(Metadata m) {
        return new Publication(m.url(), m.canonicalUrl(), m.site(), m.authors(), m.date(), m.dateSource());
    }

    /** As metadata (no modification date, no section: a publication does not keep them). */
    public Metadata toMetadata() {
        return new Metadata(url, canonicalUrl, site, authors, date, dateSource, null, null);
    }
}
