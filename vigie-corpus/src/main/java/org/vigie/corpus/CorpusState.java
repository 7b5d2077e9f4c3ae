package org.vigie.corpus;

import java.time.Instant;

/**
 * Which committed state of the corpus a view reads: what a poller compares to know whether
 * anything could have changed, without running a query.
 *
 * @param commit      names the commit uniquely: Lucene's random id of the commit (new for every
 *                    commit, so a corpus deleted and rebuilt never repeats one) and its version
 * @param committedAt when that commit was written (the modification time of its segments file):
 *                    nothing the view answers changed after it
 * @param articles    the articles the commit holds
 */
public record CorpusState(String commit, Instant committedAt, long articles) {
}
