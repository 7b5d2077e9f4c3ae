package org.vigie.corpus.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Span;

/**
 * CSV as RFC 4180 writes it: a header row, fields separated by commas, records ended by CRLF, a
 * field enclosed in double quotes when it holds a comma, a double quote (doubled), CR or LF. Text
 * keeps its own newlines inside the quotes (article bodies have LF between paragraphs).
 *
 * <p>Scraped text is untrusted and spreadsheets execute a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} (and some with a tab or CR) as a formula ("CSV injection"): every text cell
 * that starts with one of these gets a leading apostrophe, which makes a spreadsheet take it as text
 * and which scripts can strip ({@code vigie-corpus/EXPORT.md}). Numbers are written by
 * Vigie, never protected. A null value and an empty string are both an empty field.
 */
final class CsvRowWriter implements RowWriter {

    static final String EOL = "\r\n";

    private final Writer out;
    private final List<Column> columns;

    CsvRowWriter(Writer out, List<Column> columns) throws IOException {
        this.out = out;
        this.columns = columns;
        boolean first = true;
        for (Column c : columns) {
            for (String name : headers(c)) {
                if (!first) out.write(',');
                out.write(field(name));
                first = false;
            }
        }
        out.write(EOL);
    }

    /** The CSV header names of one column: a span column is three ({@code cue_start}, {@code cue_end}, {@code cue_text}). */
    static List<String> headers(Column c) {
        return c.kind() == Column.Kind.SPAN
                ? List.of(c.name() + "_start", c.name() + "_end", c.name() + "_text")
                : List.of(c.name());
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.write(',');
            Object v = values[i];
            switch (columns.get(i).kind()) {
                case NUMBER, DECIMAL -> {
                    if (v != null) out.write(v.toString());
                }
                case STRING -> out.write(text((String) v));
                case STRINGS, SPANS -> out.write(v == null ? "" : text(json(v)));
                case SPAN -> {
                    Span s = (Span) v;
                    if (s != null) out.write(s.start() + "," + s.end() + "," + text(s.text()));
                    else out.write(",,");
                }
            }
        }
        out.write(EOL);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    /** A text cell: formula-protected, then quoted if needed. */
    static String text(String s) {
        return s == null ? "" : field(protect(s));
    }

    /** {@code s} with a leading apostrophe when a spreadsheet would read it as a formula. */
    static String protect(String s) {
        if (s.isEmpty()) return s;
        return switch (s.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + s;
            default -> s;
        };
    }

    /** {@code s} as one RFC 4180 field: in double quotes (doubled inside) when it holds , " CR or LF. */
    static String field(String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String json(Object v) {
        try {
            return ArticleJson.mapper().writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
