/**
 * The words and named entities that stand out in the articles a query matches, against the rest of the corpus
 * ({@link org.vigie.corpus.terms.CorpusTerms}): the "top words" of Media Cloud's explorer, ranked
 * by keyness (Dunning's log-likelihood, as corpus linguistics does and as Elasticsearch's
 * {@code significant_terms} aggregation does with other measures) rather than by raw count, so
 * that "Alep" brings "Poutine", "bombardements" and "trêve" forward and not "a" and "été". The
 * background is the rest of the corpus, or a second search (another site, another period).
 */
package org.vigie.corpus.terms;
