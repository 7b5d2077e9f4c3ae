/**
 * HTML pages to articles. {@link org.vigie.ingest.html.HtmlReader} is the entry point (an
 * {@code ArticleReader}); {@link org.vigie.ingest.html.HtmlDecoder} is the single place where
 * bytes become a jsoup document (size limit, gzip, charset); {@link org.vigie.ingest.html.HtmlExtractor}
 * recovers title, standfirst, main-text blocks and metadata.
 *
 * <p>Main text: furniture is dropped by tag, ARIA role and class/id lexicons (resources
 * {@code furniture-*.txt}, {@code inner-furniture.txt}, {@code boilerplate-phrases.txt}); the
 * content container is the publisher's body markup ({@code article-body-markers.txt},
 * {@code itemprop=articleBody}) checked against Readability-style paragraph scoring; blocks keep
 * their kind (paragraph, heading, list item, block quote). Metadata: JSON-LD (incl. {@code @graph}),
 * Open Graph / Dublin Core / parsely meta tags, {@code <time>}, URL date patterns, then dates
 * written near the byline (French and English). Title: {@link org.vigie.ingest.html.TitleFinder}
 * keeps the headline the page shows ({@code <h1>}) and drops the site name, rubric or author
 * segments that {@code og:title} or {@code <title>} wrap around it.
 */
package org.vigie.ingest.html;
