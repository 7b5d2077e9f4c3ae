package org.vigie.corpus.store;

/**
 * A corpus whose files are damaged (a corrupt or missing index file, a journal ahead of the
 * index): the message names the file and what was wrong, and says which command to run.
 */
public class CorpusDamagedException extends CorpusFormatException {

    public CorpusDamagedException(String message) {
        super(message);
    }

    /** "…: run 'vigie check DIR' for details, 'vigie repair DIR' to restore from the journal". */
    static String hint(java.nio.file.Path dataDir) {
        return "; run 'vigie check " + dataDir + "' for details and 'vigie repair " + dataDir
                + "' to restore committed articles from the journal";
    }
}
