package org.vigie.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an ingest did. {@code added}: new ids; {@code updated}: known ids whose stored JSON changed
 * (new annotation layers, corpus links); {@code unchanged}: known ids stored identically, and
 * repeats within the input. {@code commits}: batches committed.
 */
public record IngestReport(long added, long updated, long unchanged, long commits,
        @JsonProperty("took_ms") long tookMillis) {

    public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0, 0);

    public long total() {
        return added + updated + unchanged;
    }

    public IngestReport plus(IngestReport o) {
        return new IngestReport(added + o.added, updated + o.updated, unchanged + o.unchanged,
                commits + o.commits, tookMillis + o.tookMillis);
    }

    /** The same counts with the time zeroed, to compare reports. */
    public IngestReport withoutTime() {
        return new IngestReport(added, updated, unchanged, commits, 0);
    }

    @Override
    public String toString() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged (" + commits + " commits, "
                + tookMillis + " ms)";
    }
}
