package org.vigie.corpus.export;

import java.io.IOException;

/** Writes the rows of one table in one format; the header (if the format has one) on creation. */
interface RowWriter {

    /** One row: a value per column of the table, in column order (null for none). */
    void row(Object[] values) throws IOException;

    /** Flushes what is buffered; the underlying writer stays open (its owner closes it). */
    void finish() throws IOException;
}
