/**
 * The durable article store: an embedded Lucene index, the system of record for analysed articles.
 *
 * <h2>Layout under {@code --data DIR}</h2>
 * <pre>
 * DIR/
 *   index/              the Lucene index (CorpusStore.INDEX_DIR)
 *     segments_N        the current commit: which segments make the corpus, plus the commit
 *                       user data (vigie.format=vigie-corpus, vigie.schema=1,
 *                       vigie.batches=&lt;batches committed&gt;, vigie.committed_at=&lt;ISO instant&gt;)
 *     _*.cfs, _*.si ... segment files, written once, merged in the background
 *     write.lock        held by the one process writing (an OS lock: released if it dies)
 * </pre>
 * Other components may keep their own state in sibling folders of {@code index/}. A folder that
 * has files but no {@code index/}, or an {@code index/} without the Vigie commit data, is refused
 * ("not a Vigie corpus"); a schema newer than {@link org.vigie.corpus.store.CorpusSchema#VERSION}
 * is refused with "upgrade Vigie".
 *
 * <h2>One document per article</h2>
 * Keyed by the article id (a hash of the canonical text: the same words ingested twice are one
 * document). Fields ({@link org.vigie.corpus.store.Fields}): the whole Article JSON (stored);
 * title, standfirst and body indexed in their language's fields ({@code body_fr}, {@code body_en},
 * with offsets for highlighting); keyword fields id, source_id, site, language, entity (ids and
 * canonical names), speaker, signal, reprint_of, family_id, story_id; the date as a point (range
 * filters) and doc values (sort); facets on entity, speaker, site, language and signal.
 *
 * <h2>Guarantees</h2>
 * Every {@code write} is one Lucene commit: all of its articles or none survive a crash or
 * {@code kill -9}; the index is never left corrupt (Lucene only switches {@code segments_N} after
 * fsyncing the new files). Searches see commits only, never half a batch, and run concurrently
 * with a writer, in the same process or in others opened read-only.
 */
package org.vigie.corpus.store;
