package org.vigie.ingest.html;

import org.vigie.ingest.encoding.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

/**
 * Bytes to a jsoup {@link Document}: the single place where an HTML page is decoded. It checks the
 * input is HTML at all, bounds its size, inflates gzip, and lets jsoup pick the charset (BOM, then
 * the transport's declared charset, then {@code <meta charset>}, then UTF-8). When the project's
 * encoding detector lands, it replaces {@link #decode} and nothing else changes.
 */
public final class HtmlDecoder {

    /** Default ceiling for one page; news pages are rarely above 2 MB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9-]*[\\s>/]|!--|!doctype)",
            Pattern.CASE_INSENSITIVE);

    private final long maxBytes;

    public HtmlDecoder(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
    }

    public HtmlDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Parses {@code doc} as HTML, or says precisely why it is not an HTML page. */
    public Document parse(RawDocument doc) throws ReadException {
        byte[] bytes = doc.bytes();
        if (bytes.length == 0) throw ReadException.at(doc.origin(), "empty input, expected an HTML page");
        if (isGzip(bytes)) bytes = gunzip(doc, bytes);
        if (bytes.length > maxBytes) {
            throw ReadException.at(doc.origin(), String.format(java.util.Locale.ROOT,
                    "page is %,d bytes, over the %,d-byte limit for one HTML page", bytes.length, maxBytes));
        }
        checkLooksLikeHtml(doc, bytes);
        String base = doc.metadata().url() != null ? doc.metadata().url()
                : doc.origin().url() != null ? doc.origin().url() : "";
        try {
            // The project's decoder: BOM, transport charset, <meta charset>, UTF-8 validity over a
            // wrong declaration, cp1252 for latin-1, mojibake repair, NFC.
            return Jsoup.parse(TextDecoder.decodeHtml(bytes, charsetName(doc.declaredCharset())), base);
        } catch (RuntimeException e) {
            throw new ReadException(doc.origin(), -1, -1, "cannot parse HTML: " + e.getMessage(), e);
        }
    }

    private static String charsetName(String declared) {
        if (declared == null || declared.isBlank()) return null;
        try {
            return Charset.isSupported(declared.strip()) ? declared.strip() : null;
        } catch (RuntimeException e) {
            return null; // illegal charset name from a transport header: sniff instead
        }
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private byte[] gunzip(RawDocument doc, byte[] bytes) throws ReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw ReadException.at(doc.origin(), String.format(java.util.Locale.ROOT,
                            "gzip-compressed page inflates past the %,d-byte limit for one HTML page", maxBytes));
                }
            }
        } catch (EOFException e) {
            throw new ReadException(doc.origin(), -1, out.size(), "truncated gzip stream", e);
        } catch (ZipException e) {
            throw new ReadException(doc.origin(), -1, -1, "corrupt gzip stream: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReadException(doc.origin(), -1, -1, "cannot inflate gzip: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Rejects binary data and plain text: an HTML page has markup near its start. */
    private static void checkLooksLikeHtml(RawDocument doc, byte[] bytes) throws ReadException {
        int n = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < Math.min(n, 4096); i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                // UTF-16 pages have NULs in every other byte; jsoup handles them through their BOM.
                if (hasUtf16Bom(bytes)) break;
                throw new ReadException(doc.origin(), -1, i, "binary content (NUL byte), expected an HTML page");
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) controls++;
        }
        if (controls > 32) {
            throw ReadException.at(doc.origin(), "binary content (" + controls
                    + " control bytes in the first 4 KB), expected an HTML page");
        }
        if (hasUtf16Bom(bytes)) return;
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (!MARKUP.matcher(head).find()) {
            throw ReadException.at(doc.origin(), "no HTML markup in the first " + n + " bytes, expected an HTML page");
        }
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
                || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe));
    }
}
