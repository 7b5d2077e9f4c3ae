package org.vigie.ingest.source;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private static Optional<String> detect(String name, String content) {
        return FormatDetector.detect(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void byExtension() {
        assertEquals(Optional.of("dump"), detect("page.txt", "Titre\n\nCorps"));
        assertEquals(Optional.of("html"), detect("page.HTM", "<div>x</div>"));
        assertEquals(Optional.of("jsonl"), detect("d.ndjson", "{\"a\":1}"));
        assertEquals(Optional.of("csv"), detect("d.tsv", "title\tbody"));
        assertEquals(Optional.of("json"), detect("d.json", "[{\"a\":1}]"));
        assertEquals(Optional.of("json"), detect("export", " [ {\"a\":1}]"));
        assertEquals(Optional.of("feed"), detect("f.atom", "  <feed>"));
        assertEquals(Optional.of("warc"), detect("c.warc", ""));
    }

    @Test
    void unmistakableContentWinsOverTheExtension() throws IOException {
        assertEquals(Optional.of("warc"), detect("crawl.txt", "WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
        assertEquals(Optional.of("feed"), detect("news.html",
                "\uFEFF<?xml version=\"1.0\"?>\n<!-- c -->\n<?xml-stylesheet href=\"s\"?><rss version=\"2.0\">"));
        assertEquals(Optional.of("html"), detect("page.txt", "  <!DOCTYPE html><html>"));
        assertEquals(Optional.of("warc"), FormatDetector.detect("crawl.gz", gzip("WARC/1.0\r\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.of("gzip"), FormatDetector.detect("d.jsonl.gz", gzip("{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void contentDecidesWhenTheNameSaysNothing() {
        assertEquals(Optional.of("jsonl"), detect("export", "{\"title\": \"x\"}\n"));
        assertEquals(Optional.of("html"), detect("index", "<div><p>Bonjour</p></div>"));
        assertEquals(Optional.of("feed"), detect("feed", "<rss version=\"2.0\">"));
        assertEquals(Optional.empty(), detect("notes.md", "# Titre"));
        assertEquals(Optional.empty(), detect("a.xml.bak", "plain"));
    }
}
