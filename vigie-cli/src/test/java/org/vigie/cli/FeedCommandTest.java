package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.cli.CorpusCommandsTest.vigie;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.read.RawDocument;
import org.vigie.corpus.Corpus;
import org.vigie.ingest.feed.FeedReader;
import org.vigie.testkit.AtomCheck;

/** vigie feed as a cron job runs it: the 40 OrangeSum articles ingested by the CLI, and a hostile headline. */
class FeedCommandTest {

    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void corpus() throws Exception {
        data = tmp.resolve("corpus");
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", data.toString(),
                Repo.file("samples/orangesum/orangesum-sample.jsonl").toString()).code());
        try (Corpus c = Corpus.open(data)) {
            c.ingest(List.of(Article.compose("Grève <script>alert(1)</script> \u0007 à la SNCF", null, List.of("Un texte sur la grève."))
                    .withLanguage("fr", null)
                    .withMetadata(new Metadata("https://evil.example/greve", null, "evil.example", List.of(), "2030-01-01", "meta", null, null))));
        }
    }

    @Test
    void theUndatedBundledSampleIsListedByWhenItWasStored() throws Exception {
        // samples/aleppo-putin-erdogan.txt gives no date: before stored_at, vigie demo's feed was empty
        Path demo = tmp.resolve("demo");
        assertEquals(0, vigie("ingest", "--no-nlp", "--data", demo.toString(), Repo.file("samples/aleppo-putin-erdogan.txt").toString()).code());
        CorpusCommandsTest.Run r = vigie("feed", "--data", demo.toString());
        assertEquals(0, r.code(), r.err());
        AtomCheck.Feed f = AtomCheck.read(r.out().getBytes(StandardCharsets.UTF_8));
        assertEquals(1, f.entries().size(), r.out());
        AtomCheck.Entry e = f.entries().get(0);
        assertTrue(e.title().startsWith("Poutine: Moscou et Ankara"), e.title());
        assertNull(e.published(), "no publication date to state");
        String id;
        try (Corpus c = Corpus.openReadOnly(demo)) {
            id = c.search(org.vigie.corpus.search.SearchRequest.of("Ankara")).hits().get(0).id();
            Article stored = c.get(id).orElseThrow();
            assertEquals(stored.storedInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), e.updated());
        }
        assertEquals("vigie: 1 entry of 1 matching article", r.err().strip());
        CorpusCommandsTest.Run show = vigie("show", "--data", demo.toString(), id);
        assertTrue(show.out().contains("stored on  " + e.updated().substring(0, 19)), show.out());
    }

    @Test
    void writesTheSameFeedAsTheServerToStandardOutput() throws Exception {
        CorpusCommandsTest.Run r = vigie("feed", "--data", data.toString(), "--limit", "5", "--base-url", "https://vigie.example.org/",
                "--self-url", "https://feeds.example.org/greve.atom", "grève");
        assertEquals(0, r.code(), r.err());
        AtomCheck.Feed f = AtomCheck.read(r.out().getBytes(StandardCharsets.UTF_8));
        assertEquals("Vigie: “grève”", f.title());
        assertEquals("https://feeds.example.org/greve.atom", f.link("self"));
        assertEquals("https://vigie.example.org/search?q=gr%C3%A8ve", f.link("alternate"));
        assertTrue(f.entries().size() >= 2 && f.entries().size() <= 5, r.out());
        assertEquals("Grève <script>alert(1)</script>  à la SNCF", f.entries().get(0).title(), "the newest first, the bell dropped");
        for (int i = 1; i < f.entries().size(); i++) {
            assertTrue(f.entries().get(i - 1).published().compareTo(f.entries().get(i).published()) >= 0, "newest first: " + r.out());
            AtomCheck.Entry e = f.entries().get(i);
            // Vigie's page of the article: beside its own page, or in its place when the article has no URL
            String vigie = e.link("related") != null ? e.link("related") : e.link("alternate");
            assertTrue(vigie.startsWith("https://vigie.example.org/articles/"), r.out());
        }
        assertTrue(r.err().matches("(?s)vigie: \\d+ entries of \\d+ matching articles\\s*"), r.err());

        // the same feed read back by Vigie's own reader: the same headlines and addresses
        List<Article> read = new FeedReader().read(RawDocument.of(r.out().getBytes(StandardCharsets.UTF_8), "greve.atom"));
        assertEquals(f.entries().stream().map(e -> e.title().replaceAll(" +", " ")).toList(), read.stream().map(Article::title).toList());
        assertEquals(f.entries().stream().map(e -> e.link("alternate")).toList(), read.stream().map(a -> a.metadata().url()).toList());
    }

    @Test
    void writesAFileWholeAndRefusesBadOptions() throws Exception {
        Path file = tmp.resolve("greve.atom");
        CorpusCommandsTest.Run r = vigie("feed", "--data", data.toString(), "--out", file.toString(), "--site", "evil.example");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        AtomCheck.Feed f = AtomCheck.read(Files.readAllBytes(file));
        assertEquals(1, f.entries().size());
        assertEquals("https://evil.example/greve", f.entries().get(0).link("alternate"));
        assertNull(f.entries().get(0).link("related"), "no server address given: no link to Vigie's page");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
        assertEquals(2, vigie("feed", "--data", data.toString(), "--limit", "0").code());
        assertEquals(2, vigie("feed", "--data", data.toString(), "--limit", "201").code());
        CorpusCommandsTest.Run bad = vigie("feed", "--data", data.toString(), "--base-url", "javascript:alert(1)");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("base URL must be an absolute http or https URL"), bad.err());
        assertEquals(2, vigie("feed", "--data", data.toString(), "\"grève").code());
        // an empty result is a valid feed
        CorpusCommandsTest.Run none = vigie("feed", "--data", data.toString(), "zanzibarxyz");
        assertEquals(0, none.code(), none.err());
        assertEquals(List.of(), AtomCheck.read(none.out().getBytes(StandardCharsets.UTF_8)).entries());
    }
}
