package org.vigie.corpus.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.model.Article;
import org.vigie.corpus.Corpus;

class CorpusStoreTest {

    @TempDir
    Path tmp;

    private static Article article(String body) {
        return Article.compose("Titre", null, List.of(body)).withLanguage("fr", null);
    }

    @Test
    void aNewCorpusRecordsItsSchemaInTheCommit() throws IOException {
        Path data = tmp.resolve("new/data");
        try (Corpus c = Corpus.open(data)) {
            assertEquals(0, c.count());
            assertEquals(CorpusSchema.VERSION, c.schemaVersion());
            c.ingest(List.of(article("Un."), article("Deux.")));
            c.ingest(List.of(article("Trois.")));
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve(CorpusStore.INDEX_DIR))) {
            Map<String, String> user = SegmentInfos.readLatestCommit(dir).getUserData();
            assertEquals("vigie-corpus", user.get(CorpusSchema.KEY_FORMAT));
            assertEquals(Integer.toString(CorpusSchema.VERSION), user.get(CorpusSchema.KEY_VERSION));
            assertEquals("2", user.get(CorpusSchema.KEY_BATCHES));
        }
    }

    @Test
    void aFolderWithOtherFilesIsNotACorpus() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(data.resolve("notes.txt"), "rien");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.open(data));
        assertTrue(e.getMessage().contains("is not a Vigie corpus"), e.getMessage());
        assertEquals(List.of(data.resolve("notes.txt")), Files.list(data).toList(), "nothing was created");
    }

    @Test
    void aLuceneIndexWithoutTheVigieMarkerIsNotACorpus() throws IOException {
        Path index = Files.createDirectories(tmp.resolve("data").resolve(CorpusStore.INDEX_DIR));
        try (FSDirectory dir = FSDirectory.open(index);
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField("x", "y", Field.Store.YES));
            w.addDocument(d);
            w.commit();
        }
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.openReadOnly(tmp.resolve("data")));
        assertTrue(e.getMessage().contains("not a Vigie corpus"), e.getMessage());
    }

    @Test
    void aNewerSchemaAsksForANewerVigie() throws IOException {
        Path data = tmp.resolve("data");
        try (Corpus c = Corpus.open(data)) {
            c.ingest(List.of(article("Un.")));
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve(CorpusStore.INDEX_DIR));
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> user = new HashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
            user.put(CorpusSchema.KEY_VERSION, Integer.toString(CorpusSchema.VERSION + 1));
            w.setLiveCommitData(user.entrySet());
            w.commit();
        }
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.open(data));
        assertTrue(e.getMessage().contains("newer Vigie"), e.getMessage());
        assertTrue(e.getMessage().contains("schema " + (CorpusSchema.VERSION + 1)), e.getMessage());
    }

    @Test
    void readOnlyNeedsAnExistingCorpus() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.openReadOnly(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("no Vigie corpus"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("none")));
    }

    @Test
    void oneWriterAtATimeWhileReadersFollowItsCommits() throws IOException {
        Path data = tmp.resolve("data");
        try (Corpus writer = Corpus.open(data); Corpus reader = Corpus.openReadOnly(data)) {
            IOException e = assertThrows(IOException.class, () -> Corpus.open(data));
            assertTrue(e.getMessage().contains("locked by another process"), e.getMessage());
            writer.ingest(List.of(article("Un."), article("Deux.")));
            reader.refresh();
            assertEquals(2, reader.count());
        }
    }

    @Test
    void articlesWithoutIdAreRefusedBeforeAnythingIsWritten() throws IOException {
        try (Corpus c = Corpus.open(tmp.resolve("data"))) {
            Article good = article("Un.");
            Article noId = new Article(null, null, "T", null, "B", "T\n\nB", "fr", null, 0, null, null, null,
                    null, null, null, null, null, null, null, null, null);
            assertThrows(IllegalArgumentException.class, () -> c.ingest(List.of(good, noId)));
            assertEquals(0, c.count(), "the whole batch is refused");
            assertEquals(1, c.ingest(List.of(good)).added());
        }
    }

    @Test
    void datesIndexAsUtcMillis() {
        assertEquals(1_527_724_800_000L, ArticleDocuments.dateMillis("2018-05-31"));
        assertEquals(1_527_724_800_000L + 3_600_000L, ArticleDocuments.dateMillis("2018-05-31T03:00:00+02:00"));
        assertEquals(1_527_724_800_000L, ArticleDocuments.dateMillis("2018-05-31T00:00:00Z"));
        assertEquals(1_527_724_800_000L, ArticleDocuments.dateMillis("2018-05-31T00:00"));
        assertNull(ArticleDocuments.dateMillis("31 mai 2018"));
        assertNull(ArticleDocuments.dateMillis(null));
    }

    @Test
    void sitesAreHostsWithoutWww() {
        assertEquals("fr.sputniknews.com", ArticleDocuments.normalizeSite("https://WWW.fr.sputniknews.com/page?x=1"));
        assertEquals("lemonde.fr", ArticleDocuments.normalizeSite("www.LeMonde.fr"));
    }
}
