/**
 * From paths to articles: walking folders ({@link org.vigie.ingest.source.Inputs}), choosing a
 * reader by name and content ({@link org.vigie.ingest.source.FormatDetector},
 * {@link org.vigie.ingest.source.ReaderRegistry}) and one counted, never-fatal run
 * ({@link org.vigie.ingest.source.Ingestion}), the entry point of the CLI.
 */
package org.vigie.ingest.source;
