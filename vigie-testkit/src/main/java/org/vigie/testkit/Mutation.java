package org.vigie.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * One edit of a valid document, the kinds of damage real inputs show: flipped bytes, a cut, stray
 * markup, a huge field, invalid UTF-8, NULs, deep nesting, a bogus charset, a wrong WARC
 * Content-Length, gzip (whole or broken), an unbalanced CSV quote, a broken JSON line. Fields are
 * plain values so that jqwik can shrink a failing mutation to its simplest form.
 *
 * @param kind what to do
 * @param at   where, as a fraction of the document's length
 * @param size how much (bytes, repetitions or nesting depth, depending on the kind)
 * @param seed for the random bytes some kinds write
 */
public record Mutation(Kind kind, double at, int size, long seed) {

    public enum Kind {
        FLIP, TRUNCATE, MARKUP, HUGE_FIELD, INVALID_UTF8, NULS, DEEP_NESTING, BOGUS_CHARSET, CONTENT_LENGTH, GZIP,
        GZIP_BROKEN, QUOTE, BREAK_LINE, DELETE, DUPLICATE, RANDOM_RUN
    }

    static final String[] MARKUP_BITS = {"<", ">", "<div>", "</p>", "<p", "<![CDATA[", "]]>", "<!--", "-->", "&", "&#0;",
        "&#x110000;", "&amp", "<script>alert(1)</script>", "<?xml version=\"1.0\"?>", "<item>", "</item>", "</rss>",
        "<entry>", "</channel>", "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "\r\n\r\n", "\r", "\n\n\n",
        "WARC/1.0\r\n", "HTTP/1.1 200 OK\r\n", "Content-Length: -1\r\n", "<meta charset=\"x-unknown\">", "\u2028",
        "\uFEFF", "\t", ";", "|"};
    static final String[] NEST_OPEN = {"<div>", "<b>", "<table><tr><td>", "[", "{\"a\":", "<item>", "<ul><li>", "\""};
    static final String[] CHARSETS = {"x-bogus", "utf-99", "", "ébène", "UTF-16", "UTF-32BE", "ISO-2022-JP", "US-ASCII",
        "\"", "utf-8\u0000", "windows-1252;", "CP037"};
    static final byte[][] BAD_UTF8 = {{(byte) 0xC3}, {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x80}, {(byte) 0x80}};
    private static final Pattern LENGTH = Pattern.compile("(?i)content-length:\\s*\\d+");

    /** The document after this edit. */
    public byte[] apply(byte[] doc) {
        Random r = new Random(seed);
        int n = doc.length;
        int pos = (int) Math.min(n, Math.max(0, Math.round(at * n)));
        int k = Math.max(1, size);
        return switch (kind) {
            case FLIP -> {
                byte[] b = doc.clone();
                for (int i = 0; i < Math.min(k, 64) && n > 0; i++) b[(pos + i * 131) % n] ^= (byte) (1 << r.nextInt(8));
                yield b;
            }
            case TRUNCATE -> Arrays.copyOf(doc, pos);
            case MARKUP -> insert(doc, pos, utf8(MARKUP_BITS[k % MARKUP_BITS.length]));
            case HUGE_FIELD -> {
                // a slice repeated up to ~640 KB: a title or a record of absurd length (FuzzTest has 50 MB ones)
                int from = Math.max(0, pos - 40);
                byte[] slice = Arrays.copyOfRange(doc, from, Math.min(n, from + 80));
                if (slice.length == 0) slice = utf8("x");
                int reps = Math.min(1024 * 1024 / slice.length, 20 * k);
                yield insert(doc, pos, repeat(slice, reps));
            }
            case INVALID_UTF8 -> insert(doc, pos, BAD_UTF8[k % BAD_UTF8.length]);
            case NULS -> insert(doc, pos, new byte[Math.min(k, 4096)]);
            case DEEP_NESTING -> insert(doc, pos, repeat(utf8(NEST_OPEN[r.nextInt(NEST_OPEN.length)]), Math.min(k * 100, 50_000)));
            case BOGUS_CHARSET -> {
                String cs = CHARSETS[k % CHARSETS.length];
                String s = new String(doc, StandardCharsets.ISO_8859_1);
                String t = s.replaceFirst("(?i)(charset=\"?|encoding=\")[^\"'>;\\s]*", "$1" + Matcher.quoteReplacement(cs));
                yield t.equals(s) ? concat(utf8("<?xml version=\"1.0\" encoding=\"" + cs + "\"?><meta charset=\"" + cs + "\">"), doc)
                        : t.getBytes(StandardCharsets.ISO_8859_1);
            }
            case CONTENT_LENGTH -> {
                String s = new String(doc, StandardCharsets.ISO_8859_1);
                Matcher m = LENGTH.matcher(s);
                StringBuilder out = new StringBuilder();
                int i = 0;
                while (m.find()) {
                    long v = switch (r.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> r.nextInt(Math.max(1, n));
                        case 2 -> n * 10L + k;
                        default -> Long.MAX_VALUE / (1 + r.nextInt(3));
                    };
                    m.appendReplacement(out, (i++ % 2 == 0 ? "Content-Length: " : "content-length: ") + v);
                }
                m.appendTail(out);
                yield out.toString().getBytes(StandardCharsets.ISO_8859_1);
            }
            case GZIP -> gzip(doc);
            case GZIP_BROKEN -> {
                byte[] gz = gzip(doc);
                int cut = (int) Math.round(at * gz.length);
                if (k % 2 == 0) yield Arrays.copyOf(gz, Math.max(2, cut));
                gz[Math.min(gz.length - 1, Math.max(10, cut))] ^= (byte) 0x5A;
                yield gz;
            }
            case QUOTE -> insert(doc, pos, utf8(k % 2 == 0 ? "\"" : "\"\"\""));
            case BREAK_LINE -> {
                // drop the newline nearest to pos: two records on one line, or a record cut across two
                for (int i = pos; i < n; i++) {
                    if (doc[i] == '\n') {
                        byte[] b = new byte[n - 1];
                        System.arraycopy(doc, 0, b, 0, i);
                        System.arraycopy(doc, i + 1, b, i, n - i - 1);
                        yield b;
                    }
                }
                yield insert(doc, pos, utf8("\n"));
            }
            case DELETE -> {
                int end = Math.min(n, pos + k);
                byte[] b = new byte[n - (end - pos)];
                System.arraycopy(doc, 0, b, 0, pos);
                System.arraycopy(doc, end, b, pos, n - end);
                yield b;
            }
            case DUPLICATE -> insert(doc, pos, Arrays.copyOfRange(doc, pos, Math.min(n, pos + k)));
            case RANDOM_RUN -> {
                byte[] run = new byte[Math.min(k, 8192)];
                r.nextBytes(run);
                yield insert(doc, pos, run);
            }
        };
    }

    static byte[] insert(byte[] doc, int pos, byte[] what) {
        byte[] b = new byte[doc.length + what.length];
        System.arraycopy(doc, 0, b, 0, pos);
        System.arraycopy(what, 0, b, pos, what.length);
        System.arraycopy(doc, pos, b, pos + what.length, doc.length - pos);
        return b;
    }

    static byte[] repeat(byte[] unit, int times) {
        byte[] b = new byte[unit.length * times];
        for (int i = 0; i < times; i++) System.arraycopy(unit, 0, b, i * unit.length, unit.length);
        return b;
    }

    static byte[] gzip(byte[] doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }
}
