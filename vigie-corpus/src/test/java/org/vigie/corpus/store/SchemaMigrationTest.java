package org.vigie.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testkit.TestFiles;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusCheck;
import org.vigie.corpus.CorpusRepair;
import org.vigie.corpus.SearchFieldsFixture;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.search.SearchResult;

/**
 * A corpus written by Vigie with schema 1 (src/test/resources/org/vigie/corpus/schema1, the
 * articles of {@link SearchFieldsFixture}) is migrated to the current schema by the first open for
 * writing or by repair: same articles, same stored JSON byte for byte, the journal still matching,
 * and the schema-2 fields answering.
 */
class SchemaMigrationTest {

    static final Path FIXTURE = Path.of("src/test/resources/org/vigie/corpus/schema1/data");

    @TempDir
    Path tmp;

    private Path copyOfSchema1() throws IOException {
        return TestFiles.copyTree(FIXTURE, tmp.resolve("data"));
    }

    private static Map<String, String> commitData(Path data) throws IOException {
        try (FSDirectory dir = FSDirectory.open(data.resolve(CorpusStore.INDEX_DIR))) {
            return SegmentInfos.readLatestCommit(dir).getUserData();
        }
    }

    private static Map<String, String> jsonById(Corpus c) throws IOException {
        Map<String, String> out = new TreeMap<>();
        c.forEach(a -> {
            try {
                out.put(a.id(), c.getJson(a.id()).orElseThrow());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    private static Set<String> titles(Corpus c, SearchRequest r) throws IOException {
        SearchResult res = c.search(r.toBuilder().size(50).build());
        Set<String> out = new TreeSet<>();
        for (SearchHit h : res.hits()) out.add(h.title());
        return out;
    }

    private static Set<String> titles(Article... as) {
        Set<String> out = new TreeSet<>();
        for (Article a : as) out.add(a.title());
        return out;
    }

    /** What schema 2 answers and schema 1 could not. */
    private static void assertNewFieldsWork(Corpus c) throws IOException {
        assertEquals(titles(SearchFieldsFixture.aleppo(), SearchFieldsFixture.ankara(), SearchFieldsFixture.english()),
                titles(c, SearchRequest.of("quote:terroristes")));
        assertEquals(titles(SearchFieldsFixture.aleppo(), SearchFieldsFixture.english()),
                titles(c, SearchRequest.of("quote@Q7747:terroristes")));
        assertEquals(titles(SearchFieldsFixture.aleppo()), titles(c, SearchRequest.of("author:dupont")));
        assertEquals(titles(SearchFieldsFixture.aleppo()), titles(c, SearchRequest.builder("").author("lefevre").build()));
        assertEquals(titles(SearchFieldsFixture.aleppo()), titles(c, SearchRequest.of("date:2016-10-12")),
                "found by its second publication's date");
        assertEquals(titles(SearchFieldsFixture.talks()), titles(c, SearchRequest.of("negociations date:2016-10")),
                "the old fields still answer");
    }

    @Test
    void theFixtureIsASchema1Corpus() throws IOException {
        assertEquals("1", commitData(FIXTURE).get(CorpusSchema.KEY_VERSION));
        assertTrue(CorpusSchema.VERSION > 1);
    }

    @Test
    void openingForWritingMigratesAndLosesNothing() throws IOException {
        Path data = copyOfSchema1();
        Map<String, String> before;
        try (Corpus old = Corpus.openReadOnly(data)) {
            assertEquals(1, old.schemaVersion());
            assertNull(old.migration(), "read-only: not migrated");
            before = jsonById(old); // articles are readable before the migration
            CorpusFormatException e = assertThrows(CorpusFormatException.class,
                    () -> old.search(SearchRequest.of("quote:terroristes")));
            assertTrue(e.getMessage().contains("vigie repair --data " + data.toAbsolutePath().normalize()),
                    e.getMessage());
        }
        assertEquals(4, before.size());
        CorpusCheck check = Corpus.check(data);
        assertEquals(0, check.exitCode(), check.toText());
        assertTrue(check.notes().stream().anyMatch(n -> n.contains("schema 1")), check.toText());
        String batches = commitData(data).get(CorpusSchema.KEY_BATCHES);

        try (Corpus c = Corpus.open(data)) {
            assertEquals(CorpusSchema.VERSION, c.schemaVersion());
            assertTrue(c.migration().contains("reindexed 4 articles"), c.migration());
            assertEquals(before, jsonById(c), "every article kept, its JSON byte for byte");
            assertNewFieldsWork(c);
        }
        Map<String, String> after = commitData(data);
        assertEquals(Integer.toString(CorpusSchema.VERSION), after.get(CorpusSchema.KEY_VERSION));
        assertEquals(batches, after.get(CorpusSchema.KEY_BATCHES), "the journal's batch count still matches");
        CorpusCheck clean = Corpus.check(data);
        assertEquals(0, clean.exitCode(), clean.toText());
        assertFalse(clean.toText().contains("schema 1"), clean.toText());

        try (Corpus c = Corpus.open(data)) {
            assertNull(c.migration(), "a migrated corpus is not migrated again");
        }
        try (Corpus ro = Corpus.openReadOnly(data)) {
            assertNewFieldsWork(ro);
        }
    }

    @Test
    void repairMigratesAndSaysSo() throws IOException {
        Path data = copyOfSchema1();
        CorpusRepair r = Corpus.repair(data);
        assertTrue(r.actions().stream().anyMatch(a -> a.contains("migrated the index from corpus schema 1")),
                r.actions().toString());
        assertEquals(0, r.after().exitCode(), r.toText());
        try (Corpus c = Corpus.openReadOnly(data)) {
            assertEquals(CorpusSchema.VERSION, c.schemaVersion());
            assertEquals(4, c.count());
            assertNewFieldsWork(c);
        }
        assertEquals("nothing to repair", Corpus.repair(data).actions().get(0));
    }

    @Test
    void aReadOnlyStoreSearchesOnceAWriterHasMigrated() throws IOException {
        Path data = copyOfSchema1();
        try (Corpus ro = Corpus.openReadOnly(data)) {
            assertThrows(CorpusFormatException.class, () -> ro.search(SearchRequest.of("alep")));
            try (Corpus w = Corpus.open(data)) {
                assertTrue(w.migration() != null);
            }
            ro.refresh();
            assertEquals(titles(SearchFieldsFixture.aleppo()), titles(ro, SearchRequest.of("author:dupont")));
        }
    }
}
