package org.vigie.corpus.store;

import java.io.IOException;

/**
 * A batch whose commit failed: nothing of it is stored (nor journalled) and the corpus is at its
 * previous commit, so the same batch can be written again once the cause (often a full disk) is gone.
 */
public class BatchNotStoredException extends IOException {

    private final long batch;
    private final long articlesStored;
    private final boolean diskFull;

    BatchNotStoredException(long batch, long articlesStored, Throwable cause) {
        super(message(batch, articlesStored, cause), cause);
        this.batch = batch;
        this.articlesStored = articlesStored;
        this.diskFull = DiskQuota.isDiskFull(cause);
    }

    private static String message(long batch, long stored, Throwable cause) {
        String what = DiskQuota.isDiskFull(cause) ? "disk full" : "write failed (" + cause + ")";
        return what + " while committing batch " + batch + ": nothing of this batch was stored;"
                + " the corpus is at the last commit with " + stored + " articles";
    }

    /** The batch number (commits of the corpus's life, counting this one). */
    public long batch() {
        return batch;
    }

    /** Articles in the corpus as of its last commit. */
    public long articlesStored() {
        return articlesStored;
    }

    public boolean diskFull() {
        return diskFull;
    }
}
