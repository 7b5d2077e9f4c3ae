package org.vigie.corpus.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The schema marker written in every commit's user data. A reader checks it before trusting the
 * index: a folder without it is not a Vigie corpus; a newer version needs a newer Vigie; an older
 * version is migrated by the next open for writing ({@code vigie repair}, {@code ingest},
 * {@code serve}): {@link CorpusStore} rebuilds every document from its stored JSON in one commit.
 * Until then it can be read (get, show, reprints) but not searched, since its index would answer
 * queries by older rules.
 *
 * <p>Bump {@link #VERSION} whenever the document layout ({@link Fields}) or an analysis chain
 * changes what a query would match, and say here how older corpora migrate (a reindex from the
 * stored JSON unless the JSON itself must change).
 *
 * <p>History:
 * <ol>
 * <li>the first layout;
 * <li>{@code quote_<lang>} (the words of quotations), {@code quote_by_<lang>} (the same words
 *     qualified by their speaker), {@code author} (bylines, folded; facet), a
 *     date point per publication ({@code also_published_at}) instead of the earliest only.
 *     From 1: reindex.
 * <li>{@code country} (the countries an article is about, ISO codes; facet). From 2: reindex
 *     (an article stored before the place stage existed has no countries until it is analysed
 *     again).
 * <li>{@code stored_at} (doc values: the instant the corpus first stored the article, which the
 *     stored JSON now carries as {@code stored_at}; feeds list an undated article by it). From 3:
 *     no reindex, only the commit data is rewritten: an article stored before has no
 *     {@code stored_at} in its JSON, so reindexing it would give the same document. The bump is
 *     for older Vigies, which read a schema-4 corpus as "written by a newer Vigie" instead of
 *     rewriting its articles without their {@code stored_at}.
 * </ol>
 */
public final class CorpusSchema {

    /** Current schema version of the document layout and analysis chains. */
    public static final int VERSION = 4;

    /** The oldest schema a reindex from the stored JSON brings up to {@link #VERSION}. */
    public static final int OLDEST_MIGRATABLE = 1;

    /**
     * The oldest schema whose index answers queries as the current one does: from it on, a
     * migration only rewrites the commit data, and a read-only store searches it as it is.
     */
    public static final int OLDEST_QUERYABLE = 3;

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
        if (version < OLDEST_MIGRATABLE) {
            throw new CorpusFormatException(indexDir + ": corpus schema " + version + " has no migration to "
                    + VERSION + "; re-ingest the articles into a new --data folder");
        }
        return version;
    }

    /** True when a corpus of schema {@code version} must be migrated (reindexed) before it is searched. */
    public static boolean needsMigration(int version) {
        return version < OLDEST_QUERYABLE;
    }

    /**
     * True when opening a corpus of schema {@code version} for writing must mark it as the current
     * schema (reindexing it first when {@link #needsMigration}).
     */
    public static boolean needsUpgrade(int version) {
        return version < VERSION;
    }

    /** Why a corpus of an older schema is not searched yet, and what to run. */
    public static String migrationHint(Path dataDir, int version) {
        return dataDir + " holds a corpus of schema " + version + " that this Vigie (schema " + VERSION
                + ") must reindex before searching it: run 'vigie repair --data " + dataDir
                + "' once (or any command that opens it for writing: ingest, serve)";
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
