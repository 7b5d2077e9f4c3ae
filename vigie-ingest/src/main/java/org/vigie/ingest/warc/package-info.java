/**
 * WARC files read with jwarc ({@link org.vigie.ingest.warc.WarcArticleReader}): HTML responses
 * handed to an injected HTML reader, everything else skipped and counted.
 */
package org.vigie.ingest.warc;
