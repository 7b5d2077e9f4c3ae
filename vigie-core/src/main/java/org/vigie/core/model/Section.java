package org.vigie.core.model;

import java.util.Objects;

/** A structural part of the canonical text: the title, the standfirst or one body paragraph. */
public record Section(Kind kind, int start, int end) {

    public enum Kind {
        TITLE, STANDFIRST, PARAGRAPH, HEADING, QUOTE_BLOCK, LIST_ITEM;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Kind of(String s) {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Section {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad section [" + start + ", " + end + ")");
        }
    }

    public boolean isBody() {
        return kind != Kind.TITLE && kind != Kind.STANDFIRST;
    }
}
