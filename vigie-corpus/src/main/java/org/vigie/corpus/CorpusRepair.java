package org.vigie.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.ReprintConfig;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.ReprintStateFile;
import org.vigie.corpus.reprints.SourceRanking;
import org.vigie.corpus.store.CorpusFormatException;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.corpus.store.Journal;

/**
 * What {@code vigie repair} did to a corpus folder, and how it checks afterwards. The steps, each
 * a commit or an atomic rename, so an interrupted repair is finished by running it again, and a
 * repair of a sound corpus changes nothing:
 * <ol>
 * <li>a journal with corrupt frames is set aside ({@code journal.damaged-TIME/}) and read from there;
 * <li>the index is checked under its write lock; segments Lucene's CheckIndex rejects are dropped
 *     with their articles (CheckIndex's {@code -exorcise}); an index whose last commit is unreadable
 *     is set aside ({@code index.damaged-TIME/}) and an empty one takes its place;
 * <li>the store is opened for writing, which drops a torn journal tail and an uncommitted batch;
 * <li>every committed journal article missing from the index, or stored with another JSON, is
 *     written again from its last journalled copy (these commits are not journalled twice);
 * <li>every stored article the journal lacks is journalled (a corpus made before the journal, or
 *     one whose journal was set aside);
 * <li>{@code reprints.bin} is rebuilt in journal (ingestion) order when unreadable or when it knows
 *     articles the index lacks; completed when it lacks some.
 * </ol>
 */
