package org.vigie.spark;

import java.io.Serializable;

/**
 * What flows between the job's steps: an article (as its JSON contract) or a rejection. The
 * ordinal {@code (file, seq)} is the article's place in the input as the CLI would read it: the
 * reprint families are built in that order so that family ids match an embedded ingest.
 * {@code shingles}/{@code signature} are set once the article is analysed.
 */
record Item(long file, long seq, String json, int[] shingles, int[] signature, Reject reject)
        implements Serializable {

    /** A bad file or record, or an article the pipeline failed on: where, why, at which step. */
    record Reject(String stage, String path, Long record, Long line, Long offset, String reason, String message)
            implements Serializable {
    }

    static Item article(long file, long seq, String json) {
        return new Item(file, seq, json, null, null, null);
    }

    static Item rejected(long file, long seq, Reject r) {
        return new Item(file, seq, null, null, null, r);
    }

    boolean isArticle() {
        return reject == null;
    }

    /** One long that sorts like {@code (file, seq)}; a file holds fewer than 2^40 records. */
    long ordinal() {
        return (file << 40) | seq;
    }
}
