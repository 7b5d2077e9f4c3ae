package org.vigie.ingest.fuzz;

import org.vigie.testkit.ClearError;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.StandInHtmlReader;
import org.vigie.ingest.tabular.JsonReader;
import org.vigie.ingest.warc.WarcArticleReader;

/** Inputs the fuzz properties and FuzzRun found rejected without a clear error, now rejected clearly. */
class FuzzRegressionTest {

    @Test
    void warcParseErrorsSayWhatNotWhichJavaClass() {
        // Was: "not a WARC file: ParsingException: invalid WARC record at position 0: <-- HERE -->\x00\x00"
        ReadException e = assertThrows(ReadException.class,
                () -> new WarcArticleReader(new StandInHtmlReader()).read(RawDocument.of(new byte[2], "two-nuls.warc")));
        assertNull(ClearError.problem(e, "two-nuls.warc"), e.getMessage());
        assertTrue(e.reason().startsWith("not a WARC file: invalid WARC record"), e.getMessage());
        assertFalse(e.getMessage().contains("HERE") || e.getMessage().contains("\\xff"), e.getMessage());
    }

    @Test
    void jsonNameOverJacksonsLimitIsLocated() {
        // Was: "malformed JSON, rest of file skipped: Name length (70005) exceeds the maximum ..." with no line:
        // Jackson's limit errors carry no location.
        String json = "[\n\n{\"" + "n".repeat(70_000) + "\":1}]";
        ReadException e = assertThrows(ReadException.class,
                () -> new JsonReader().read(RawDocument.of(json.getBytes(StandardCharsets.UTF_8), "long-name.json")));
        assertNull(ClearError.problem(e, "long-name.json"), e.getMessage());
        assertTrue(e.line() == 3, e.getMessage());
    }

    private static String warcResponse(String extraHeaders, String html) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
        int len = http.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + (len % 10)
                + ">\r\n" + extraHeaders + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + len
                + "\r\n\r\n" + http + "\r\n\r\n";
    }

    @Test
    void warcRecordWithAMalformedDateOrRepeatedUriIsRejectedAndTheRestRead() throws ReadException {
        // Were: DateTimeParseException and "IllegalArgumentException: record has 2 WARC-Target-URI headers",
        // thrown out of the reader (jwarc parses these headers lazily).
        String page = "<html><head><title>T</title></head><body><p>Un paragraphe de texte.</p></body></html>";
        String warc = warcResponse("WARC-Date: 2018-06-01T10:00:01 application/http\r\nWARC-Target-URI: https://a.example/1\r\n", page)
                + warcResponse("WARC-Date: 2018-06-01T10:00:02Z\r\nWARC-Target-URI: https://a.example/2\r\nWARC-Target-URI: https://a.example/3\r\n", page)
                + warcResponse("WARC-Date: 2018-06-01T10:00:03Z\r\nWARC-Target-URI: https://a.example/4\r\n", page);
        java.util.List<ReadException> rejects = new java.util.ArrayList<>();
        var articles = new WarcArticleReader(new StandInHtmlReader())
                .read(RawDocument.of(warc.getBytes(StandardCharsets.UTF_8), "headers.warc"), rejects::add);
        assertTrue(articles.size() == 1 && "https://a.example/4".equals(articles.get(0).metadata().url()), articles.toString());
        assertTrue(rejects.size() == 2, rejects.toString());
        for (ReadException e : rejects) {
            assertNull(ClearError.problem(e, "headers.warc"), e.getMessage());
            assertTrue(e.reason().startsWith("malformed WARC header"), e.getMessage());
        }
    }

    @Test
    void nestedFeedItemsAreOneItem() throws ReadException {
        // Found by FuzzRun (a feed whose "</title></item>" a mutation had cut, repeated): 2,300 items
        // nested in one another, each titled with all the text inside it, were read one by one
        // (2,306 articles, 16 s, quadratic). Items are never nested: the outer one is the item.
        String feed = "<rss><channel>" + "<item><title>Fuite de gaz dans une usine en Inde: 5 morts\n".repeat(2_300)
                + "</channel></rss>";
        var articles = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> new org.vigie.ingest.feed.FeedReader().read(RawDocument.of(feed.getBytes(StandardCharsets.UTF_8), "nested.rss")));
        assertTrue(articles.size() == 1 && articles.get(0).title().startsWith("Fuite de gaz"), articles.size() + " articles");
    }
}