public record CorpusRepair(String dataDir, List<String> actions, List<DroppedSegment> droppedSegments,
                           long articlesDropped, long restored, long journalled, String indexSetAside,
                           String journalSetAside, boolean reprintsRebuilt, CorpusCheck after) {

    /** A segment dropped from the index: its name, live articles, the file Lucene named, the error. */
    public record DroppedSegment(String segment, int articles, String file, String problem) {
    }

    private static final int CHUNK = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    static CorpusRepair run(Path dataDir) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) throw new java.nio.file.NoSuchFileException(data + " (no corpus folder)");
        List<String> actions = new ArrayList<>();
        List<DroppedSegment> dropped = new ArrayList<>();
        String stamp = STAMP.format(Instant.now());

        // 1. A journal with corrupt frames is read from where it is set aside, never appended to.
        Journal.Scan live = Journal.scan(data, Long.MAX_VALUE);
        String journalAside = null;
        if (!live.corruption().isEmpty()) {
            Path aside = data.resolve(Journal.DIR + ".damaged-" + stamp);
            Files.move(Journal.dir(data), aside, StandardCopyOption.ATOMIC_MOVE);
            journalAside = aside.toString();
            actions.add("set the corrupt journal aside in " + aside.getFileName() + " (" + live.corruption().get(0)
                    + "); its intact batches are restored from there and a new journal is written from the index");
        }
        List<Path> asideJournals = asideJournals(data);
        long journalLastBatch = Math.max(live.lastBatch(), 0);
        for (Path p : asideJournals) journalLastBatch = Math.max(journalLastBatch, Journal.scanFolder(p, Long.MAX_VALUE).lastBatch());

        // 2. The index.
        Path indexDir = data.resolve(CorpusStore.INDEX_DIR);
        String unreadable = null;
        if (!Files.isDirectory(indexDir)) {
            unreadable = "no " + CorpusStore.INDEX_DIR + "/ folder";
        } else {
            try (FSDirectory dir = FSDirectory.open(indexDir)) {
                Lock lock;
                try {
                    lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
                } catch (LockObtainFailedException e) {
                    throw new IOException(indexDir + " is locked by another process writing to this corpus;"
                            + " stop it before repairing", e);
                }
                try (CheckIndex ci = new CheckIndex(dir, lock)) {
                    ci.setInfoStream((PrintStream) null);
                    SegmentInfos sis = null;
                    try {
                        sis = SegmentInfos.readLatestCommit(dir);
                    } catch (IOException | RuntimeException e) {
                        unreadable = "last commit unreadable: " + CorpusCheck.describe(e);
                    }
                    if (sis != null) {
                        CheckIndex.Status st = ci.checkIndex();
                        if (st.missingSegments) {
                            unreadable = "segments of the last commit cannot be read";
                        } else if (!st.clean) {
                            Map<String, SegmentCommitInfo> byName = new LinkedHashMap<>();
                            for (SegmentCommitInfo si : sis) byName.put(si.info.name, si);
                            for (CheckIndex.Status.SegmentInfoStatus s : st.segmentInfos) {
                                if (s.error == null) continue;
                                SegmentCommitInfo si = byName.get(s.name);
                                int n = si == null ? s.maxDoc : si.info.maxDoc() - si.getDelCount();
                                dropped.add(new DroppedSegment(s.name, n, CorpusCheck.fileOf(s.error),
                                        CorpusCheck.describe(s.error)));
                            }
                            ci.exorciseIndex(st);
                            for (DroppedSegment d : dropped) {
                                actions.add("dropped corrupt segment " + d.segment() + " (" + d.articles() + " articles; file "
                                        + (d.file() == null ? "?" : d.file()) + ": " + d.problem() + ")");
                            }
                        }
                    }
                }
            }
        }
        String indexAside = null;
        if (unreadable != null) {
            if (live.latest().isEmpty() && asideJournals.stream().allMatch(CorpusRepair::emptyJournal)) {
                throw new CorpusFormatException(data + ": the index is beyond repair (" + unreadable
                        + ") and there is no journal to restore it from; the folder was left as it is");
            }
            if (Files.exists(indexDir)) {
                Path aside = data.resolve(CorpusStore.INDEX_DIR + ".damaged-" + stamp);
                Files.move(indexDir, aside, StandardCopyOption.ATOMIC_MOVE);
                indexAside = aside.toString();
            }
            CorpusStore.createIndex(data, journalLastBatch);
            actions.add("replaced the index (" + unreadable + ")"
                    + (indexAside == null ? "" : ", set aside in " + Path.of(indexAside).getFileName())
                    + " by an empty one at batch " + journalLastBatch + ", to be filled from the journal");
        }
        long articlesDropped = dropped.stream().mapToLong(DroppedSegment::articles).sum();

        long restored = 0;
        long journalled = 0;
        boolean reprintsRebuilt = false;
        try (Corpus corpus = Corpus.open(data)) {
            CorpusStore store = corpus.store();
            if (store.migration() != null) actions.add(store.migration());
            if (store.journalRecovery() != null) actions.add(store.journalRecovery());
            long committed = store.batches();

            // 4. Re-add from the journal: the set-aside journals first, the live one last (the latest copy wins).
            Map<String, Journal.Loc> latest = new LinkedHashMap<>();
            for (Path p : asideJournals) latest.putAll(Journal.scanFolder(p, Long.MAX_VALUE).latest());
            latest.putAll(Journal.scan(data, committed).latest());
            Map<String, Integer> stored = digests(store);
            List<Article> chunk = new ArrayList<>(CHUNK);
            for (Map.Entry<String, Journal.Loc> e : latest.entrySet()) {
                Integer crc = stored.get(e.getKey());
                if (crc != null && crc == e.getValue().jsonCrc()) continue;
                chunk.add(ArticleJson.fromJson(Journal.read(e.getValue())));
                if (chunk.size() == CHUNK) restored += restore(store, chunk);
            }
            if (!chunk.isEmpty()) restored += restore(store, chunk);
            if (restored > 0) actions.add("restored " + restored + " articles from the journal");

            // 5. Journal what the (live) journal lacks.
            Map<String, Journal.Loc> liveLatest = Journal.scan(data, store.batches()).latest();
            List<Map.Entry<String, String>> pending = new ArrayList<>(CHUNK);
            CorpusSearcher s = store.acquire();
            try {
                DirectoryReader r = (DirectoryReader) s.getIndexReader();
                for (Map.Entry<String, Integer> e : CorpusCheck.storedDigests(r).entrySet()) {
                    Journal.Loc loc = liveLatest.get(e.getKey());
                    if (loc != null && loc.jsonCrc() == e.getValue()) continue;
                    pending.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), store.json(e.getKey())));
                    if (pending.size() == CHUNK) {
                        store.journalCommitted(pending);
                        journalled += pending.size();
                        pending.clear();
                    }
                }
            } finally {
                store.release(s);
            }
            if (!pending.isEmpty()) {
                store.journalCommitted(pending);
                journalled += pending.size();
            }
            if (journalled > 0) actions.add("journalled " + journalled + " stored articles the journal lacked");

            // 6. Reprint families.
            reprintsRebuilt = repairReprints(corpus, data, Journal.scan(data, store.batches()).latest().keySet(), actions);
        }
        CorpusCheck after = CorpusCheck.run(data);
        if (actions.isEmpty()) actions.add("nothing to repair");
        return new CorpusRepair(data.toString(), List.copyOf(actions), List.copyOf(dropped), articlesDropped, restored,
                journalled, indexAside, journalAside, reprintsRebuilt, after);
    }

    private static long restore(CorpusStore store, List<Article> chunk) throws IOException {
        long n = chunk.size();
        store.write(List.copyOf(chunk), false);
        chunk.clear();
        return n;
    }

    private static Map<String, Integer> digests(CorpusStore store) throws IOException {
        CorpusSearcher s = store.acquire();
        try {
            return CorpusCheck.storedDigests((DirectoryReader) s.getIndexReader());
        } finally {
            store.release(s);
        }
    }

    private static boolean repairReprints(Corpus corpus, Path data, Set<String> journalOrder, List<String> actions)
            throws IOException {
        ReprintFamilies f = null;
        String why = null;
        if (Files.exists(data.resolve(ReprintStateFile.FILE_NAME))) {
            try {
                f = ReprintStateFile.load(data, ReprintConfig.DEFAULT, SourceRanking.defaults());
            } catch (IOException | RuntimeException e) {
                why = "unreadable: " + e.getMessage();
            }
        } else {
            return false; // made on demand by the next ingest or reprints command
        }
        Map<String, Integer> stored = digests(corpus.store());
        if (f != null) {
            long extra = f.assignments().keySet().stream().filter(id -> !stored.containsKey(id)).count();
            if (extra > 0) why = "it knew " + extra + " articles the index does not hold";
        }
        if (why != null) {
            Set<String> order = new LinkedHashSet<>();
            for (String id : journalOrder) if (stored.containsKey(id)) order.add(id);
            order.addAll(stored.keySet());
            Iterable<Article> articles = () -> new Iterator<>() {
                final Iterator<String> ids = order.iterator();

                @Override
                public boolean hasNext() {
                    return ids.hasNext();
                }

                @Override
                public Article next() {
                    try {
                        return corpus.get(ids.next()).orElseThrow();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            ReprintFamilies rebuilt = ReprintFamilies.rebuild(articles, ReprintConfig.DEFAULT, SourceRanking.defaults());
            ReprintStateFile.save(rebuilt, data);
            actions.add("rebuilt " + ReprintStateFile.FILE_NAME + " from " + rebuilt.size() + " stored articles (" + why + ")");
            return true;
        }
        CorpusReprints r = CorpusReprints.open(corpus);
        if (r.reconciled()) {
            r.save();
            actions.add("added the stored articles " + ReprintStateFile.FILE_NAME + " lacked");
        }
        return false;
    }

    private static List<Path> asideJournals(Path data) throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(p -> p.getFileName().toString().startsWith(Journal.DIR + ".damaged-") && Files.isDirectory(p))
                    .sorted().toList();
        }
    }

    private static boolean emptyJournal(Path dir) {
        try {
            return Journal.scanFolder(dir, Long.MAX_VALUE).latest().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    /** Human-readable account: what was done, then the check afterwards. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("repair of ").append(dataDir).append('\n');
        for (String a : actions) b.append("  ").append(a).append('\n');
        b.append("after repair:\n").append(after.toText());
        return b.toString();
    }
}
