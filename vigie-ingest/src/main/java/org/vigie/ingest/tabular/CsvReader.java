package org.vigie.ingest.tabular;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.encoding.BinarySniffer;
import org.vigie.ingest.encoding.TextDecoder;

/**
 * CSV (or TSV, or semicolon-separated, as French spreadsheets export) with a header row naming
 * the fields {@link RecordFields} knows. The separator is sniffed from the header line. Each row
 * is one article, {@link Origin#record()} its 1-based row number; a row whose field count differs
 * from the header's is rejected with its line. Quoted fields may span lines.
 */
public final class CsvReader implements ArticleReader {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        Origin origin = doc.origin();
        long binary = BinarySniffer.firstBinaryOffset(doc.bytes());
        if (binary >= 0) {
            throw new ReadException(origin, -1, binary, "binary content: expected CSV text with a header row");
        }
        String text = TextDecoder.decode(doc.bytes(), doc.declaredCharset());
        if (text.isBlank()) {
            throw ReadException.at(origin, "empty CSV file: expected a header row naming the fields (title, body, ...)");
        }
        char sep = sniffSeparator(text);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep);
        List<Article> out = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(schema).readValues(text)) {
            String[] header = null;
            long row = 0;
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                String[] values;
                try {
                    if (!it.hasNextValue()) break;
                    line = startLine(it, line);
                    values = it.nextValue();
                } catch (RuntimeException | IOException e) {
                    // The tokenizer lost its place (an unclosed quote): nothing after it can be trusted.
                    rejects.reject(new ReadException(origin, line, -1,
                            "unreadable CSV from here, rest of file skipped: " + message(e), e));
                    break;
                }
                if (isEmptyRow(values)) continue;
                if (header == null) {
                    header = header(values);
                    if (!hasBodyColumn(header)) {
                        throw new ReadException(origin, line, -1, "CSV header has no body column: expected one of "
                                + String.join("/", RecordFields.BODY) + ", found " + String.join(", ", header));
                    }
                    continue;
                }
                row++;
                Origin at = new Origin(origin.path(), row, origin.url());
                if (values.length != header.length) {
                    rejects.reject(new ReadException(at, line, -1, "row has " + values.length
                            + " fields, the header has " + header.length + " (separator '" + printable(sep) + "')"));
                    continue;
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) fields.putIfAbsent(header[i], values[i]);
                try {
                    out.add(RecordFields.toArticle(fields, at, at, line));
                } catch (ReadException e) {
                    rejects.reject(e);
                }
            }
            if (header == null) {
                throw ReadException.at(origin, "empty CSV file: expected a header row naming the fields");
            }
        } catch (IOException e) {
            throw new ReadException(origin, -1, -1, "unreadable CSV: " + message(e), e);
        }
        return out;
    }

    private static long startLine(MappingIterator<String[]> it, long fallback) {
        // After hasNextValue() the parser stands at the row's first field: its line is the row's.
        JsonLocation loc = it.getParser().currentLocation();
        return loc == null || loc.getLineNr() < 1 ? fallback : loc.getLineNr();
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
    }

    private static String[] header(String[] values) {
        String[] h = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String name = values[i] == null ? "" : values[i].replace("\uFEFF", "").strip();
            h[i] = name.isEmpty() ? "column" + (i + 1) : name;
        }
        return h;
    }

    private static boolean hasBodyColumn(String[] header) {
        for (String h : header) {
            if (RecordFields.BODY.contains(h.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean isEmptyRow(String[] values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return false;
        }
        return true;
    }

    /** The separator that occurs most often, outside quotes, in the header line. */
    static char sniffSeparator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == '\n' || c == '\r') break;
            for (int s = 0; s < SEPARATORS.length; s++) {
                if (c == SEPARATORS[s]) counts[s]++;
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) best = s;
        }
        return SEPARATORS[best];
    }

    private static String printable(char c) {
        return c == '\t' ? "\\t" : String.valueOf(c);
    }
}
