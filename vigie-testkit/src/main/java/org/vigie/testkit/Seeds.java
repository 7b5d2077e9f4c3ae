package org.vigie.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Valid documents of every format, from the repository's samples (a page dump, OrangeSum pages and
 * records, CC BY-SA) and small WARC, RSS, Atom, CSV and JSON files built from those records. The
 * fuzz properties mutate them, so a mutation starts from input that reads.
 */
public final class Seeds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {
    }

    public static Path repoFile(String rel) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("repository root not found");
        return p.resolve(rel);
    }

    /** Seeds by reader format ("dump", "html", "warc", "feed", "jsonl", "csv", "json"). */
    public static Map<String, List<byte[]>> all() {
        try {
            List<String> lines = Files.readAllLines(repoFile("samples/orangesum/orangesum-sample.jsonl")).stream()
                    .filter(l -> !l.isBlank()).limit(6).toList();
            List<JsonNode> records = new ArrayList<>();
            for (String l : lines) records.add(JSON.readTree(l));
            List<byte[]> html = new ArrayList<>();
            try (var s = Files.list(repoFile("samples/orangesum/html"))) {
                for (Path p : s.sorted().limit(3).toList()) html.add(Files.readAllBytes(p));
            }
            List<byte[]> dumps = new ArrayList<>();
            dumps.add(Files.readAllBytes(repoFile("samples/aleppo-putin-erdogan.txt")));
            for (JsonNode r : records.subList(0, 2)) {
                dumps.add(utf8(r.path("title").asText() + "\n\n" + r.path("heading").asText() + "\n"
                        + r.path("article").asText() + "\n"));
            }
            return Map.of(
                    "dump", dumps,
                    "html", html,
                    "warc", List.of(warc(html.get(0), records.get(0)), warc(smallPage(records.get(1)), records.get(1))),
                    "feed", List.of(rss(records), atom(records)),
                    "jsonl", List.of(utf8(String.join("\n", lines) + "\n")),
                    "csv", List.of(csv(records)),
                    "json", List.of(utf8("[" + String.join(",\n", lines) + "]")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] smallPage(JsonNode r) {
        return utf8("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(r.path("title").asText())
                + "</title></head><body><article><h1>" + esc(r.path("title").asText()) + "</h1><p>"
                + esc(r.path("heading").asText()) + "</p><p>" + esc(r.path("article").asText()) + "</p></article></body></html>");
    }

    /** A warcinfo record, then a 200 response holding {@code page}, as a crawler writes them. */
    static byte[] warc(byte[] page, JsonNode r) {
        byte[] http = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + page.length + "\r\n\r\n"), page);
        String info = "software: vigie-fuzz\r\n";
        String url = "https://actu.example/" + r.path("id").asText();
        return concat(
                utf8("WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2018-06-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                        + "Content-Type: application/warc-fields\r\nContent-Length: " + info.length() + "\r\n\r\n" + info + "\r\n\r\n"),
                utf8("WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2018-06-01T10:00:01Z\r\nWARC-Target-URI: " + url
                        + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
                        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n"),
                http, utf8("\r\n\r\n"));
    }

    static byte[] rss(List<JsonNode> records) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Actu</title>\n");
        for (JsonNode r : records) {
            b.append("<item><title>").append(esc(r.path("title").asText())).append("</title><link>https://actu.example/")
                    .append(r.path("id").asText()).append("</link><pubDate>Thu, 31 May 2018 10:00:00 +0200</pubDate>")
                    .append("<description>").append(esc("<p>" + r.path("heading").asText() + "</p>")).append("</description>")
                    .append("<content:encoded><![CDATA[<p>").append(r.path("article").asText()).append("</p>]]></content:encoded></item>\n");
        }
        return utf8(b.append("</channel></rss>\n").toString());
    }

    static byte[] atom(List<JsonNode> records) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Actu</title><id>urn:actu</id><updated>2018-05-31T10:00:00Z</updated>\n");
        for (JsonNode r : records) {
            b.append("<entry><title>").append(esc(r.path("title").asText())).append("</title><id>urn:")
                    .append(r.path("id").asText()).append("</id><updated>2018-05-31T10:00:00Z</updated><summary>")
                    .append(esc(r.path("heading").asText())).append("</summary><content type=\"html\">")
                    .append(esc("<p>" + r.path("article").asText() + "</p>")).append("</content></entry>\n");
        }
        return utf8(b.append("</feed>\n").toString());
    }

    static byte[] csv(List<JsonNode> records) {
        StringBuilder b = new StringBuilder("id,title,heading,body\n");
        for (JsonNode r : records) {
            for (String f : List.of("id", "title", "heading", "article")) {
                b.append('"').append(r.path(f).asText().replace("\"", "\"\"")).append('"').append(f.equals("article") ? "\n" : ",");
            }
        }
        return utf8(b.toString());
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
