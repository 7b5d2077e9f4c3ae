package org.vigie.corpus.export;

import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** How an export writes its rows: {@code csv} (RFC 4180) or {@code jsonl} (one JSON object per line). */
public enum ExportFormat {

    CSV("text/csv; charset=utf-8", "csv"),
    JSONL("application/x-ndjson", "jsonl");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The HTTP Content-Type of this format's bytes (always UTF-8). */
    public String contentType() {
        return contentType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format's name as users type it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    RowWriter writer(Writer out, List<Column> columns) throws java.io.IOException {
        return this == CSV ? new CsvRowWriter(out, columns) : new JsonlRowWriter(out, columns);
    }

    /** The format named {@code name} (case-insensitive); the error lists the formats there are. */
    public static ExportFormat of(String name) {
        if (name != null) {
            for (ExportFormat f : values()) {
                if (f.id().equalsIgnoreCase(name.strip())) return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': expected csv or jsonl");
    }
}
