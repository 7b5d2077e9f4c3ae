package org.vigie.ingest.fuzz;

import org.vigie.testkit.Seeds;
import org.vigie.testkit.Mutation;
import org.vigie.testkit.ClearError;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.dump.DumpReader;
import org.vigie.ingest.feed.FeedReader;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.tabular.CsvReader;
import org.vigie.ingest.tabular.JsonReader;
import org.vigie.ingest.tabular.JsonlReader;
import org.vigie.ingest.warc.WarcArticleReader;

/**
 * Property-based fuzzing of every reader: arbitrary bytes, and valid documents of each format with
 * one to three {@link Mutation}s. Every outcome must be articles whose sections lie within their
 * text, or {@link ReadException}s that are {@link ClearError clear}; never another exception, never
 * a hang. The timeout is a hang guard far above the normal time (milliseconds), not a speed check.
 */
class ReaderPropertiesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    static final HtmlReader HTML = new HtmlReader();
    static final Map<String, ArticleReader> READERS = Map.of(
            "dump", new DumpReader(), "html", HTML, "warc", new WarcArticleReader(HTML), "feed", new FeedReader(),
            "jsonl", new JsonlReader(), "csv", new CsvReader(), "json", new JsonReader());
    static final Map<String, List<byte[]>> SEEDS = Seeds.all();

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRejectedClearly(@ForAll("formats") String format, @ForAll @Size(max = 2048) byte[] bytes) {
        survives(format, bytes, "arbitrary-bytes." + format);
    }

    @Property(tries = 200)
    void mutatedDocumentsAreReadOrRejectedClearly(@ForAll("formats") String format, @ForAll("seedIndex") int seed,
                                                  @ForAll("mutations") List<Mutation> mutations) {
        List<byte[]> seeds = SEEDS.get(format);
        byte[] doc = seeds.get(seed % seeds.size());
        for (Mutation m : mutations) doc = m.apply(doc);
        survives(format, doc, "mutated-" + (seed % seeds.size()) + "." + format);
    }

    /** Every seed reads as it is: the mutations start from documents the readers accept. */
    @Property(tries = 7)
    void seedsRead(@ForAll("formats") String format) throws ReadException {
        for (byte[] seed : SEEDS.get(format)) {
            List<Article> out = READERS.get(format).read(RawDocument.of(seed, "seed." + format));
            assertFalse(out.isEmpty(), format);
            for (Article a : out) assertValid(a, format);
        }
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of(READERS.keySet().stream().sorted().toList());
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, 5);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Mutation.Kind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 400), Arbitraries.longs()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    static void survives(String format, byte[] bytes, String name) {
        ArticleReader reader = READERS.get(format);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<ReadException> rejects = new ArrayList<>();
            List<Article> out;
            try {
                out = reader.read(RawDocument.of(bytes, name), rejects::add);
            } catch (ReadException e) {
                assertNull(ClearError.problem(e, name), format);
                return;
            } catch (RejectSink.RejectedRecordException e) {
                throw new AssertionError("a reader threw its reject sink's carrier on its own", e);
            }
            for (ReadException e : rejects) assertNull(ClearError.problem(e, name), format);
            for (Article a : out) assertValid(a, format);
        }, () -> format + " reader hung on " + name + " (" + bytes.length + " bytes)");
    }

    static void assertValid(Article a, String format) {
        assertNotNull(a.text(), format);
        assertNotNull(a.origin(), format);
        assertEquals(Article.contentId(a.text()), a.id(), format);
        assertTrue(a.text().endsWith(a.body()), format);
        for (Section s : a.sections()) {
            assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= a.text().length(),
                    format + ": section " + s + " outside a text of " + a.text().length());
        }
    }
}
