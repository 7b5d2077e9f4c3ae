package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an article came from: the file, the record inside it when there is one (WARC record
 * number, JSONL line, feed item) and the page's URL when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Origin(String path, Long record, String url) {

    public static Origin ofPath(String path) {
        return new Origin(path, null, null);
    }

    @Override
    public String toString() {
        return path + (record != null ? "#" + record : "");
    }
}
