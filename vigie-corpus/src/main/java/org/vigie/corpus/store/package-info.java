/**
 * The durable article store: an embedded Lucene index, the system of record for analysed articles.
 *
 * <h2>Layout under {@code --data DIR}</h2>
 * <pre>
 * DIR/
 *   index/              the Lucene index (CorpusStore.INDEX_DIR)
 *     segments_N        the current commit: which segments make the corpus, plus the commit
 *                       user data (vigie.format=vigie-corpus, vigie.schema=4,
 *                       vigie.batches=&lt;batches committed&gt;, vigie.committed_at=&lt;ISO instant&gt;)
 *     _*.cfs, _*.si ... segment files, written once, merged in the background
 *     write.lock        held by the one process writing (an OS lock: released if it dies)
 *   journal/            the journal (Journal.DIR): NNNNNNNN.vjl, a second copy of every committed article
 *   reprints.bin        reprint families (CorpusReprints): a cache saved after commits (every
 *                       commit by vigie ingest, every 1000 articles or 30 s by the server's
 *                       GroupCommit); on open, articles committed since are re-added in journal
 *                       order, so the families come back exactly
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
 * with offsets for highlighting); the words of its quotations likewise ({@code quote_fr}), and
 * again qualified by speaker ({@code quote_by_fr}), with offsets into the whole text; keyword
 * fields id, source_id, site, language, entity (ids and canonical names), speaker, signal,
 * author (folded bylines of every publication: whole names and words), reprint_of, family_id,
 * story_id; a date point per publication date (range filters) and the earliest date as doc values
 * (sort); the instant the article was first stored as doc values ({@code stored_at}, also in its
 * JSON: set by the first write of its text, kept by every later one and by repair, which re-adds
 * the journal's JSON); facets on entity, speaker, site, language, signal and author. A corpus of an older
 * schema is reindexed from the stored JSON when opened for writing
 * ({@link org.vigie.corpus.store.CorpusSchema}).
 *
 * <h2>Guarantees</h2>
 * Every {@code write} is one Lucene commit: all of its articles or none survive a crash or
 * {@code kill -9}; the index is never left corrupt (Lucene only switches {@code segments_N} after
 * fsyncing the new files). Searches see commits only, never half a batch, and run concurrently
 * with a writer, in the same process or in others opened read-only.
 *
 * <h2>Durability beyond Lucene: the journal</h2>
 * Lucene's commit survives a crash, not a damaged file: a bit flipped in a segment loses its
 * articles. So every batch is first appended to {@link org.vigie.corpus.store.Journal} (deflated
 * article JSON, one CRC32 per record, an end record per batch) and fsynced, and only then
 * committed to Lucene; a batch whose commit fails (a full disk: {@link
 * org.vigie.corpus.store.BatchNotStoredException}) is cut from the journal again, and one a crash
 * interrupted is dropped on the next open for writing, as is a torn last record. Hence: every
 * committed article is in the journal, and the journal holds nothing but committed batches (plus,
 * at worst, the one whose commit a crash interrupted, until the next open).
 * {@code Corpus.check} (vigie check) compares the two; {@code Corpus.repair} (vigie repair) drops
 * segments Lucene's CheckIndex rejects and re-adds their articles from the journal, and rewrites a
 * damaged journal from the index: either copy restores the other.
 *
 * <p>Disk cost: the journal is the stored JSON once more, deflated: about 28% of the JSON's size
 * and a third of the index's on the OrangeSum sample (FaultRun prints it); an article updated
 * (new links) is journalled again. Write cost: one more fsync per batch. Not covered: both copies
 * of an article damaged at once, and a damaged last record of the journal, which cannot be told
 * from a torn write and is dropped (its batch is still in the index).
 */
package org.vigie.corpus.store;
