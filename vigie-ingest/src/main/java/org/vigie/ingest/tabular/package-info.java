/**
 * Data sets of one article per record: JSON Lines ({@link org.vigie.ingest.tabular.JsonlReader},
 * streamed) and CSV/TSV with a header ({@link org.vigie.ingest.tabular.CsvReader}); field names
 * are mapped by {@link org.vigie.ingest.tabular.RecordFields}, which splits a one-line body where its
 * paragraph breaks were lost ({@link org.vigie.ingest.text.LostBreaks}).
 */
package org.vigie.ingest.tabular;
