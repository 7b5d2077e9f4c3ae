/**
 * Publications: the pages one text was published at. An article's id is a hash of its text, so
 * a verbatim copy on another site is the same article; {@link org.vigie.corpus.publications.Publications}
 * keeps every page on it ({@code also_published_at}), the earliest as its metadata. The store
 * merges in the batch that writes the article; the reprint families enter it by its earliest page.
 */
package org.vigie.corpus.publications;
