package org.vigie.corpus.store;

import java.io.IOException;

/**
 * Another process holds the corpus's write lock (a running {@code vigie serve} or {@code vigie ingest}
 * on the same folder). Nothing was changed; the message says what to do, for the user as it is.
 */
public class CorpusLockedException extends IOException {

    public CorpusLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
