/**
 * The corpus: {@link org.vigie.corpus.Corpus} stores analysed articles in an embedded Lucene
 * index under a data folder and searches them. See {@link org.vigie.corpus.store} for the
 * on-disk layout and guarantees, {@link org.vigie.corpus.search} for the search API.
 */
package org.vigie.corpus;
