/**
 * "Related coverage" for one stored article ({@link org.vigie.corpus.related.RelatedArticles}): the
 * other articles about the same thing that are not copies of it (those are reprint families) —
 * other outlets' reports, follow-ups, earlier background — as Europe Media Monitor and Google News
 * list under a story. Lucene's {@code MoreLikeThis} over the article's own language fields, the
 * headline weighted over the body, plus a bonus for the named entities both articles name,
 * optionally within a date window around the article.
 */
package org.vigie.corpus.related;
