package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.dump.DumpReader;
import org.vigie.ingest.feed.FeedReader;
import org.vigie.ingest.source.Ingestion;
import org.vigie.ingest.source.ReaderRegistry;
import org.vigie.ingest.tabular.CsvReader;
import org.vigie.ingest.tabular.JsonReader;
import org.vigie.ingest.tabular.JsonlReader;
import org.vigie.ingest.warc.WarcArticleReader;

/**
 * Hostile inputs for every reader: each must end in a ReadException that says where and why, or
 * in valid articles; never another exception, never a hang. The timeout is only a hang guard,
 * generous on purpose (a loaded build machine is slow), not a speed goal.
 */
class FuzzTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    private static final List<ArticleReader> READERS = List.of(new DumpReader(), new JsonlReader(), new JsonReader(), new CsvReader(),
            new FeedReader(), new WarcArticleReader(new StandInHtmlReader()));

    /** Reads {@code bytes} with {@code reader}; fails on anything but a located ReadException or valid articles. */
    private static void survives(ArticleReader reader, byte[] bytes, String what) {
        String name = "fuzz-" + what;
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<ReadException> rejects = new ArrayList<>();
            List<Article> out;
            try {
                out = reader.read(RawDocument.of(bytes, name), rejects::add);
            } catch (ReadException e) {
                assertLocated(e, name, reader, what);
                return;
            } catch (RuntimeException e) {
                throw new AssertionError(reader.format() + " reader on " + what + " threw " + e, e);
            }
            for (ReadException e : rejects) assertLocated(e, name, reader, what);
            for (Article a : out) assertValid(a, reader, what);
        }, () -> reader.format() + " reader hung on " + what);
    }

    private static void assertLocated(ReadException e, String name, ArticleReader reader, String what) {
        assertNotNull(e.reason(), reader.format() + " on " + what);
        assertFalse(e.reason().isBlank(), reader.format() + " on " + what);
        assertTrue(e.getMessage().startsWith(name), reader.format() + " on " + what + ": " + e.getMessage());
    }

    private static void assertValid(Article a, ArticleReader reader, String what) {
        String ctx = reader.format() + " on " + what;
        assertNotNull(a.text(), ctx);
        assertTrue(a.text().endsWith(a.body()), ctx);
        assertEquals(Article.contentId(a.text()), a.id(), ctx);
        for (Section s : a.sections()) {
            assertTrue(s.end() <= a.text().length(), ctx);
        }
        assertNotNull(a.origin(), ctx);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void randomBytes() {
        Random random = new Random(20161010);
        for (int i = 0; i < 40; i++) {
            byte[] b = new byte[random.nextInt(i < 20 ? 64 : 65536) + 1];
            random.nextBytes(b);
            for (ArticleReader r : READERS) survives(r, b, "random bytes #" + i);
        }
    }

    @Test
    void randomTextWithStructureCharacters() {
        Random random = new Random(42);
        String alphabet = "abcé’«» \u00A0\n\r\t{}[]\":,;<>/=&#!?-_ÃƒÂ©â€™WARC/1.0\\0123456789";
        for (int i = 0; i < 40; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(4000) + 1;
            for (int k = 0; k < n; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            for (ArticleReader r : READERS) survives(r, b, "random text #" + i);
        }
    }

    @Test
    void truncatedGzipAndWarc() throws IOException {
        byte[] gz = gzip("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK\r\n"
                .repeat(50).getBytes(StandardCharsets.UTF_8));
        for (int cut : new int[] {1, 2, 10, gz.length / 2, gz.length - 1}) {
            byte[] b = Arrays.copyOf(gz, cut);
            for (ArticleReader r : READERS) survives(r, b, "gzip cut at " + cut);
        }
    }

    @Test
    void truncatedGzipThroughIngestion(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            jsonl.append("{\"title\":\"T").append(i).append("\",\"body\":\"").append(Long.toHexString(random.nextLong()))
                    .append("\"}\n");
        }
        byte[] gz = gzip(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 3));
        Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(gz, gz.length / 3));
        List<ReadException> rejects = new ArrayList<>();
        Ingestion.Summary s = assertTimeoutPreemptively(HANG_GUARD, () -> new Ingestion(
                ReaderRegistry.withHtml(new StandInHtmlReader())).read(List.of(dir), a -> { }, rejects::add));
        // The JSON Lines file is streamed: the lines before the cut are read, then the cut is reported.
        assertTrue(s.articles() > 0 && s.articles() < 2000, "articles " + s.articles());
        assertEquals(2, s.rejected(), rejects.toString());
        assertTrue(rejects.stream().anyMatch(e -> e.getMessage().contains("cut.jsonl.gz") && e.getMessage().contains("truncated")),
                rejects.toString());
        assertTrue(rejects.stream().allMatch(e -> e.getMessage().contains("cut.")), rejects.toString());
    }

    @Test
    void deeplyNestedInputs() {
        int depth = 100_000;
        byte[] json = ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
        byte[] jsonObj = ("{\"title\":\"T\",\"body\":" + "[".repeat(depth) + "\"x\"" + "]".repeat(depth) + "}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] xml = ("<rss><channel><item><title>T</title><description>" + "<div>".repeat(depth) + "x"
                + "</div>".repeat(depth) + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        byte[] escapedXml = ("<rss><channel><item><title>T</title><description>" + "&lt;div&gt;".repeat(depth) + "x"
                + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        byte[] csv = ("title,body\n\"" + "\"\"".repeat(depth) + "\",x\n").getBytes(StandardCharsets.UTF_8);
        for (ArticleReader r : READERS) {
            survives(r, json, "nested JSON arrays");
            survives(r, jsonObj, "nested JSON body");
            survives(r, xml, "nested XML");
            survives(r, escapedXml, "nested escaped HTML");
            survives(r, csv, "CSV of quotes");
        }
    }

    @Test
    void hugeInputs() {
        String paragraph = "Les présidents se sont réunis lundi à Istanbul, a-t-on appris de source officielle. ";
        // 50 MB in one line: a dump whose "title" is the whole page.
        byte[] oneLine = paragraph.repeat(50 * 1024 * 1024 / paragraph.length()).getBytes(StandardCharsets.UTF_8);
        survives(new DumpReader(), oneLine, "50 MB single-line dump");
        // 10 MB in many lines, ending in a long comment widget.
        byte[] manyLines = ("Titre\n\n" + (paragraph + "\n").repeat(10 * 1024 * 1024 / paragraph.length())
                + "Partager\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        survives(new DumpReader(), manyLines, "10 MB dump with 10 000 widget lines");
        byte[] hugeJsonLine = ("{\"title\":\"T\",\"body\":\"" + paragraph.repeat(30 * 1024 * 1024 / paragraph.length())
                + "\"}\n").getBytes(StandardCharsets.UTF_8);
        survives(new JsonlReader(), hugeJsonLine, "30 MB JSON line");
        byte[] hugeFeed = ("<rss><channel><item><title>T</title><description>"
                + ("&lt;p&gt;" + paragraph + "&lt;/p&gt;").repeat(100_000) + "</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        survives(new FeedReader(), hugeFeed, "10 MB feed item");
    }
}
