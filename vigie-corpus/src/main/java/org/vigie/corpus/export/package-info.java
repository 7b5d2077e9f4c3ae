/**
 * Export of a query's matches as a table for R, pandas or a spreadsheet, as Media Cloud lets
 * analysts download story lists: {@link org.vigie.corpus.export.ExportRequest} (a search query and
 * its filters, a {@link org.vigie.corpus.export.ExportTable}, an
 * {@link org.vigie.corpus.export.ExportFormat}, a limit) in, an
 * {@link org.vigie.corpus.export.Export} out, which streams every matching article's rows, in date
 * then id order, reading the stored articles a batch at a time. Tables have the columns of the Spark job's tables;
 * {@code vigie-corpus/EXPORT.md} documents the columns, the order and the CSV rules (RFC 4180, CRLF,
 * formula-injection protection).
 */
package org.vigie.corpus.export;
