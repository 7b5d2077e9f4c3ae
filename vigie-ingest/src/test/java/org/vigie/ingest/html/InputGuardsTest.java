package org.vigie.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;

/**
 * Bad and pathological input ends in a precise {@link ReadException} or a valid article, never a
 * crash or a hang. The timeouts are hang guards, far above the expected time, not speed checks.
 */
class InputGuardsTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(3);
    private static final String PARAGRAPH = "<p>Un paragraphe de texte courant, avec des virgules, des mots "
            + "et encore des mots pour ressembler à un article de presse ordinaire.</p>\n";

    private final HtmlReader reader = new HtmlReader();

    private ReadException rejected(byte[] bytes) {
        return assertThrows(ReadException.class, () -> reader.readOne(RawDocument.of(bytes, "input.html")));
    }

    @Test
    void emptyInputIsRejected() {
        ReadException e = rejected(new byte[0]);
        assertTrue(e.getMessage().startsWith("input.html: empty input"), e.getMessage());
    }

    @Test
    void binaryInputIsRejectedWithItsOffset() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ReadException e = rejected(png);
        assertTrue(e.reason().startsWith("binary content"), e.getMessage());
        assertEquals(8, e.offset());
    }

    @Test
    void randomBytesAreRejectedOrRead() {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[1 + random.nextInt(20_000)];
            random.nextBytes(bytes);
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                try {
                    Article a = reader.readOne(RawDocument.of(bytes, "random.bin"));
                    assertTrue(!a.text().isEmpty());
                } catch (ReadException e) {
                    assertTrue(e.getMessage().startsWith("random.bin") && !e.reason().isBlank(), e.getMessage());
                }
            });
        }
    }

    @Test
    void plainTextIsNotHtml() {
        ReadException e = rejected("Bonjour, ceci est un simple texte sans balises.\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(e.reason().startsWith("no HTML markup"), e.getMessage());
    }

    @Test
    void pageWithoutArticleTextIsRejected() {
        String html = "<html><head><title>Menu</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>";
        ReadException e = rejected(html.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.reason().startsWith("no article text found"), e.getMessage());
    }

    @Test
    void gzipPagesAreInflatedAndTruncatedGzipIsRejected() throws IOException, ReadException {
        String html = "<html><head><title>Un titre</title></head><body><article>" + PARAGRAPH.repeat(5)
                + "</article></body></html>";
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
        byte[] gz = bos.toByteArray();
        Article a = reader.readOne(RawDocument.of(gz, "page.html.gz"));
        assertEquals("Un titre", a.title());
        assertEquals(5, a.paragraphs().size());

        ReadException e = rejected(Arrays.copyOf(gz, gz.length / 2));
        assertTrue(e.reason().startsWith("truncated gzip"), e.getMessage());
    }

    @Test
    void fiftyMegabytePageIsRejectedBeforeParsing() {
        byte[] big = bigPage(50L * 1024 * 1024);
        ReadException e = assertTimeoutPreemptively(HANG_GUARD, () -> rejected(big));
        assertTrue(e.reason().contains("over the 16,777,216-byte limit"), e.getMessage());
    }

    @Test
    void largePageUnderALimitIsReadWhole() {
        byte[] page = bigPage(4L * 1024 * 1024);
        Article a = assertTimeoutPreemptively(HANG_GUARD, () -> reader.readOne(RawDocument.of(page, "large.html")));
        assertTrue(a.paragraphs().size() > 20_000, "paragraphs: " + a.paragraphs().size());
        assertEquals("Grosse page", a.title());
    }

    @Test
    void deeplyNestedHtmlGivesAnArticle() {
        for (String tag : new String[] {"div", "b", "table", "li"}) {
            StringBuilder sb = new StringBuilder("<html><head><title>Page profonde</title></head><body>");
            int depth = 30_000;
            for (int i = 0; i < depth; i++) sb.append('<').append(tag).append('>');
            sb.append(PARAGRAPH);
            for (int i = 0; i < depth; i++) sb.append("</").append(tag).append('>');
            sb.append("</body></html>");
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            Article a = assertTimeoutPreemptively(HANG_GUARD, () -> reader.readOne(RawDocument.of(bytes, tag + ".html")));
            assertEquals("Page profonde", a.title());
            assertTrue(a.body().startsWith("Un paragraphe de texte courant"), tag + ": " + a.body());
        }
    }

    private static byte[] bigPage(long size) {
        StringBuilder sb = new StringBuilder((int) size + 1000);
        sb.append("<html><head><title>Grosse page</title></head><body><article><h1>Grosse page</h1>");
        while (sb.length() < size) sb.append(PARAGRAPH);
        return sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
