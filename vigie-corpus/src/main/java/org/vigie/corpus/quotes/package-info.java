/**
 * Quotation trails: who said these words, where they appeared first, who changed them
 * ({@link org.vigie.corpus.quotes.CorpusQuotes}), the view a fact-checker starts from when a
 * quotation circulates among sites.
 *
 * <h2>What is read</h2>
 * The direct quotations of every stored article that has a quotation (the {@code quote_*} index
 * fields select them; the stored JSON is streamed for the id, headline, publications and
 * quotations only). The trails are built once per commit and reused by every request on it.
 *
 * <h2>Grouping</h2>
 * {@link org.vigie.corpus.quotes.QuoteTrails}: quotations of six words or more, normalised words
 * ({@link org.vigie.corpus.reprints.WordTokens}: case, accents, quotation marks, apostrophes and
 * spacing do not count), blocked by word 3-shingles (an inverted list; shingles held by more than
 * 300 quotations are set phrases and not followed), matched when the longest common subsequence of
 * their words covers 80 % of both or 90 % of the shorter (a cut copy), joined transitively. The
 * earliest appearance is the one reprint families would make the source (day, wire/state-media
 * rank, time of day); its words are the trail's canonical wording.
 *
 * <h2>Variants and signals</h2>
 * {@link org.vigie.corpus.quotes.WordDiff} compares each later appearance with the earliest it
 * matches: a cut (at an end, at an ellipsis, of whole sentences, of a clause of more than three
 * words) or an editor's gloss in brackets is not an alteration; up to three words substituted,
 * added or dropped inside a sentence are, and are the changed spans (UTF-16 offsets into the
 * appearance's article text). {@link org.vigie.corpus.quotes.SameSpeaker}: the same entity id, or
 * one name's words within the other's ("Poutine", "Vladimir Poutine"), is one speaker; an
 * unattributed quotation or a description ("la juge des référés") is no other speaker.
 * {@link org.vigie.corpus.quotes.QuoteSignals} turns them into {@code quote-altered} and
 * {@code quote-reattributed}, computed against the corpus (a page checked with {@code --against}, the
 * server's analyse), not stored with the article.
 *
 * <h2>Measured</h2>
 * {@code QuoteTrailEval} (bench module).
 */
package org.vigie.corpus.quotes;
