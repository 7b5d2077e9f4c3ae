/**
 * Bytes to clean text: charset choice, mojibake repair and NFC
 * ({@link org.vigie.ingest.encoding.TextDecoder}), and the text/binary test readers run first
 * ({@link org.vigie.ingest.encoding.BinarySniffer}).
 */
package org.vigie.ingest.encoding;
