package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A reported statement: {@code text} covers the quoted (direct) or reported (indirect) words,
 * {@code cue} the reporting verb or phrase ("a indiqué", "selon"), {@code speakerMention} the words
 * naming the speaker where the text names one near the quote.
 */
@JsonPropertyOrder({"kind", "text", "speaker", "speaker_mention", "cue"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(
        Kind kind,
        Span text,
        Speaker speaker,
        @JsonProperty("speaker_mention") Span speakerMention,
        Span cue) {

    public enum Kind {
        DIRECT, INDIRECT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Kind of(String s) {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
