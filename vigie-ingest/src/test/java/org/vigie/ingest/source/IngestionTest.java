package org.vigie.ingest.source;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.StandInHtmlReader;

class IngestionTest {

    private final Ingestion ingestion = new Ingestion(ReaderRegistry.withHtml(new StandInHtmlReader()));

    @Test
    void theBundledSamplesFolderReadsEveryArticleAndNoNotice() {
        List<Article> out = new ArrayList<>();
        List<ReadException> rejects = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        Ingestion.Summary s = ingestion.read(List.of(Path.of("../samples")), out::add, rejects::add,
                (f, done, total, articles) -> progress.add(done + "/" + total));

        assertEquals(List.of(), rejects);
        assertEquals(10, s.files(), "1 dump + 1 JSONL + 8 HTML pages; LICENSE.txt and ATTRIBUTION.md left out");
        assertEquals(1 + 40 + 8, s.articles());
        assertEquals(out.size(), s.articles());
        assertEquals(Long.valueOf(40), s.articlesByFormat().get("jsonl"));
        assertEquals(Long.valueOf(8), s.articlesByFormat().get("html"));
        assertEquals(Long.valueOf(1), s.articlesByFormat().get("dump"));
        assertEquals("10/10", progress.get(progress.size() - 1));
        assertTrue(s.clean());
        assertTrue(out.stream().anyMatch(a -> "Ece6acd5c1e4d6f50db947ed7ee6960c".equals(a.sourceId())));
    }

    @Test
    void aMixedFolderIsReadAndEveryProblemIsCountedByReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("page.txt"), "Titre\n\nCorps.\n");
        Files.write(dir.resolve("data.jsonl.gz"), FormatDetectorTest.gzip(
                "{\"title\":\"A\",\"body\":\"Corps A.\"}\n{\"title\":\"B\"}\n".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("data.csv"), "title,body\nC,Corps C.\n");
        Files.writeString(dir.resolve("feed.rss"), "<rss><channel><item><title>D</title><description>Corps D.</description>"
                + "</item></channel></rss>");
        byte[] gz = FormatDetectorTest.gzip("Titre\n\nCorps tronqué.\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.write(dir.resolve("image.bin"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");

        List<Article> out = new ArrayList<>();
        List<ReadException> rejects = new ArrayList<>();
        Ingestion.Summary s = ingestion.read(List.of(dir, dir.resolve("missing.txt")), out::add, rejects::add);

        assertEquals(List.of("A", "C", "D", "Titre"), out.stream().map(Article::title).sorted().toList());
        assertEquals(4, s.articles());
        assertEquals(4, s.rejected(), rejects.toString());
        assertEquals(Long.valueOf(1), s.rejectedByReason().get("no body"));
        assertEquals(Long.valueOf(1), s.rejectedByReason().get("truncated gzip"));
        assertEquals(Long.valueOf(1), s.rejectedByReason().get("empty page dump"));
        assertEquals(Long.valueOf(1), s.rejectedByReason().get("no such file or folder"));
        assertEquals(Long.valueOf(1), s.skipped().get("unknown format"));
        assertFalse(s.clean());
        ReadException cut = rejects.stream().filter(e -> e.getMessage().contains("cut.txt.gz")).findFirst().orElseThrow();
        assertEquals(gz.length / 2, cut.offset(), "where the compressed data breaks off: " + cut.getMessage());
        ReadException missing = rejects.stream().filter(e -> e.getMessage().contains("missing.txt")).findFirst().orElseThrow();
        assertTrue(missing.getMessage().endsWith("no such file or folder"));
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndTheWalkGoesOn(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(sub.resolve("page.txt"), "Titre\n\nCorps.\n");
        Files.createSymbolicLink(sub.resolve("loop"), dir.resolve("a"));
        List<ReadException> rejects = new ArrayList<>();
        List<Path> files = Inputs.files(List.of(dir), rejects::add);
        assertEquals(List.of(sub.resolve("page.txt")), files);
        assertEquals(1, rejects.size());
        assertTrue(rejects.get(0).getMessage().contains("symbolic link loop"), rejects.get(0).getMessage());
    }

    @Test
    void anExplicitFileOfUnknownFormatIsRejectedNotSkipped(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("image.bin");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        List<ReadException> rejects = new ArrayList<>();
        Ingestion.Summary s = ingestion.read(List.of(bin), a -> { }, rejects::add);
        assertEquals(1, s.rejected());
        assertTrue(rejects.get(0).getMessage().contains("unsupported binary file"));
    }

    @Test
    void withoutAnHtmlReaderHtmlFilesAreRejectedClearly(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("p.html");
        Files.writeString(page, "<html><body><p>x</p></body></html>");
        List<ReadException> rejects = new ArrayList<>();
        new Ingestion(ReaderRegistry.defaults()).read(List.of(page), a -> { }, rejects::add);
        assertEquals(1, rejects.size());
        assertTrue(rejects.get(0).getMessage().contains("no html reader registered"), rejects.get(0).getMessage());
    }
}
