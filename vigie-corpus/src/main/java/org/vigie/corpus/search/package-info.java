/**
 * Full-text search over the corpus: {@link org.vigie.corpus.search.SearchRequest} in,
 * {@link org.vigie.corpus.search.SearchResult} out (total, hits with highlighted
 * {@link org.vigie.corpus.search.Snippet}s, facet counts). The query syntax is Lucene's classic
 * syntax over the corpus fields, documented in {@code vigie-corpus/QUERY-SYNTAX.md}, with two
 * kinds of fields of Vigie's own: {@code quote:} (the words of quotations) and
 * {@code quote@<speaker>:} (those of one speaker's quotations, {@link
 * org.vigie.corpus.search.SpeakerTerms}).
 */
package org.vigie.corpus.search;
