/**
 * Attention over time: how many articles a query matches per day, ISO week or month
 * ({@link org.vigie.corpus.timeline.CorpusTimeline}), optionally as a share of everything stored.
 */
package org.vigie.corpus.timeline;
