package org.vigie.corpus.export;

import java.util.Objects;

/**
 * One column of an export table: its name (as in the Spark job's tables, {@code vigie-spark/SCHEMAS.md})
 * and the kind of value it holds, which says how each format writes it.
 */
public record Column(String name, Kind kind) {

    public enum Kind {
        /** Text; may be null. In CSV, formula-protected (see {@link CsvRowWriter}). */
        STRING,
        /** An {@code Integer} or {@code Long}; may be null. */
        NUMBER,
        /** A {@code Double}; may be null. */
        DECIMAL,
        /** A {@code List<String>}: a JSON array in both formats (in CSV, the array's JSON text). */
        STRINGS,
        /**
         * A {@code Span} or null: an object {@code {start, end, text}} in JSONL (Spark's struct), three
         * columns {@code NAME_start}, {@code NAME_end}, {@code NAME_text} in CSV.
         */
        SPAN,
        /** A {@code List<Span>}: an array of {@code {start, end, text}} (in CSV, the array's JSON text). */
        SPANS
    }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    static Column string(String name) {
        return new Column(name, Kind.STRING);
    }

    static Column number(String name) {
        return new Column(name, Kind.NUMBER);
    }
}
