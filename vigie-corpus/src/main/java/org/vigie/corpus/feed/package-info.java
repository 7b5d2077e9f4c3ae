/**
 * Alert feeds: a search anyone can subscribe to in a feed reader, as Europe Media Monitor offers.
 * {@link org.vigie.corpus.feed.CorpusFeed} selects the newest matches (dated ones by their earliest
 * publication, undated ones by when the corpus first stored them, {@code stored_at}) of a
 * {@link org.vigie.corpus.feed.FeedRequest} (the query and filters of a search, a limit) on one view
 * of the corpus, which the {@link org.vigie.corpus.feed.Feed} names by its
 * {@link org.vigie.corpus.CorpusState} (so a poller can be told "not modified" without a query);
 * {@link org.vigie.corpus.feed.AtomWriter} writes it as Atom 1.0 with the JDK's StAX writer, scraped
 * text escaped and the characters XML 1.0 cannot hold dropped ({@link org.vigie.corpus.feed.XmlText}).
 * Served at {@code /feeds/search.atom} (and per entity, per site) and written by {@code vigie feed}.
 */
package org.vigie.corpus.feed;
