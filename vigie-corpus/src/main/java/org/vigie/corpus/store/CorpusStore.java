package org.vigie.corpus.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.corpus.analysis.FieldAnalyzer;
import org.vigie.corpus.publications.Publications;
import org.vigie.corpus.reprints.SourceRanking;

/**
 * The Lucene index under {@code <data>/index}: one document per article, keyed by article id.
 *
 * <p>Writes go in batches; each batch ends with one Lucene commit, which is atomic (a new
 * {@code segments_N} is fsynced and only then becomes the current commit), so a crash or
 * {@code kill -9} loses at most the batch being written and never the index. Readers only ever
 * see commits (the searcher manager opens commits, not the writer's uncommitted buffer), so a
 * search never shows half a batch. One process writes at a time (Lucene's {@code write.lock});
 * any number of read-only stores may search the same folder meanwhile.
 */
public final class CorpusStore implements Closeable {

    /** The Lucene index folder inside the data folder. */
    public static final String INDEX_DIR = "index";

    private final Path dataDir;
    private final Path indexDir;
    private final Directory directory;
    private final boolean readOnly;
    private final DiskQuota quota;
    private Journal journal;
    private String migration;
    private final SearcherManager searchers;
    private final int schemaVersion;
    private IndexWriter writer;
    private long batches;
    private volatile long lastRefreshNanos = System.nanoTime();

