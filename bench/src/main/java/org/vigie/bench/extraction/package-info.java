/**
 * Extraction evaluation: how well {@code org.vigie.ingest.html.HtmlReader} recovers main text and
 * metadata on public gold sets (Scrapinghub article-extraction-benchmark, Trafilatura's French
 * pages, Mozilla Readability's test pages) and on OrangeSum raw pages against the dataset's silver
 * parse. Run {@link org.vigie.bench.extraction.ExtractionEval}; see its documentation for the
 * command line.
 */
package org.vigie.bench.extraction;
