package org.vigie.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Bytes to clean text, whatever a scraper saved: the one entry point every reader uses.
 *
 * <ol>
 *   <li>A byte-order mark decides (UTF-8, UTF-16LE/BE) and is dropped.</li>
 *   <li>Bytes that are valid UTF-8 are UTF-8, whatever the declaration says: a legacy-charset
 *       text is practically never valid UTF-8 by accident, while "charset=iso-8859-1" headers
 *       on UTF-8 pages are common.</li>
 *   <li>A declared non-Western charset (windows-1251, Shift_JIS, ...) is trusted next.</li>
 *   <li>Otherwise the text is Western: mostly-UTF-8 bytes with a few stray legacy bytes are
 *       decoded as UTF-8 with each stray byte read as windows-1252; anything else is read as
 *       windows-1252. Latin-1 is read as windows-1252 too, as browsers do (WHATWG Encoding):
 *       the two agree on every printable latin-1 byte, and 0x80-0x9F are cp1252's quotes and dashes
 *       in real text, never latin-1's C1 controls.</li>
 *   <li>Mojibake is repaired ({@link MojibakeRepair}) and the text normalised to NFC.</li>
 * </ol>
 * Non-breaking spaces, typographic quotes and apostrophes are kept as they are.
 */
public final class TextDecoder {

    /** What decoding found: the text, the charset it was read with, and whether mojibake was repaired. */
    public record Decoded(String text, String charset, boolean repaired) {
    }

    private static final char[] CP1252 = cp1252Table();

    private TextDecoder() {
    }

    /** The text of {@code bytes}; {@code declaredCharset} (HTTP header, meta tag, WARC) may be null or wrong. */
    public static String decode(byte[] bytes, String declaredCharset) {
        return decodeDetailed(bytes, declaredCharset).text();
    }

    /**
     * The text of an HTML page: like {@link #decode}, with the page's own declaration
     * ({@code <meta charset>} or {@code http-equiv} Content-Type in its first 1024 bytes, as the
     * WHATWG prescan reads it) used when the transport declared none.
     */
    public static String decodeHtml(byte[] bytes, String transportCharset) {
        String declared = transportCharset != null && resolve(transportCharset) != null
                ? transportCharset : htmlMetaCharset(bytes);
        return decode(bytes, declared);
    }

    /** The charset an HTML page declares in a meta tag within its first 1024 bytes, or null. */
    public static String htmlMetaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    public static Decoded decodeDetailed(byte[] bytes, String declaredCharset) {
        String charset;
        String raw;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = "UTF-8";
            raw = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16BE";
            raw = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16LE";
            raw = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            Utf8Scan scan = Utf8Scan.of(bytes);
            Charset declared = resolve(declaredCharset);
            if (scan.invalid == 0) {
                charset = "UTF-8";
                raw = new String(bytes, StandardCharsets.UTF_8);
            } else if (declared != null && !isWestern(declared)) {
                charset = declared.name();
                raw = decodeWith(bytes, declared);
            } else if (scan.multibyte > scan.invalid) {
                charset = "UTF-8+windows-1252";
                raw = utf8WithCp1252Fallback(bytes);
            } else {
                charset = "windows-1252";
                raw = cp1252(bytes, 0, bytes.length);
            }
        }
        String repaired = MojibakeRepair.repair(raw);
        boolean changed = !repaired.equals(raw);
        return new Decoded(Normalizer.normalize(repaired, Normalizer.Form.NFC), charset, changed);
    }

    /**
     * Cleans text that arrived already decoded (a JSON string, a feed's text): repairs mojibake
     * and normalises to NFC. Correct text comes back unchanged but for NFC.
     */
    public static String repair(String s) {
        return Normalizer.normalize(MojibakeRepair.repair(s), Normalizer.Form.NFC);
    }

    /** The windows-1252 character of one byte; the five bytes cp1252 leaves undefined map to C1 controls. */
    static char cp1252(int b) {
        return CP1252[b & 0xFF];
    }

    static String cp1252(byte[] bytes, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) out[i - from] = CP1252[bytes[i] & 0xFF];
        return new String(out);
    }

    /** The byte windows-1252 (or latin-1, for C1 controls) gives {@code c}, or -1 when it has none. */
    static int cp1252Byte(char c) {
        if (c < 0x80) return c;
        if (c <= 0xFF && (c >= 0xA0 || c < 0xA0 && isUndefinedOrC1(c))) return c;
        for (int b = 0x80; b < 0xA0; b++) {
            if (CP1252[b] == c) return b;
        }
        return -1;
    }

    /** C1 controls stand for their own byte: that is what a latin-1 decoder made of them. */
    private static boolean isUndefinedOrC1(char c) {
        return c >= 0x80 && c < 0xA0;
    }

    /** UTF-8, with every byte that is not part of a valid sequence read as windows-1252. */
    static String utf8WithCp1252Fallback(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int n = Utf8Scan.validSequenceLength(b, i);
            if (n == 0) {
                sb.append(CP1252[b[i] & 0xFF]);
                i++;
            } else if (n == 1) {
                sb.append((char) b[i]);
                i++;
            } else {
                sb.append(new String(b, i, n, StandardCharsets.UTF_8));
                i += n;
            }
        }
        return sb.toString();
    }

    private static String decodeWith(byte[] bytes, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // REPLACE never throws; keep the compiler honest.
            return new String(bytes, cs);
        }
    }

    /** The charset a label names, or null for none/unknown. */
    static Charset resolve(String label) {
        if (label == null || label.isBlank()) return null;
        String l = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (l.equals("utf8")) l = "utf-8";
        try {
            return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Charsets whose texts this decoder reads as UTF-8 or windows-1252 (see the class comment). */
    private static boolean isWestern(Charset cs) {
        String n = cs.name();
        return n.equals("UTF-8") || n.equals("US-ASCII") || n.equals("ISO-8859-1")
                || n.equals("windows-1252") || n.equals("ISO-8859-15");
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static char[] cp1252Table() {
        Charset cs = Charset.forName("windows-1252");
        char[] t = new char[256];
        for (int b = 0; b < 256; b++) {
            // new String(...) replaces an undefined byte with U+FFFD: map those to latin-1 instead.
            String s = new String(new byte[] {(byte) b}, cs);
            t[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
        return t;
    }
}
