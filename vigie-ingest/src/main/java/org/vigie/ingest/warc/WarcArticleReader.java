package org.vigie.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;

/**
 * WARC files ({@code .warc}, {@code .warc.gz}, Common Crawl News style) read with jwarc: every
 * HTML page a crawler fetched with status 200 is handed to the HTML reader, and its articles get
 * the record's target URL and date (as metadata when the page gave none, and in the
 * {@link Origin}, whose {@code record} is the 1-based record number in the file).
 *
 * <p>Responses that are not HTML or not 200 are skipped and counted, as are records that are not
 * responses (requests, metadata, warcinfo). A damaged record ends the file with a rejection; the
 * articles read before it are kept.
 */
public final class WarcArticleReader implements ArticleReader {

    /** Larger HTML bodies are rejected rather than held in memory. */
    public static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

    /** What a pass over a WARC file found. */
    public record Counts(long records, long htmlPages, long articles, long skippedNotHtml,
                         long skippedStatus, long otherRecords, long rejected) {

        /** Responses skipped for their type or status, the "skipped" of a run summary. */
        public long skipped() {
            return skippedNotHtml + skippedStatus;
        }
    }

    private final ArticleReader html;

    /** @param htmlReader reads one HTML page (bytes, declared charset, URL/date metadata) into articles */
    public WarcArticleReader(ArticleReader htmlReader) {
        this.html = htmlReader;
    }

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        List<Article> out = new ArrayList<>();
        read(new ByteArrayInputStream(doc.bytes()), doc.origin(), out::add, rejects);
        return out;
    }

    /** Streams the WARC file at {@code path}: records are read one at a time, never the whole file. */
    public Counts read(Path path, Consumer<Article> out, RejectSink rejects) throws ReadException {
        Origin origin = Origin.ofPath(path.toString());
        try (InputStream in = java.nio.file.Files.newInputStream(path)) {
            return read(in, origin, out, rejects);
        } catch (IOException e) {
            throw new ReadException(origin, -1, -1, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** Streams a WARC from {@code in} (gzip-compressed or not, detected); does not close it. */
    public Counts read(InputStream in, Origin origin, Consumer<Article> out, RejectSink rejects) throws ReadException {
        long records = 0;
        long htmlPages = 0;
        long articles = 0;
        long notHtml = 0;
        long status = 0;
        long other = 0;
        long rejected = 0;
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(origin, -1, 0, "not a WARC file: " + describe(e), e);
        }
        reader.setLenient(true);
        while (true) {
            long offset = reader.position();
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                if (records == 0) {
                    throw new ReadException(origin, -1, offset, "not a WARC file: " + describe(e), e);
                }
                rejects.reject(new ReadException(new Origin(origin.path(), records + 1, null), -1, offset,
                        "damaged WARC record, rest of file skipped: " + describe(e), e));
                rejected++;
                break;
            }
            if (next.isEmpty()) break;
            records++;
            WarcRecord record = next.get();
            Origin at;
            Instant date;
            try {
                // jwarc parses these headers lazily and throws on a repeated URI or a malformed date
                at = new Origin(origin.path(), records, record instanceof WarcTargetRecord t ? t.target() : null);
                date = record.date();
            } catch (RuntimeException e) {
                rejects.reject(new ReadException(new Origin(origin.path(), records, null), -1, offset,
                        "malformed WARC header, record skipped: " + describe(e), e));
                rejected++;
                continue;
            }
            try {
                Page page = page(record, at, offset);
                switch (page.verdict) {
                    case OTHER -> other++;
                    case NOT_HTML -> notHtml++;
                    case STATUS -> status++;
                    case HTML -> {
                        htmlPages++;
                        for (Article a : readHtml(page, at, date, offset)) {
                            out.accept(a);
                            articles++;
                        }
                    }
                }
            } catch (ReadException e) {
                rejects.reject(e);
                rejected++;
            }
        }
        return new Counts(records, htmlPages, articles, notHtml, status, other, rejected);
    }

    private enum Verdict { HTML, NOT_HTML, STATUS, OTHER }

    private record Page(Verdict verdict, byte[] body, String charset) {
    }

    private static Page page(WarcRecord record, Origin at, long offset) throws ReadException {
        try {
            if (record instanceof WarcResponse response) {
                String block = response.contentType().base().toString().toLowerCase(Locale.ROOT);
                if (!block.equals("application/http") && !block.equals("application/octet-stream")) {
                    // dns: and other non-HTTP captures.
                    return new Page(Verdict.NOT_HTML, null, null);
                }
                HttpResponse http = response.http();
                if (http.status() != 200) return new Page(Verdict.STATUS, null, null);
                MediaType type = http.contentType();
                MessageBody body = decodedBody(http);
                byte[] bytes = readCapped(body.stream(), at, offset);
                if (!isHtml(type, bytes)) return new Page(Verdict.NOT_HTML, null, null);
                return new Page(Verdict.HTML, bytes, charset(type));
            }
            if (record instanceof WarcResource resource) {
                MediaType type = resource.contentType();
                byte[] bytes = readCapped(resource.body().stream(), at, offset);
                if (!isHtml(type, bytes)) return new Page(Verdict.NOT_HTML, null, null);
                return new Page(Verdict.HTML, bytes, charset(type));
            }
            return new Page(Verdict.OTHER, null, null);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(at, -1, offset, "unreadable HTTP response: " + describe(e), e);
        }
    }

    private static MessageBody decodedBody(HttpResponse http) throws IOException {
        try {
            return http.bodyDecoded();
        } catch (IOException | RuntimeException e) {
            // An unknown Content-Encoding: the raw body is better than nothing, sniffing decides.
            return http.body();
        }
    }

    private List<Article> readHtml(Page page, Origin at, Instant date, long offset) throws ReadException {
        String warcDate = date == null ? null : date.atOffset(ZoneOffset.UTC).toString();
        Metadata known = new Metadata(at.url(), null, null, List.of(), warcDate, warcDate == null ? null : "warc",
                null, null);
        RawDocument doc = new RawDocument(page.body, at, page.charset, known);
        List<Article> articles;
        try {
            articles = html.read(doc, RejectSink.THROWING);
        } catch (RejectSink.RejectedRecordException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new ReadException(at, -1, offset, "HTML reader failed: " + describe(e), e);
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Metadata m = a.metadata();
            if (m.url() == null && at.url() != null) m = m.withUrl(at.url());
            if (m.date() == null && warcDate != null) m = m.withDate(warcDate, "warc");
            out.add(a.withMetadata(m).withOrigin(at));
        }
        return out;
    }

    private static boolean isHtml(MediaType type, byte[] body) {
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) return true;
        if (!base.isEmpty() && !base.equals("application/octet-stream") && !base.equals("text/plain")
                && !base.equals("unknown/unknown")) {
            return false;
        }
        // No useful type: sniff the start of the body as browsers do.
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String charset(MediaType type) {
        if (type == null) return null;
        for (var e : type.parameters().entrySet()) {
            if (e.getKey().equalsIgnoreCase("charset")) return e.getValue();
        }
        return null;
    }

    private static byte[] readCapped(InputStream in, Origin at, long offset) throws IOException, ReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_BODY_BYTES) {
                throw new ReadException(at, -1, offset, "response body over " + MAX_BODY_BYTES / (1024 * 1024)
                        + " MiB: not read");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** What went wrong, in the parser's words, without Java class names (a user reads this). */
    static String describe(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
        // jwarc quotes the bytes after "<-- HERE -->" as sign-extended escapes (\xffffffb6): noise
        int here = m.indexOf("<-- HERE -->");
        if (here >= 0) m = m.substring(0, here).replaceAll("[\\s:]+$", "");
        if (m.length() > 300) m = m.substring(0, 300) + "...";
        if (e instanceof java.io.EOFException) return "the file ends inside a record" + (m.isEmpty() ? "" : " (" + m + ")");
        if (e instanceof java.util.zip.ZipException) return "corrupt gzip data" + (m.isEmpty() ? "" : ": " + m);
        if (e instanceof NumberFormatException) return "bad number in a header" + (m.isEmpty() ? "" : " (" + m + ")");
        if (e instanceof StackOverflowError) return "structure nested too deeply";
        return m.isEmpty() ? "malformed data the parser cannot read" : m;
    }
}
