package org.vigie.ingest.warc;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.vigie.core.model.Article;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.StandInHtmlReader;

class WarcArticleReaderTest {

    static final ArticleReader STAND_IN_HTML = new StandInHtmlReader();

    private static final Instant DATE = Instant.parse("2016-10-10T12:00:00Z");

    private static String page(String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title).append("</title></head><body>");
        for (String p : paragraphs) b.append("<p>").append(p).append("</p>");
        return b.append("</body></html>").toString();
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, String encoding)
            throws IOException {
        return response(url, status, type, body, encoding, null);
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, String encoding,
                                         String transfer) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(type), body);
        if (encoding != null) http.setHeader("Content-Encoding", encoding);
        if (transfer != null) http.setHeader("Transfer-Encoding", transfer);
        return new WarcResponse.Builder(URI.create(url)).date(DATE).body(http.build()).build();
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    private static Path writeWarc(Path dir, String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://ex.fr/a")).date(DATE)
                    .body(new HttpRequest.Builder("GET", "/a").build()).build());
            w.write(response("https://ex.fr/a", 200, "text/html; charset=utf-8",
                    page("Alep", "Les présidents se sont réunis.", "« Accord\u00A0», dit-il.").getBytes(StandardCharsets.UTF_8), null));
            w.write(response("https://ex.fr/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));
            w.write(response("https://ex.fr/missing", 404, "text/html", page("Introuvable", "404").getBytes(StandardCharsets.UTF_8), null));
            w.write(response("https://ex.fr/b", 200, "text/html; charset=iso-8859-1",
                    page("Été", "Un été à Noël.").getBytes(StandardCharsets.ISO_8859_1), null));
            w.write(response("https://ex.fr/c", 200, "text/html",
                    gzip(page("Compressé", "Corps compressé.").getBytes(StandardCharsets.UTF_8)), "gzip"));
            w.write(response("https://ex.fr/empty", 200, "text/html", page("Vide").getBytes(StandardCharsets.UTF_8), null));
        }
        return file;
    }

    private void assertReadBack(List<Article> out, WarcArticleReader.Counts counts, List<ReadException> rejects, String path) {
        assertEquals(List.of("Alep", "Été", "Compressé"), out.stream().map(Article::title).toList());
        Article a = out.get(0);
        assertEquals("Les présidents se sont réunis.\n« Accord\u00A0», dit-il.", a.body());
        assertEquals("https://ex.fr/a", a.metadata().url());
        assertEquals("2016-10-10T12:00Z", a.metadata().date());
        assertEquals("warc", a.metadata().dateSource());
        assertEquals(path, a.origin().path());
        assertEquals(2L, a.origin().record());
        assertEquals("https://ex.fr/a", a.origin().url());
        assertEquals("Un été à Noël.", out.get(1).body());
        assertEquals(5L, out.get(1).origin().record());
        assertEquals("Corps compressé.", out.get(2).body());

        assertEquals(7, counts.records());
        assertEquals(4, counts.htmlPages());
        assertEquals(3, counts.articles());
        assertEquals(1, counts.skippedNotHtml());
        assertEquals(1, counts.skippedStatus());
        assertEquals(1, counts.otherRecords());
        assertEquals(1, counts.rejected());
        assertEquals(1, rejects.size());
        assertEquals(7L, rejects.get(0).origin().record());
        assertTrue(rejects.get(0).getMessage().contains("no paragraph"), rejects.get(0).getMessage());
    }

    @Test
    void roundTripUncompressed(@TempDir Path dir) throws Exception {
        Path warc = writeWarc(dir, "crawl.warc", WarcCompression.NONE);
        List<Article> out = new ArrayList<>();
        List<ReadException> rejects = new ArrayList<>();
        WarcArticleReader.Counts counts = new WarcArticleReader(STAND_IN_HTML).read(warc, out::add, rejects::add);
        assertReadBack(out, counts, rejects, warc.toString());
    }

    @Test
    void roundTripGzipFromBytes(@TempDir Path dir) throws Exception {
        Path warc = writeWarc(dir, "crawl.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(warc);
        assertEquals(0x1f, bytes[0] & 0xFF, "written gzip-compressed");
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = new WarcArticleReader(STAND_IN_HTML).read(RawDocument.of(bytes, "crawl.warc.gz"), rejects::add);
        assertEquals(3, out.size());
        assertEquals("Compressé", out.get(2).title());
        assertEquals(1, rejects.size());
    }

    @Test
    void truncatedWarcKeepsWhatCameBeforeTheDamage(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(writeWarc(dir, "t.warc.gz", WarcCompression.GZIP));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3);
        List<ReadException> rejects = new ArrayList<>();
        List<Article> out = new WarcArticleReader(STAND_IN_HTML).read(RawDocument.of(cut, "t.warc.gz"), rejects::add);
        assertFalse(out.isEmpty());
        assertEquals("Alep", out.get(0).title());
        assertTrue(rejects.stream().anyMatch(e -> e.getMessage().contains("damaged WARC record")),
                rejects.toString());
    }

    @Test
    void chunkedTransferEncodingIsUndone(@TempDir Path dir) throws Exception {
        String html = page("Morcelé", "Un corps envoyé en morceaux.");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        int half = bytes.length / 2;
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(bytes, 0, half);
        chunked.write(("\r\n" + Integer.toHexString(bytes.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(bytes, half, bytes.length - half);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Path file = dir.resolve("chunked.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            w.write(response("https://ex.fr/m", 200, "text/html; charset=utf-8", chunked.toByteArray(), null, "chunked"));
        }
        List<Article> out = new ArrayList<>();
        new WarcArticleReader(STAND_IN_HTML).read(file, out::add, RejectSink.THROWING);
        assertEquals(1, out.size());
        assertEquals("Un corps envoyé en morceaux.", out.get(0).body());
    }

    @Test
    void aFileThatIsNotAWarcIsAClearError() {
        ReadException e = assertThrows(ReadException.class, () -> new WarcArticleReader(STAND_IN_HTML)
                .read(RawDocument.of("<html>pas un warc</html>".getBytes(StandardCharsets.UTF_8), "x.warc")));
        assertTrue(e.getMessage().startsWith("x.warc (byte 0): not a WARC file"), e.getMessage());
    }
}
