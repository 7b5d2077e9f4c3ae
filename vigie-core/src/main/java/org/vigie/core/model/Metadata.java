package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a page says about itself, beyond its text. {@code date} and {@code modified} are ISO-8601
 * (a date or a date-time); {@code dateSource} says where the date was found ("meta", "json-ld",
 * "url", "user", ...). All fields may be null.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Metadata(
        String url,
        @JsonProperty("canonical_url") String canonicalUrl,
        String site,
        List<String> authors,
        String date,
        @JsonProperty("date_source") String dateSource,
        String modified,
        String section) {

    public static final Metadata EMPTY = new Metadata(null, null, null, List.of(), null, null, null, null);

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public Metadata withDate(String newDate, String source) {
        return new Metadata(url, canonicalUrl, site, authors, newDate, source, modified, section);
    }

    public Metadata withUrl(String newUrl) {
        return new Metadata(newUrl, canonicalUrl, site, authors, date, dateSource, modified, section);
    }
}
