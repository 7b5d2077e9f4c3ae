/**
 * RSS 2.0, RSS 1.0 and Atom feeds ({@link org.vigie.ingest.feed.FeedReader}); HTML inside feed
 * fields is reduced to paragraphs of text by {@link org.vigie.ingest.feed.HtmlText}.
 */
package org.vigie.ingest.feed;
