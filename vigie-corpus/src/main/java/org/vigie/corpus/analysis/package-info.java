/**
 * Per-language Lucene analysis chains ({@link org.vigie.corpus.analysis.TextLanguage}): French
 * (elision, folded accents, light stemming) first, English, German, Spanish, Italian,
 * Portuguese, and a plain chain for other languages.
 */
package org.vigie.corpus.analysis;