    private CorpusStore(Path dataDir, Path indexDir, Directory directory, boolean readOnly, IndexWriter writer,
            int schemaVersion, long batches, DiskQuota quota) throws IOException {
        this.quota = quota;
        this.dataDir = dataDir;
        this.indexDir = indexDir;
        this.directory = directory;
        this.readOnly = readOnly;
        this.writer = writer;
        this.schemaVersion = schemaVersion;
        this.batches = batches;
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new CorpusSearcher(reader, indexDir);
            }
        });
    }

    /**
     * Opens the corpus in {@code dataDir}. Read-write creates the folder and an empty index when
     * the folder is absent or empty, and takes the write lock; read-only requires an existing corpus.
     *
     * @throws CorpusFormatException the folder is not a corpus, or one of a newer schema
     * @throws IOException the corpus is locked by another writer, or the disk failed
     */
    public static CorpusStore open(Path dataDir, boolean readOnly) throws IOException {
        return open(dataDir, readOnly, DiskQuota.unlimited());
    }

    /**
     * Opens the corpus with its writes drawing on {@code quota} (to reproduce a full disk in
     * tests and fault runs). A damaged index is reported as a {@link CorpusDamagedException}
     * naming the file, never as a bare stack trace.
     */
    public static CorpusStore open(Path dataDir, boolean readOnly, DiskQuota quota) throws IOException {
        try {
            return openChecked(dataDir, readOnly, quota);
        } catch (CorruptIndexException | java.nio.file.NoSuchFileException | java.io.EOFException e) {
            Path data = dataDir.toAbsolutePath().normalize();
            throw damaged(data, e);
        }
    }

    /** A precise report of a damaged index: the file and Lucene's diagnosis. */
    static CorpusDamagedException damaged(Path data, IOException e) {
        String what = e instanceof java.nio.file.NoSuchFileException ? "a file of the last commit is missing: "
                + e.getMessage() : e.getMessage();
        CorpusDamagedException d = new CorpusDamagedException("corrupt corpus index in " + data.resolve(INDEX_DIR)
                + ": " + what + CorpusDamagedException.hint(data));
        d.initCause(e);
        return d;
    }

    private static CorpusStore openChecked(Path dataDir, boolean readOnly, DiskQuota quota) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        Path index = data.resolve(INDEX_DIR);
        if (Files.exists(data) && !Files.isDirectory(data)) throw new NotDirectoryException(data.toString());
        if (!Files.isDirectory(index)) {
            if (readOnly) {
                throw new CorpusFormatException("no Vigie corpus in " + data + " (no " + INDEX_DIR
                        + "/ folder; ingest articles first)");
            }
            if (Files.isDirectory(data.resolve(Journal.DIR))) {
                throw new CorpusDamagedException(data + " has a journal but no " + INDEX_DIR + "/ folder (the index was lost)"
                        + CorpusDamagedException.hint(data));
            }
            if (Files.isDirectory(data) && !isEmpty(data)) {
                throw new CorpusFormatException(data + " is not a Vigie corpus: the folder has files but no "
                        + INDEX_DIR + "/ folder (choose an empty or new folder for --data)");
            }
            Files.createDirectories(index);
        }
        FSDirectory fs = FSDirectory.open(index);
        Directory dir = quota.isUnlimited() ? fs : new QuotaDirectory(fs, quota);
        try {
            boolean exists = DirectoryReader.indexExists(dir);
            if (!exists && (readOnly || !(isEmpty(index) || onlyCreationLeftovers(index)))) {
                throw new CorpusFormatException(index + " is not a Vigie corpus index (no Lucene commit in it)");
            }
            IndexWriter w = null;
            int version;
            long batches;
            if (!exists) {
                w = newWriter(dir, IndexWriterConfig.OpenMode.CREATE, index);
                w.setLiveCommitData(CorpusSchema.commitData(0).entrySet());
                w.commit();
                version = CorpusSchema.VERSION;
                batches = 0;
            } else {
                Map<String, String> userData = readUserData(dir, index);
                version = CorpusSchema.check(index, userData);
                batches = CorpusSchema.batches(userData);
                if (!readOnly) w = newWriter(dir, IndexWriterConfig.OpenMode.APPEND, index);
            }
            String migration = null;
            if (w != null && CorpusSchema.needsUpgrade(version)) {
                try {
                    migration = CorpusSchema.needsMigration(version) ? migrate(dir, w, version, batches)
                            : upgrade(w, version, batches);
                } catch (IOException | RuntimeException e) {
                    w.rollback(); // the corpus stays as it was, at its old schema
                    throw e;
                }
                version = CorpusSchema.VERSION;
            }
            CorpusStore store = null;
            try {
                store = new CorpusStore(data, index, dir, readOnly, w, version, batches, quota);
                store.migration = migration;
                if (!readOnly) store.journal = Journal.openForAppend(data, batches, quota);
                return store;
            } catch (IOException | RuntimeException e) {
                if (store != null) store.searchers.close();
                if (w != null) w.rollback();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Brings an index of an older schema up to {@link CorpusSchema#VERSION}: every document is
     * rebuilt from its stored JSON (kept byte for byte, so the journal still matches it) and the
     * whole lot is one commit at the same batch number. A crash before that commit leaves the old
     * index, which the next open migrates again. A record whose JSON cannot be read keeps its old
     * document (and is reported).
     */
    private static String migrate(Directory dir, IndexWriter w, int from, long batches) throws IOException {
        long reindexed = 0;
        List<String> unreadable = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            for (LeafReaderContext ctx : r.leaves()) {
                StoredFields stored = ctx.reader().storedFields();
                Bits live = ctx.reader().getLiveDocs();
                for (int d = 0; d < ctx.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) continue;
                    Document doc = stored.document(d, Set.of(Fields.ID, Fields.JSON));
                    String id = doc.get(Fields.ID);
                    String json = doc.get(Fields.JSON);
                    Article a;
                    try {
                        a = ArticleJson.fromJson(json);
                    } catch (RuntimeException e) {
                        unreadable.add(id);
                        continue;
                    }
                    w.updateDocument(new Term(Fields.ID, id), ArticleDocuments.toDocument(a, json));
                    reindexed++;
                }
            }
        }
        w.setLiveCommitData(CorpusSchema.commitData(batches).entrySet());
        w.commit();
        return "migrated the index from corpus schema " + from + " to " + CorpusSchema.VERSION + ": reindexed "
                + reindexed + " articles from their stored JSON"
                + (unreadable.isEmpty() ? "" : "; " + unreadable.size() + " whose JSON could not be read keep their"
                        + " old index fields (first: " + unreadable.get(0) + ")");
    }

    /**
     * Marks an index whose documents the current schema reads as they are with the current schema
     * (one commit at the same batch number): from 3, articles stored before keep no {@code stored_at}.
     */
    private static String upgrade(IndexWriter w, int from, long batches) throws IOException {
        w.setLiveCommitData(CorpusSchema.commitData(batches).entrySet());
        w.commit();
        return "marked the corpus as schema " + CorpusSchema.VERSION + " (was " + from + "; nothing to reindex):"
                + " the articles stored before have no ingest time, so undated ones stay out of feeds";
    }

    /**
     * Creates an empty index in {@code dataDir} (which may hold other corpus files, such as the
     * journal) whose commit counter starts at {@code batches}. Used by repair when the index is
     * beyond saving; refuses to overwrite an existing {@code index/} folder.
     */
    public static void createIndex(Path dataDir, long batches) throws IOException {
        Path index = dataDir.toAbsolutePath().normalize().resolve(INDEX_DIR);
        Files.createDirectories(index);
        if (!isEmpty(index)) throw new java.nio.file.FileAlreadyExistsException(index + " is not empty");
        try (FSDirectory dir = FSDirectory.open(index);
             IndexWriter w = newWriter(dir, IndexWriterConfig.OpenMode.CREATE, index)) {
            w.setLiveCommitData(CorpusSchema.commitData(batches).entrySet());
            w.commit();
        }
    }

    private static Map<String, String> readUserData(Directory dir, Path index) throws IOException {
        try {
            return SegmentInfos.readLatestCommit(dir).getUserData();
        } catch (IndexFormatTooNewException | IndexFormatTooOldException e) {
            throw new CorpusFormatException(index + ": Lucene index format not readable by this Vigie: " + e.getMessage());
        } catch (CorruptIndexException | java.nio.file.NoSuchFileException | java.io.EOFException e) {
            throw damaged(index.getParent(), e);
        }
    }

    private static IndexWriter newWriter(Directory dir, IndexWriterConfig.OpenMode mode, Path index)
            throws IOException {
        IndexWriterConfig c = new IndexWriterConfig(FieldAnalyzer.INSTANCE);
        c.setOpenMode(mode);
        c.setCommitOnClose(false); // closing never commits a partial batch
        c.setRAMBufferSizeMB(64);
        try {
            return new IndexWriter(dir, c);
        } catch (LockObtainFailedException e) {
            throw new CorpusLockedException(index + " is locked by another process writing to this corpus"
                    + " (a vigie serve or vigie ingest on the same folder): nothing was changed; stop it first,"
                    + " or send the pages to that server's POST /api/ingest", e);
        }
    }

    /**
     * True when the folder holds only what an interrupted creation leaves (segment files and a lock,
     * no commit point): the first commit never happened, so there is nothing to keep.
     */
    private static boolean onlyCreationLeftovers(Path index) throws IOException {
        try (Stream<Path> s = Files.list(index)) {
            return s.map(p -> p.getFileName().toString()).allMatch(n -> n.startsWith("_")
                    || n.equals(IndexWriter.WRITE_LOCK_NAME) || n.startsWith("pending_segments_"));
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * Writes one batch and commits it: afterwards every article of the batch is stored, or (on an
     * exception) none is. An article whose id is stored with the same JSON is left alone
     * (unchanged); with a different JSON (new annotation layers, corpus links, another page of the
     * same text) it is replaced by its {@link Publications#merge merge} with the stored one, in the
     * same commit, so the earlier publications are never lost. When the batch repeats an id, its
     * articles are merged in order. A new text gets the batch's instant as {@code stored_at} (unless
     * it carries one: repair and imports re-add stored records); a known one keeps the stored instant.
     */
    public synchronized BatchOutcome write(List<Article> batch) throws IOException {
        return write(batch, true);
    }

    /**
     * {@link #write(List)}, journalling the batch first unless {@code journalled} is false (repair
     * re-adding articles the journal already holds).
     */
    public synchronized BatchOutcome write(List<Article> batch, boolean journalled) throws IOException {
        if (readOnly) throw new IllegalStateException("corpus opened read-only: " + dataDir);
        ensureOpen();
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : batch) {
            if (a.id() == null || a.id().isBlank()) {
                throw new IllegalArgumentException("article without id cannot be stored (title: " + a.title() + ")");
            }
            byId.merge(a.id(), a, (earlier, later) -> Publications.merge(earlier, later, SourceRanking.defaults()));
        }
        Set<String> addedIds = new java.util.HashSet<>();
        Set<String> updatedIds = new java.util.HashSet<>();
        int unchanged = batch.size() - byId.size();
        List<Map.Entry<String, Document>> docs = new ArrayList<>();
        List<Map.Entry<String, String>> jsons = new ArrayList<>();
        // one instant per batch, to the millisecond: when its new texts were first stored
        java.time.Instant storedAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        IndexSearcher s = searchers.acquire();
        try {
            IndexReader r = s.getIndexReader();
            StoredFields stored = r.storedFields();
            for (Map.Entry<String, Article> e : byId.entrySet()) {
                Article a = e.getValue();
                String json = ArticleJson.toJson(a);
                int doc = lookup(r, a.id());
                if (doc >= 0) {
                    String old = stored.document(doc, Set.of(Fields.JSON)).get(Fields.JSON);
                    int cut = storedAtStart(old);
                    if (a.storedAt() == null && cut > 0 && json.length() == cut + 1 && json.regionMatches(0, old, 0, cut)) {
                        // the same record again (an analysis never carries stored_at): no parse, no merge
                        e.setValue(a.withStoredAt(java.time.Instant.parse(old.substring(cut + 14, old.length() - 2))));
                        unchanged++;
                        continue;
                    }
                    if (!json.equals(old)) {
                        // The same text from another page: keep the stored publications (same transaction).
                        a = withStoredPublications(old, a);
                        e.setValue(a);
                        json = ArticleJson.toJson(a);
                    }
                    if (json.equals(old)) {
                        unchanged++;
                        continue;
                    }
                    updatedIds.add(a.id());
                } else {
                    if (a.storedAt() == null) {
                        // first stored now (a record from the journal or another corpus keeps its own)
                        a = a.withStoredAt(storedAt);
                        e.setValue(a);
                        json = ArticleJson.toJson(a);
                    }
                    addedIds.add(a.id());
                }
                docs.add(Map.entry(a.id(), ArticleDocuments.toDocument(a, json)));
                jsons.add(Map.entry(a.id(), json));
            }
        } finally {
            searchers.release(s);
        }
        if (!docs.isEmpty()) {
            long batchNo = batches + 1;
            Journal.Mark mark = null;
            try {
                // The journal copy is on disk before the commit can be: a committed batch is always journalled.
                mark = journal.mark();
                if (journalled) journal.append(batchNo, jsons);
                for (Map.Entry<String, Document> e : docs) {
                    writer.updateDocument(new Term(Fields.ID, e.getKey()), e.getValue());
                }
                writer.setLiveCommitData(CorpusSchema.commitData(batchNo).entrySet());
                writer.commit();
            } catch (IOException | RuntimeException | Error e) {
                // Drop the partial batch and start a fresh writer on the last commit.
                try {
                    writer.rollback();
                    writer = newWriter(directory, IndexWriterConfig.OpenMode.APPEND, indexDir);
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                    writer = null;
                }
                if (!committed(batchNo)) {
                    try {
                        if (mark != null) journal.rollback(mark);
                    } catch (IOException | RuntimeException suppressed) {
                        // The tail (batch batchNo, never committed) is dropped when the journal is next opened.
                        e.addSuppressed(suppressed);
                        closeJournalQuietly();
                    }
                    if (e instanceof IOException io) throw new BatchNotStoredException(batchNo, count(), io);
                    throw e;
                }
                // The commit reached disk before the failure (while cleaning up): the batch is stored.
            }
            batches++;
            searchers.maybeRefreshBlocking();
            lastRefreshNanos = System.nanoTime();
        }
        return new BatchOutcome(addedIds.size(), updatedIds.size(), unchanged, docs.isEmpty() ? 0 : 1,
                batches, Set.copyOf(addedIds), Set.copyOf(updatedIds), Map.copyOf(byId));
    }

    /**
     * Where {@code ,"stored_at":"…"} starts in a stored JSON (the last property the JSON contract
     * writes), or -1 when it has none: the record without it is {@code json.substring(0, at) + "}"}.
     */
    static int storedAtStart(String json) {
        if (json == null || !json.endsWith("\"}")) return -1;
        int at = json.lastIndexOf(",\"stored_at\":\"");
        return at < 0 || json.indexOf('"', at + 14) != json.length() - 2 ? -1 : at;
    }

    /**
     * {@code a} merged with the stored article of the same text ({@link Publications#merge}). A stored
     * record that cannot be read back is replaced, as before publications were kept.
     */
    private static Article withStoredPublications(String storedJson, Article a) {
        Article stored;
        try {
            stored = ArticleJson.fromJson(storedJson);
        } catch (java.io.UncheckedIOException | IllegalArgumentException | NullPointerException e) {
            return a;
        }
        return Publications.merge(stored, a, SourceRanking.defaults());
    }

    /**
     * What one {@link #write} did. {@code commits} is 1, or 0 when nothing needed writing;
     * {@code batch} is the corpus's commit counter afterwards (this batch's number when it
     * committed); {@code addedIds}/{@code updatedIds} name the articles counted as added/updated;
     * {@code asStored} is each article of the batch by id as the corpus now holds it (its
     * publications merged with those stored before).
     */
    public record BatchOutcome(int added, int updated, int unchanged, int commits, long batch,
                               Set<String> addedIds, Set<String> updatedIds, Map<String, Article> asStored) {
    }

    /**
     * A searcher on the latest commit; give it back with {@link #release}. A read-only store
     * looks for a newer commit (by another process) at most once a second.
     */
    public CorpusSearcher acquire() throws IOException {
        if (readOnly && System.nanoTime() - lastRefreshNanos > 1_000_000_000L) refresh();
        return (CorpusSearcher) searchers.acquire();
    }

    public void release(IndexSearcher s) throws IOException {
        searchers.release(s);
    }

    /** Picks up the latest commit now (another process may have written). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        lastRefreshNanos = System.nanoTime();
    }

    /** The document number of a live article with this id in {@code r}, or -1. */
    public static int lookup(IndexReader r, String id) throws IOException {
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext ctx : r.leaves()) {
            Terms terms = ctx.reader().terms(Fields.ID);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) continue;
            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
            Bits live = ctx.reader().getLiveDocs();
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (live == null || live.get(d)) return ctx.docBase + d;
            }
        }
        return -1;
    }

    /** The stored JSON of an article, or null. */
    public String json(String id) throws IOException {
        CorpusSearcher s = acquire();
        try {
            int doc = lookup(s.getIndexReader(), id);
            return doc < 0 ? null : s.storedFields().document(doc, Set.of(Fields.JSON)).get(Fields.JSON);
        } finally {
            release(s);
        }
    }

    /** Number of articles in the latest commit seen. */
    public int count() throws IOException {
        CorpusSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    /** Calls {@code action} with the stored JSON of every article of one point-in-time view. */
    public long forEachJson(Consumer<String> action) throws IOException {
        CorpusSearcher s = acquire();
        long n = 0;
        try {
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                StoredFields stored = ctx.reader().storedFields();
                Bits live = ctx.reader().getLiveDocs();
                for (int d = 0; d < ctx.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) continue;
                    action.accept(stored.document(d, Set.of(Fields.JSON)).get(Fields.JSON));
                    n++;
                }
            }
        } finally {
            release(s);
        }
        return n;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Schema version of the index as opened. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Batches committed over the corpus's life (from the commit data). */
    public synchronized long batches() {
        return batches;
    }

    private void ensureOpen() throws IOException {
        if (writer == null) writer = newWriter(directory, IndexWriterConfig.OpenMode.APPEND, indexDir);
        if (journal == null) journal = Journal.openForAppend(dataDir, batches, quota);
    }

    /** True when the latest commit on disk is batch {@code batchNo}. */
    private boolean committed(long batchNo) {
        try {
            return CorpusSchema.batches(SegmentInfos.readLatestCommit(directory).getUserData()) == batchNo;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void closeJournalQuietly() {
        try {
            if (journal != null) journal.close();
        } catch (IOException ignored) {
            // reopened (and its tail checked) by the next write
        } finally {
            journal = null;
        }
    }

    /**
     * Appends to the journal articles already committed (stored before the corpus had a journal),
     * as part of the current commit's batch. Used by repair so every stored article is journalled.
     */
    public synchronized void journalCommitted(List<Map.Entry<String, String>> idJson) throws IOException {
        if (readOnly) throw new IllegalStateException("corpus opened read-only: " + dataDir);
        ensureOpen();
        if (idJson.isEmpty()) return;
        Journal.Mark mark = journal.mark();
        try {
            journal.append(batches, idJson);
        } catch (IOException | RuntimeException e) {
            try {
                journal.rollback(mark);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
                closeJournalQuietly();
            }
            throw e;
        }
    }

    /** What opening for writing did to migrate an index of an older schema, or null when nothing. */
    public String migration() {
        return migration;
    }

    /** What opening for writing did to the journal's tail (a torn write, an uncommitted batch), or null. */
    public String journalRecovery() {
        return journal == null ? null : journal.recovery();
    }

    /** Closes without committing: anything not committed by {@link #write} is discarded. */
    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) writer.close();
            } finally {
                writer = null;
                try {
                    if (journal != null) journal.close();
                } finally {
                    journal = null;
                    directory.close();
                }
            }
        }
    }
}
