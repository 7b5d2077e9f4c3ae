package org.vigie.corpus.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The schema marker written in every commit's user data. A reader checks it before trusting the
 * index: a folder without it is not a Vigie corpus; a newer version needs a newer Vigie; an older
 * version goes through {@link #migrationFrom} (none exist yet: version 1 is the first).
 *
 * <p>Bump {@link #VERSION} whenever the document layout ({@link Fields}) or an analysis chain
 * changes what a query would match, and add the migration (usually: reindex from the stored JSON).
 */
public final class CorpusSchema {

    /** Current schema version of the document layout and analysis chains. */
    public static final int VERSION = 1;

    public static final String KEY_FORMAT = "vigie.format";
    public static final String FORMAT = "vigie-corpus";
    public static final String KEY_VERSION = "vigie.schema";
    public static final String KEY_COMMITTED_AT = "vigie.committed_at";
    public static final String KEY_BATCHES = "vigie.batches";

    private CorpusSchema() {
    }

    /** User data for a new commit, carrying the batch counter forward. */
    static Map<String, String> commitData(long batches) {
        Map<String, String> m = new HashMap<>();
        m.put(KEY_FORMAT, FORMAT);
        m.put(KEY_VERSION, Integer.toString(VERSION));
        m.put(KEY_COMMITTED_AT, Instant.now().toString());
        m.put(KEY_BATCHES, Long.toString(batches));
        return m;
    }

    /** Checks a commit's user data; returns its schema version. */
    static int check(Path indexDir, Map<String, String> userData) throws CorpusFormatException {
        if (!FORMAT.equals(userData.get(KEY_FORMAT))) {
            throw new CorpusFormatException(indexDir + " holds a Lucene index that is not a Vigie corpus"
                    + " (no '" + KEY_FORMAT + "=" + FORMAT + "' in its commit data)");
        }
        String v = userData.get(KEY_VERSION);
        int version;
        try {
            version = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CorpusFormatException(indexDir + ": corpus schema version is not a number: '" + v + "'");
        }
        if (version > VERSION) {
            throw new CorpusFormatException(indexDir + " was written by a newer Vigie (corpus schema " + version
                    + "; this version reads up to " + VERSION + "): upgrade Vigie to open it");
        }
        if (version < VERSION) migrationFrom(indexDir, version);
        return version;
    }

    /** Where migrations from older schemas will go. */
    private static void migrationFrom(Path indexDir, int version) throws CorpusFormatException {
        throw new CorpusFormatException(indexDir + ": corpus schema " + version + " has no migration to "
                + VERSION + "; re-ingest the articles into a new --data folder");
    }

    /** {@link #check} for other packages (the corpus check): the schema version, or why it is refused. */
    public static int verify(Path indexDir, Map<String, String> userData) throws CorpusFormatException {
        return check(indexDir, userData);
    }

    /** The commit counter of a commit's user data (0 when absent). */
    public static long committedBatches(Map<String, String> userData) {
        return batches(userData);
    }

    static long batches(Map<String, String> userData) {
        try {
            return Long.parseLong(userData.getOrDefault(KEY_BATCHES, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
