/**
 * Raw page dumps: the text a scraper saved of a news page, one paragraph per line
 * ({@link org.vigie.ingest.dump.DumpReader}), and the comment-widget lines cut from their end
 * ({@link org.vigie.ingest.dump.WidgetBoilerplate}, phrases in {@code widget-boilerplate.txt}).
 */
package org.vigie.ingest.dump;
