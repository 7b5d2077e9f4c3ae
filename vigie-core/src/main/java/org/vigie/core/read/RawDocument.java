package org.vigie.core.read;

import java.util.Objects;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;

/**
 * Bytes as a source found them, before any reading: where they came from, the charset a
 * transport declared (HTTP header, WARC record; null when none) and what the source already
 * knows of the page (a feed's date, a WARC target URI).
 */
public record RawDocument(byte[] bytes, Origin origin, String declaredCharset, Metadata metadata) {

    public RawDocument {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(origin, "origin");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }

    public static RawDocument of(byte[] bytes, String path) {
        return new RawDocument(bytes, Origin.ofPath(path), null, Metadata.EMPTY);
    }
}
