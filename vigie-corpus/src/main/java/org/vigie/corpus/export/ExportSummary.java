package org.vigie.corpus.export;

/** What an export wrote: articles read and rows written (without the CSV header). */
public record ExportSummary(long articles, long rows) {
}
