/**
 * Repairs of a body's text structure made where the reader builds the canonical text: paragraph
 * breaks a data set lost ({@link org.vigie.ingest.text.LostBreaks}).
 */
package org.vigie.ingest.text;
