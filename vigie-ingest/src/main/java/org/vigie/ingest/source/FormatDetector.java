package org.vigie.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.vigie.ingest.encoding.BinarySniffer;

/**
 * Which reader a file needs, from its name and its first bytes. Unmistakable content wins over
 * the extension (a WARC saved as .txt is a WARC; an RSS feed saved as .html is a feed); then the
 * extension decides; then weaker content hints.
 */
public final class FormatDetector {

    public static final String DUMP = "dump";
    public static final String HTML = "html";
    public static final String WARC = "warc";
    public static final String FEED = "feed";
    public static final String JSONL = "jsonl";
    public static final String CSV = "csv";
    public static final String JSON = "json";
    /** A gzip file that is not a WARC: its content is detected after decompression. */
    public static final String GZIP = "gzip";

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD_BYTES = 4096;

    private FormatDetector() {
    }

    /** The format of a file named {@code fileName} starting with {@code head}, or empty when none fits. */
    public static Optional<String> detect(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isGzip(head)) {
            return Optional.of(name.endsWith(".warc.gz") || name.endsWith(".arc.gz") || gunzippedHeadIsWarc(head)
                    ? WARC : GZIP);
        }
        String text = headText(head);
        if (text.startsWith("WARC/")) return Optional.of(WARC);
        String lower = text.toLowerCase(Locale.ROOT);
        if (isFeed(lower)) return Optional.of(FEED);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return Optional.of(HTML);

        String ext = extension(name);
        switch (ext) {
            case "txt", "text" -> {
                return Optional.of(DUMP);
            }
            case "html", "htm", "xhtml", "shtml" -> {
                return Optional.of(HTML);
            }
            case "warc" -> {
                return Optional.of(WARC);
            }
            case "xml", "rss", "atom", "rdf" -> {
                return Optional.of(FEED);
            }
            case "jsonl", "ndjson", "jsonlines" -> {
                return Optional.of(JSONL);
            }
            case "csv", "tsv" -> {
                return Optional.of(CSV);
            }
            case "json" -> {
                return Optional.of(JSON);
            }
            default -> {
                // no extension that settles it: look at the content
            }
        }
        if (lower.startsWith("{")) return Optional.of(JSONL);
        if (lower.startsWith("[") && lower.substring(1).stripLeading().startsWith("{")) return Optional.of(JSON);
        if (lower.startsWith("<") && (lower.contains("<head") || lower.contains("<body") || lower.contains("<p>"))) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** True for a gzip stream (the format of .warc.gz and .gz). */
    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** True when {@code head} looks like text a dump reader could read (no NUL, few control bytes). */
    public static boolean looksLikeText(byte[] head) {
        return BinarySniffer.firstBinaryOffset(head) < 0;
    }

    private static boolean isFeed(String lower) {
        String t = lower;
        if (t.startsWith("<?xml")) {
            // Skip the declaration, comments and stylesheet instructions to the root element.
            int i = 0;
            while (i >= 0 && i < t.length()) {
                int lt = t.indexOf('<', i);
                if (lt < 0) return false;
                if (t.startsWith("<?", lt) || t.startsWith("<!--", lt) || t.startsWith("<!doctype", lt)) {
                    int end = t.startsWith("<!--", lt) ? t.indexOf("-->", lt) : t.indexOf('>', lt);
                    if (end < 0) return false;
                    i = end + 1;
                    continue;
                }
                t = t.substring(lt);
                break;
            }
        }
        return t.startsWith("<rss") || t.startsWith("<feed") || t.startsWith("<rdf:rdf");
    }

    private static String headText(byte[] head) {
        int from = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) from = 3;
        return new String(head, from, Math.min(head.length, HEAD_BYTES) - from, StandardCharsets.ISO_8859_1).stripLeading();
    }

    private static boolean gunzippedHeadIsWarc(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            byte[] b = in.readNBytes(5);
            return new String(b, StandardCharsets.ISO_8859_1).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    /** The last extension of a name, without ".gz" ("a.jsonl.gz" gives "jsonl" after decompression by the caller). */
    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1);
    }
}
