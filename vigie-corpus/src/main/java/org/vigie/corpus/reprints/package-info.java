/**
 * Reprint families: copies of one text across sites, who published it first, and what each
 * copy changed.
 *
 * <h2>Pipeline</h2>
 * <ol>
 * <li>{@link org.vigie.corpus.reprints.WordTokens}: words lower-cased, accents folded,
 *     punctuation dropped, with offsets into the canonical text.</li>
 * <li>{@link org.vigie.corpus.reprints.Shingler}: 5-word shingles of the standfirst and body
 *     (the headline, rewritten first by re-publishers, is left out), hashed to 32 bits.</li>
 * <li>{@link org.vigie.corpus.reprints.MinHasher}: 126 multiply-shift MinHash values from a
 *     fixed seed; {@link org.vigie.corpus.reprints.LshIndex}: 42 bands × 3 rows.</li>
 * <li>Verification of every LSH candidate on the exact shingle sets
 *     ({@link org.vigie.corpus.reprints.ReprintConfig#accepts}): Jaccard ≥ 0.5, or containment
 *     (|A∩B| / min(|A|,|B|)) ≥ 0.8 when the smaller text has ≥ 40 shingles. Containment keeps a
 *     copy that drops paragraphs or appends comments; Jaccard alone falls below 0.5 for a copy
 *     that drops the last third of a short dispatch.</li>
 * <li>{@link org.vigie.corpus.reprints.ReprintFamilies}: incremental union-find over verified
 *     pairs; source by date, wire/state-media rank ({@code wire-sources.txt}), time, arrival.</li>
 * <li>{@link org.vigie.corpus.reprints.ReprintDiff}: Myers word diff (java-diff-utils) against
 *     the source, reported per headline, standfirst and paragraph as spans of the copy; within a
 *     short replacement, figures compared by value ({@link org.vigie.corpus.reprints.Figures}) give
 *     {@code figure_changed}.</li>
 * </ol>
 *
 * <h2>Why 5-word shingles, 42 × 3 bands, J ≥ 0.5</h2>
 * Measured by {@code org.vigie.bench.reprints.LshRecallBench} on the 36,152 real OrangeSum
 * articles (exact Jaccard of every pair ≥ 0.3 found by a prefix-filter join): share of pairs the
 * LSH step proposes, per exact-Jaccard bucket.
 * <pre>
 * b x r   t*     cand.  0.3-0.4 0.4-0.5 0.5-0.6 0.6-0.7 0.7-0.8 0.8-1.0
 * 16x8   0.707   2528    0.014   0.016   0.194   0.525   0.760   1.000
 * 20x6   0.607   2634    0.033   0.138   0.505   0.888   0.947   1.000
 * 25x5   0.525   2732    0.112   0.356   0.689   0.925   1.000   1.000
 * 32x4   0.420   2949    0.326   0.644   0.893   1.000   1.000   1.000
 * 42x3   0.288   3512    0.736   0.936   1.000   1.000   1.000   1.000
 * 64x2   0.125   9102    1.000   1.000   1.000   1.000   1.000   1.000
 * </pre>
 * The verification threshold is J = 0.5 (or high containment, whose pairs sit around J 0.4-0.5),
 * so the banding must find essentially every pair above 0.4 while proposing few others: 42 × 3
 * finds all pairs ≥ 0.5 and 94% in 0.4-0.5 for 19% more candidates than 32 × 4 (which misses 11%
 * of 0.5-0.6), at the same signature cost; 64 × 2 triples the candidates for nothing above 0.5.
 * Verification costs microseconds per candidate, so candidates are cheap; missed pairs are not.
 * On the reprint evaluation ({@code ReprintEval}, same corpus and seed), 32 × 4 gives pairwise
 * recall 0.9786 and 42 × 3 gives 0.9819, precision 0.9939 for both; dropping the containment rule
 * (Jaccard only) lowers recall to 0.9772 (precision 0.9943).
 *
 * <h2>Limits</h2>
 * LSH finds pairs by Jaccard: a short dispatch inside a page several times longer (J &lt; 0.3)
 * is rarely proposed, even though containment would accept it. Families are single-link: one
 * article bridging two texts (a round-up) merges their families, by design.
 */
package org.vigie.corpus.reprints;
