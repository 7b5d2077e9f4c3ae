package org.vigie.ingest.tabular;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.encoding.BinarySniffer;
import org.vigie.ingest.encoding.TextDecoder;

/**
 * JSON Lines (one JSON object per line, also {@code .ndjson}): each line is one article, mapped by
 * {@link RecordFields}. A bad line is rejected with its line number and the others are read;
 * {@link Origin#record()} is the line number.
 */
public final class JsonlReader implements ArticleReader {

    /** Longer lines are rejected without being held in memory. */
    public static final int MAX_LINE_BYTES = 256 * 1024 * 1024;

    private final int maxLineBytes;

    public JsonlReader() {
        this(MAX_LINE_BYTES);
    }

    /** A reader that rejects lines over {@code maxLineBytes} bytes. */
    public JsonlReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Jackson's default string cap (20 M chars) would reject a long article; nesting stays capped. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000_000).build())
            .build()).build();

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        Origin origin = doc.origin();
        long binary = BinarySniffer.firstBinaryOffset(doc.bytes());
        if (binary >= 0) {
            throw new ReadException(origin, -1, binary, "binary content: expected JSON Lines text");
        }
        List<Article> out = new ArrayList<>();
        long records = read(new ByteArrayInputStream(doc.bytes()), origin, doc.declaredCharset(), out::add, rejects);
        if (records == 0) {
            throw ReadException.at(origin, "empty JSON Lines file: expected one JSON object per line");
        }
        return out;
    }

    /**
     * Streams JSON Lines from {@code in} (not closed): one line in memory at a time, so a data set
     * of any size can be read. Each line is decoded on its own ({@link TextDecoder}). Returns the
     * number of non-blank lines; an input that breaks off (a truncated gzip) throws after the
     * articles before the break were given to {@code out}.
     */
    public long read(InputStream in, Origin origin, String declaredCharset, Consumer<Article> out, RejectSink rejects)
            throws ReadException {
        LineReader lines = new LineReader(in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16),
                maxLineBytes);
        long lineNo = 0;
        long records = 0;
        while (true) {
            byte[] raw;
            try {
                raw = lines.next();
            } catch (LineReader.LineTooLongException e) {
                lineNo++;
                rejects.reject(new ReadException(origin, lineNo, e.offset, "line longer than "
                        + maxLineBytes + " bytes: skipped"));
                continue;
            } catch (IOException e) {
                throw new ReadException(origin, lineNo + 1, lines.offset(), (e instanceof java.io.EOFException
                        ? "truncated input (a cut gzip?)" : "unreadable input") + " after line " + lineNo
                        + ": " + e.getMessage(), e);
            }
            if (raw == null) break;
            lineNo++;
            String line = TextDecoder.decode(raw, declaredCharset).strip();
            if (line.isEmpty()) continue;
            records++;
            if (line.indexOf('\0') >= 0) {
                rejects.reject(new ReadException(origin, lineNo, -1, "binary content (NUL byte): expected a JSON object"));
                continue;
            }
            Origin at = new Origin(origin.path(), lineNo, origin.url());
            try {
                out.accept(RecordFields.toArticle(fields(line, origin, lineNo), at, origin, lineNo));
            } catch (ReadException e) {
                rejects.reject(e);
            }
        }
        return records;
    }

    /** Lines of a byte stream, split on LF (a CR before it is dropped), each at most {@code max} bytes. */
    static final class LineReader {
        static final class LineTooLongException extends IOException {
            final long offset;

            LineTooLongException(long offset) {
                super("line too long");
                this.offset = offset;
            }
        }

        private final InputStream in;
        private final int max;
        private long offset;
        private boolean eof;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        long offset() {
            return offset;
        }

        /** The next line, or null at the end. An over-long line is consumed to its end and reported. */
        byte[] next() throws IOException {
            if (eof) return null;
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(256);
            long start = offset;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') break;
                if (tooLong) continue;
                if (buf.size() >= max) {
                    tooLong = true;
                    buf = new java.io.ByteArrayOutputStream(0);
                    continue;
                }
                buf.write(b);
            }
            if (b < 0) {
                eof = true;
                if (buf.size() == 0 && !tooLong) return null;
            }
            if (tooLong) throw new LineTooLongException(start);
            byte[] line = buf.toByteArray();
            int n = line.length;
            if (n > 0 && line[n - 1] == '\r') return java.util.Arrays.copyOf(line, n - 1);
            return line;
        }
    }

    private static Map<String, Object> fields(String line, Origin file, long lineNo) throws ReadException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new ReadException(file, lineNo, -1, "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new ReadException(file, lineNo, -1, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        return JsonReader.fields(node);
    }
}
