package org.vigie.corpus.store;

import java.io.IOException;

/** A data folder that is not a Vigie corpus, or one written in a schema this version cannot read. */
public class CorpusFormatException extends IOException {

    public CorpusFormatException(String message) {
        super(message);
    }
}
