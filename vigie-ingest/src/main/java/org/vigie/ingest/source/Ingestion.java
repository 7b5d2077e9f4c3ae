package org.vigie.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.tabular.JsonlReader;
import org.vigie.ingest.warc.WarcArticleReader;

/**
 * One run over what a user pointed at: files and folders in, articles out, every problem reported
 * and counted, never fatal. The CLI's {@code analyze} and {@code ingest} start here:
 *
 * <pre>
 * Ingestion.Summary s = new Ingestion(ReaderRegistry.withHtml(new HtmlReader()))
 *         .read(paths, article -> ..., rejected -> System.err.println(rejected.getMessage()));
 * </pre>
 */
public final class Ingestion {

    /** Files above this size are rejected (WARC files are streamed and exempt). */
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    /** Told after each file, e.g. to draw a progress bar. */
    @FunctionalInterface
    public interface Listener {
        void fileDone(Path file, int done, int total, long articles);
    }

    /**
     * What a run did. {@code rejectedByReason} counts rejected files and records by the kind of
     * problem; {@code skipped} counts what was passed over on purpose (WARC records that are not
     * HTML pages or not 200, files of no known format met in a folder).
     */
    public record Summary(int files, long articles, long rejected, Map<String, Long> rejectedByReason,
                          Map<String, Long> skipped, Map<String, Long> articlesByFormat) {

        public boolean clean() {
            return rejected == 0;
        }
    }

    private final ReaderRegistry registry;
    private final long maxFileBytes;

    public Ingestion(ReaderRegistry registry) {
        this(registry, DEFAULT_MAX_FILE_BYTES);
    }

    public Ingestion(ReaderRegistry registry, long maxFileBytes) {
        this.registry = registry;
        this.maxFileBytes = maxFileBytes;
    }

    /** Reads every article under {@code paths}; see {@link Summary}. */
    public Summary read(List<Path> paths, Consumer<Article> out, RejectSink rejects) {
        return read(paths, out, rejects, (f, d, t, a) -> { });
    }

    public Summary read(List<Path> paths, Consumer<Article> out, RejectSink rejects, Listener listener) {
        Counter c = new Counter(rejects);
        List<Path> files = Inputs.files(paths, c::reject);
        java.util.Set<Path> explicit = new java.util.HashSet<>(paths);
        int done = 0;
        for (Path f : files) {
            Consumer<Article> counting = a -> {
                c.articles++;
                out.accept(a);
            };
            try {
                readFile(f, explicit.contains(f), counting, c);
            } catch (ReadException e) {
                c.reject(e);
            } catch (RejectSink.RejectedRecordException e) {
                throw e; // the caller asked for all or nothing
            } catch (RuntimeException e) {
                c.reject(new ReadException(Origin.ofPath(f.toString()), -1, -1,
                        "internal error while reading: " + e, e));
            }
            listener.fileDone(f, ++done, files.size(), c.articles);
        }
        return new Summary(files.size(), c.articles, c.rejected, Map.copyOf(c.byReason), Map.copyOf(c.skipped),
                Map.copyOf(c.byFormat));
    }

