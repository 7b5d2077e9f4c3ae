package org.vigie.corpus.reprints;

/** What reprint detection keeps of an article: its shingle set and MinHash signature. */
public record Fingerprint(int[] shingles, int[] signature) {
}
