package org.vigie.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.Bits;
import org.vigie.corpus.reprints.ReprintConfig;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.ReprintStateFile;
import org.vigie.corpus.reprints.SourceRanking;
import org.vigie.corpus.store.CorpusFormatException;
import org.vigie.corpus.store.CorpusSchema;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.corpus.store.Fields;
import org.vigie.corpus.store.Journal;

/**
 * What {@code vigie check} finds in a corpus folder, read without taking the write lock and
 * without changing a byte: Lucene's CheckIndex verdict per segment (with the file and the number
 * of articles a bad segment holds), the schema marker, the journal (torn tail, corrupt frames,
 * uncommitted batch), whether every committed journal article is in the index with the same JSON,
 * and whether {@code reprints.bin} covers exactly the stored articles.
 *
 * <p>It takes no lock: run it when no ingest is running for an exact verdict (a concurrent merge
 * may delete files it is reading). {@link #problems()} are damage ({@link #exitCode()} 1; {@code vigie repair} fixes what the
 * journal or the index can restore); {@link #notes()} are states a crash leaves and the next
 * open for writing handles by itself (a torn journal tail, an uncommitted batch).
 */
public record CorpusCheck(String dataDir, Index index, JournalState journal, Consistency consistency,
                          Reprints reprints, String stories, List<String> problems, List<String> notes) {

    /** The Lucene index: its last commit, and segments CheckIndex found broken. */
    public record Index(boolean readable, String commit, Integer schema, long batches, int segments, long articles,
                        List<BadSegment> badSegments, long articlesAffected, String error) {
    }

    /** A segment CheckIndex rejects: its name, live articles in it, its files, the file named by the error. */
    public record BadSegment(String segment, int articles, List<String> files, String file, String problem) {
    }

    public record JournalState(boolean present, int files, long bytes, long records, long batches, long lastBatch,
                               long articles, long uncommittedBatches, long incompleteRecords,
                               List<String> tornTails, List<String> corruption) {
    }

    /**
     * Index against journal. {@code missingFromIndex}: committed journal articles the index lacks;
     * {@code differing}: stored with another JSON than their last journalled copy;
     * {@code notJournalled}: stored articles the journal lacks (ingested before the journal existed).
     */
    public record Consistency(long journalled, long missingFromIndex, long differing, long notJournalled,
                              List<String> missingSample) {
    }

    public record Reprints(boolean present, boolean readable, int entries, long missing, long extra, String error) {
    }

    @com.fasterxml.jackson.annotation.JsonProperty("damaged")
    public boolean damaged() {
        return !problems.isEmpty();
    }

    /** 0 when nothing is damaged, 1 otherwise. */
    public int exitCode() {
        return damaged() ? 1 : 0;
    }

    /** Checks the corpus in {@code dataDir}; see {@link Corpus#check}. */
    static CorpusCheck run(Path dataDir) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(data)) throw new java.nio.file.NoSuchFileException(data + " (no corpus folder)");
        Path indexDir = data.resolve(CorpusStore.INDEX_DIR);

        // Index
        Index index;
        Map<String, Integer> stored = null; // id -> CRC32 of stored JSON
        long committed = Long.MAX_VALUE;
        if (!Files.isDirectory(indexDir)) {
            index = new Index(false, null, null, 0, 0, 0, List.of(), 0, "no " + CorpusStore.INDEX_DIR + "/ folder");
            problems.add("index: missing (" + indexDir + ")");
        } else {
            try (Directory dir = FSDirectory.open(indexDir, NoLockFactory.INSTANCE)) {
                IndexRead r = readIndex(dir, indexDir, data);
                index = r.index;
                stored = r.stored;
                if (index.readable()) committed = index.batches();
                if (index.error() != null) problems.add("index: " + index.error());
                if (index.schema() != null && CorpusSchema.needsMigration(index.schema())) {
                    notes.add("index: schema " + index.schema() + " (current " + CorpusSchema.VERSION
                            + "): not searchable until migrated by the next open for writing (vigie repair)");
                } else if (index.schema() != null && CorpusSchema.needsUpgrade(index.schema())) {
                    notes.add("index: schema " + index.schema() + " (current " + CorpusSchema.VERSION
                            + "): searchable; marked current by the next open for writing (nothing to reindex)");
                }
                for (BadSegment b : index.badSegments()) {
                    problems.add("index: segment " + b.segment() + " is corrupt (" + b.articles() + " articles"
                            + (b.file() == null ? "" : ", file " + b.file()) + "): " + b.problem());
                }
            }
        }

        // Journal
        Journal.Scan scan = Journal.scan(data, committed);
        JournalState journal = new JournalState(!scan.files().isEmpty(), scan.files().size(), scan.bytes(),
                scan.records(), scan.batches(), scan.lastBatch(), scan.latest().size(), scan.beyondLimitBatches(),
                scan.incomplete(), scan.tornTails().stream().map(Journal.Damage::toString).toList(),
                scan.corruption().stream().map(Journal.Damage::toString).toList());
        for (String c : journal.corruption()) problems.add("journal: corrupt " + c);
        for (String t : journal.tornTails()) {
            notes.add("journal: torn tail " + t + ": a write cut short by a crash; dropped when next opened for writing");
        }
        if (scan.incomplete() > 0 && journal.tornTails().isEmpty()) {
            notes.add("journal: " + scan.incomplete() + " articles of a batch cut short (no end record) are ignored;"
                    + " dropped when next opened for writing");
        }
        if (scan.beyondLimitBatches() == 1 && scan.lastBatch() == committed + 1) {
            notes.add("journal: batch " + scan.lastBatch() + " (" + scan.beyondLimitRecords()
                    + " articles) was journalled but never committed; dropped when next opened for writing");
        } else if (scan.beyondLimitBatches() > 0) {
            problems.add("journal: holds " + scan.beyondLimitBatches() + " batches (up to " + scan.lastBatch()
                    + ") beyond the index's last commit " + committed + ": the index lost commits");
        }
        if (!journal.present()) notes.add("journal: none (a corpus made before the journal; repair creates it)");

        // Index against journal
        Consistency consistency = null;
        if (stored != null) {
            long missing = 0, differing = 0, notJournalled = 0;
            List<String> sample = new ArrayList<>();
            for (Map.Entry<String, Journal.Loc> e : scan.latest().entrySet()) {
                Integer crc = stored.get(e.getKey());
                if (crc == null) {
                    missing++;
                    if (sample.size() < 10) sample.add(e.getKey());
                } else if (crc != e.getValue().jsonCrc()) {
                    differing++;
                }
            }
            for (String id : stored.keySet()) if (!scan.latest().containsKey(id)) notJournalled++;
            consistency = new Consistency(scan.latest().size(), missing, differing, notJournalled, List.copyOf(sample));
            if (missing > 0) {
                problems.add("index: " + missing + " committed articles of the journal are missing from the index"
                        + " (e.g. " + String.join(", ", sample.subList(0, Math.min(3, sample.size()))) + ")");
            }
            if (differing > 0) problems.add("index: " + differing + " articles differ from their journalled copy");
            if (notJournalled > 0 && journal.present()) {
                notes.add("journal: " + notJournalled + " stored articles are not journalled (repair journals them)");
            }
        } else if (index.readable()) {
            notes.add("consistency with the journal not computed: the index has corrupt segments");
        }

        // Reprint families
        Reprints reprints = checkReprints(data, stored);
        if (reprints.error() != null) problems.add("reprints: " + reprints.error());
        if (reprints.extra() > 0) {
            problems.add("reprints: " + ReprintStateFile.FILE_NAME + " knows " + reprints.extra()
                    + " articles the index does not hold (repair rebuilds it)");
        }
        if (reprints.missing() > 0) {
            notes.add("reprints: " + reprints.missing() + " stored articles not yet in " + ReprintStateFile.FILE_NAME
                    + " (added when the families are next opened)");
        }
        String stories = "computed on demand from the stored articles; nothing persisted to check";
        return new CorpusCheck(data.toString(), index, journal, consistency, reprints, stories,
                List.copyOf(problems), List.copyOf(notes));
    }

    private record IndexRead(Index index, Map<String, Integer> stored) {
    }

    private static IndexRead readIndex(Directory dir, Path indexDir, Path data) {
        SegmentInfos sis;
        Map<String, String> userData;
        Integer schema = null;
        try {
            sis = SegmentInfos.readLatestCommit(dir);
            userData = sis.getUserData();
        } catch (IOException | RuntimeException e) {
            return new IndexRead(new Index(false, null, null, 0, 0, 0, List.of(), 0,
                    "last commit unreadable" + at(e) + ": " + e.getMessage()), null);
        }
        String schemaError = null;
        try {
            schema = CorpusSchema.verify(indexDir, userData);
        } catch (CorpusFormatException e) {
            schemaError = e.getMessage();
        }
        long batches = CorpusSchema.committedBatches(userData);
        Map<String, SegmentCommitInfo> byName = new HashMap<>();
        long live = 0;
        for (SegmentCommitInfo si : sis) {
            byName.put(si.info.name, si);
            live += si.info.maxDoc() - si.getDelCount();
        }
        List<BadSegment> bad = new ArrayList<>();
        long affected = 0;
        String error = schemaError;
        try (CheckIndex ci = new CheckIndex(dir)) {
            ci.setInfoStream((PrintStream) null);
            CheckIndex.Status st = ci.checkIndex();
            if (st.missingSegments) error = "segments of the last commit cannot be read";
            for (CheckIndex.Status.SegmentInfoStatus s : st.segmentInfos) {
                if (s.error == null) continue;
                SegmentCommitInfo si = byName.get(s.name);
                int n = si == null ? s.maxDoc : si.info.maxDoc() - si.getDelCount();
                List<String> files = new ArrayList<>();
                if (si != null) {
                    try {
                        files.addAll(new java.util.TreeSet<>(si.files()));
                    } catch (IOException ignored) {
                        // files unknown; the error still names the one that failed
                    }
                }
                affected += n;
                bad.add(new BadSegment(s.name, n, files, fileOf(s.error), describe(s.error)));
            }
        } catch (IOException | RuntimeException e) {
            error = "CheckIndex failed" + at(e) + ": " + e.getMessage();
        }
        Map<String, Integer> stored = null;
        if (bad.isEmpty() && error == null) {
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                stored = storedDigests(r);
            } catch (IOException | RuntimeException e) {
                error = "stored articles unreadable" + at(e) + ": " + e.getMessage();
                stored = null;
            }
        }
        return new IndexRead(new Index(true, sis.getSegmentsFileName(), schema, batches, sis.size(), live,
                List.copyOf(bad), affected, error), stored);
    }

    private static Reprints checkReprints(Path data, Map<String, Integer> stored) {
        Path file = data.resolve(ReprintStateFile.FILE_NAME);
        if (!Files.exists(file)) return new Reprints(false, true, 0, 0, 0, null); // made by the first ingest that links
        ReprintFamilies f;
        try {
            f = ReprintStateFile.load(data, ReprintConfig.DEFAULT, SourceRanking.defaults());
        } catch (IOException | RuntimeException e) {
            return new Reprints(true, false, 0, 0, 0, "unreadable " + ReprintStateFile.FILE_NAME + ": " + e.getMessage()
                    + " (repair rebuilds it)");
        }
        if (stored == null) return new Reprints(true, true, f.size(), 0, 0, null);
        Set<String> known = new HashSet<>(f.assignments().keySet());
        long extra = known.stream().filter(id -> !stored.containsKey(id)).count();
        long missing = stored.keySet().stream().filter(id -> !known.contains(id)).count();
        return new Reprints(true, true, f.size(), missing, extra, null);
    }

    private static final Pattern FILE = Pattern.compile(
            "((?:pending_)?segments_[0-9a-z]+|_[0-9a-z]+(?:_[0-9A-Za-z]+)*\\.[a-z]{2,4})");

    /**
     * The index file an error names (Lucene puts it in the resource description: the file on disk
     * in {@code path="..."}, a compound file's part in {@code [slice=...]}), or null.
     */
    static String fileOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t instanceof CorruptIndexException c ? c.getResourceDescription() + " " + c.getMessage()
                    : t.getMessage();
            if (m == null) continue;
            Matcher p = PATH.matcher(m);
            if (p.find()) {
                Matcher x = FILE.matcher(p.group(1));
                String last = null;
                while (x.find()) last = x.group(1);
                if (last != null) return last;
            }
            Matcher x = FILE.matcher(m);
            if (x.find()) return x.group(1);
        }
        return null;
    }

    private static final Pattern PATH = Pattern.compile("path=\"([^\"]+)\"");

    private static String at(Throwable e) {
        String f = fileOf(e);
        return f == null ? "" : " (file " + f + ")";
    }

    /** The deepest message of an error chain, with the exception's simple name. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** Human-readable report, one finding per line. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("corpus ").append(dataDir).append('\n');
        if (index.readable()) {
            b.append("index: commit ").append(index.commit()).append(", schema ").append(index.schema())
                    .append(", batch ").append(index.batches()).append(", ").append(index.segments()).append(" segments, ")
                    .append(index.articles()).append(" articles");
            if (!index.badSegments().isEmpty()) {
                b.append(", ").append(index.badSegments().size()).append(" corrupt segments holding ")
                        .append(index.articlesAffected()).append(" articles");
            }
            b.append('\n');
            for (BadSegment s : index.badSegments()) {
                b.append("  segment ").append(s.segment()).append(": ").append(s.articles()).append(" articles, file ")
                        .append(s.file() == null ? "?" : s.file()).append(": ").append(s.problem()).append('\n');
                b.append("    files: ").append(String.join(" ", s.files())).append('\n');
            }
        } else {
            b.append("index: unreadable: ").append(index.error()).append('\n');
        }
        b.append("journal: ");
        if (journal.present()) {
            b.append(journal.files()).append(" files, ").append(journal.bytes()).append(" bytes, ")
                    .append(journal.records()).append(" records in ").append(journal.batches())
                    .append(" complete batches (last ").append(journal.lastBatch()).append("), ")
                    .append(journal.articles()).append(" committed articles\n");
        } else {
            b.append("none\n");
        }
        if (consistency != null) {
            b.append("index vs journal: ").append(consistency.missingFromIndex()).append(" missing from the index, ")
                    .append(consistency.differing()).append(" differing, ").append(consistency.notJournalled())
                    .append(" not journalled\n");
        }
        b.append("reprints: ");
        if (!reprints.present()) b.append("no ").append(ReprintStateFile.FILE_NAME);
        else if (!reprints.readable()) b.append("unreadable");
        else b.append(reprints.entries()).append(" articles, ").append(reprints.missing()).append(" stored not in it, ")
                .append(reprints.extra()).append(" in it not stored");
        b.append('\n');
        b.append("stories: ").append(stories).append('\n');
        for (String n : notes) b.append("note: ").append(n).append('\n');
        for (String p : problems) b.append("PROBLEM: ").append(p).append('\n');
        b.append(damaged() ? "DAMAGED: " + problems.size() + " problems (run 'vigie repair " + dataDir + "')"
                : "clean").append('\n');
        return b.toString();
    }

    static Map<String, Integer> storedDigests(DirectoryReader r) throws IOException {
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (LeafReaderContext ctx : r.leaves()) {
            StoredFields sf = ctx.reader().storedFields();
            Bits liveDocs = ctx.reader().getLiveDocs();
            for (int d = 0; d < ctx.reader().maxDoc(); d++) {
                if (liveDocs != null && !liveDocs.get(d)) continue;
                var doc = sf.document(d, Set.of(Fields.ID, Fields.JSON));
                stored.put(doc.get(Fields.ID), Journal.jsonCrc(doc.get(Fields.JSON)));
            }
        }
        return stored;
    }
}
