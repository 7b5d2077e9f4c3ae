/** Source dates (ISO, RFC 822, French day-first, epoch) to ISO-8601 ({@link org.vigie.ingest.date.IsoDates}). */
package org.vigie.ingest.date;