    private void readFile(Path f, boolean explicit, Consumer<Article> out, Counter c) throws ReadException {
        Origin origin = Origin.ofPath(f.toString());
        byte[] head = head(f, origin);
        Optional<String> format = FormatDetector.detect(f.getFileName().toString(), head);
        if (format.isEmpty()) {
            if (!explicit) {
                c.skip("unknown format");
                return;
            }
            throw ReadException.at(origin, FormatDetector.looksLikeText(head)
                    ? "unknown format: expected .txt, .html, .warc(.gz), .xml/.rss/.atom, .jsonl, .json, .csv or .gz"
                    : "unsupported binary file");
        }
        String fmt = format.get();
        if (fmt.equals(FormatDetector.WARC)) {
            ArticleReader r = reader(FormatDetector.WARC, origin);
            if (r instanceof WarcArticleReader warc) {
                WarcArticleReader.Counts counts = warc.read(f, a -> c.article(FormatDetector.WARC, out, a), c::reject);
                c.skip("warc record not HTML", counts.skippedNotHtml());
                c.skip("warc response not 200", counts.skippedStatus());
                return;
            }
        }
        String name = f.getFileName().toString();
        boolean gzipped = fmt.equals(FormatDetector.GZIP);
        if (gzipped) {
            name = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            fmt = FormatDetector.detect(name, gunzippedHead(f, origin))
                    .orElseThrow(() -> ReadException.at(origin, "unknown format inside gzip"));
            if (fmt.equals(FormatDetector.GZIP)) throw ReadException.at(origin, "gzip inside gzip: not supported");
        }
        if (fmt.equals(FormatDetector.JSONL) && reader(fmt, origin) instanceof JsonlReader jsonl) {
            // Data sets can be far larger than memory: stream them a line at a time.
            String jsonlFmt = fmt;
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw) {
                long records = jsonl.read(in, origin, null, a -> c.article(jsonlFmt, out, a), c::reject);
                if (records == 0) throw ReadException.at(origin, "empty JSON Lines file: expected one JSON object per line");
            } catch (IOException e) {
                throw gzipError(e, origin, sizeOf(f));
            }
            return;
        }
        long size = size(f, origin);
        if (!gzipped && size > maxFileBytes) {
            throw ReadException.at(origin, "file of " + size / (1024 * 1024) + " MiB is over the "
                    + maxFileBytes / (1024 * 1024) + " MiB limit");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            throw new ReadException(origin, -1, -1, "cannot read file: " + e.getMessage(), e);
        }
        if (gzipped) bytes = gunzip(bytes, origin);
        ArticleReader r = reader(fmt, origin);
        String finalFmt = fmt;
        for (Article a : r.read(new RawDocument(bytes, origin, null, null), c::reject)) {
            c.article(finalFmt, out, a);
        }
    }

    private static byte[] gunzippedHead(Path f, Origin origin) throws ReadException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return in.readNBytes(FormatDetector.HEAD_BYTES);
        } catch (IOException e) {
            throw gzipError(e, origin, sizeOf(f));
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }

    /** {@code size}: the compressed bytes, where a truncated stream breaks off. */
    private static ReadException gzipError(IOException e, Origin origin, long size) {
        if (e instanceof EOFException) {
            return new ReadException(origin, -1, size, "truncated gzip: the file ends before the compressed data does", e);
        }
        if (e instanceof ZipException) return ReadException.at(origin, "corrupt gzip: " + e.getMessage());
        return new ReadException(origin, -1, -1, "cannot read file: " + e.getMessage(), e);
    }

    private ArticleReader reader(String format, Origin origin) throws ReadException {
        return registry.reader(format).orElseThrow(() -> ReadException.at(origin,
                "no " + format + " reader registered (this build reads " + String.join(", ", registry.formats()) + ")"));
    }

    private byte[] gunzip(byte[] gz, Origin origin) throws ReadException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] out = in.readNBytes((int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 16));
            if (out.length > maxFileBytes) {
                throw ReadException.at(origin, "decompressed size over the " + maxFileBytes / (1024 * 1024) + " MiB limit");
            }
            return out;
        } catch (IOException e) {
            throw gzipError(e, origin, gz.length);
        }
    }

    private static byte[] head(Path f, Origin origin) throws ReadException {
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(FormatDetector.HEAD_BYTES);
        } catch (IOException e) {
            throw new ReadException(origin, -1, -1, "cannot read file: " + e.getMessage(), e);
        }
    }

    private static long size(Path f, Origin origin) throws ReadException {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new ReadException(origin, -1, -1, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** A short, stable key for a rejection reason: its head, without numbers or details. */
    public static String reasonKey(ReadException e) {
        String r = e.reason() == null ? "unknown" : e.reason();
        int cut = r.length();
        for (char stop : new char[] {':', '(', ';'}) {
            int i = r.indexOf(stop);
            if (i > 0) cut = Math.min(cut, i);
        }
        String key = r.substring(0, cut).replaceAll("\\d+", "").replaceAll("\\s+", " ").strip();
        return key.isEmpty() ? "unknown" : key;
    }

    /** Counts for one run; single-threaded like the run itself. */
    private static final class Counter {
        final RejectSink downstream;
        long articles;
        long rejected;
        final Map<String, Long> byReason = new TreeMap<>();
        final Map<String, Long> skipped = new TreeMap<>();
        final Map<String, Long> byFormat = new TreeMap<>();

        Counter(RejectSink downstream) {
            this.downstream = downstream;
        }

        void reject(ReadException e) {
            rejected++;
            byReason.merge(reasonKey(e), 1L, Long::sum);
            downstream.reject(e);
        }

        void skip(String reason) {
            skip(reason, 1);
        }

        void skip(String reason, long n) {
            if (n > 0) skipped.merge(reason, n, Long::sum);
        }

        void article(String format, Consumer<Article> out, Article a) {
            byFormat.merge(format, 1L, Long::sum);
            out.accept(a);
        }
    }
}
