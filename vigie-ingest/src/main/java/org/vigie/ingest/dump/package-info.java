/**
 * Raw page dumps: the text a scraper saved of a news page, one paragraph per line
 * ({@link org.vigie.ingest.dump.DumpReader}), and the comment-widget lines cut from their end
 * ({@link org.vigie.ingest.dump.WidgetBoilerplate}, phrases in {@code widget-boilerplate.txt}), and
 * the rest of the page chrome a dump keeps: share bars, tag and same-section lists, "read also"
 * links, bylines, credits, date and issue lines, script code
 * ({@link org.vigie.ingest.dump.TextFurniture}, phrases in {@code text-furniture.txt}).
 */
package org.vigie.ingest.dump;
