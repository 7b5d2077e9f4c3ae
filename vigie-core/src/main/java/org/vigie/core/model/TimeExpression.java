package org.vigie.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A time expression with its TIMEX3-style value ("2016-10-15", "2016-08", "XXXX-WXX-1", "P3D").
 * {@code type} is DATE, TIME, DURATION or SET; {@code resolvedFrom} says what the value rests on:
 * "absolute" (the words alone), "dct" (the document date), "inferred" (a date window inferred
 * from the text) or "unresolved" (an underspecified value, no guess).
 */
@JsonPropertyOrder({"text", "value", "type", "resolved_from"})
public record TimeExpression(
        Span text,
        String value,
        String type,
        @JsonProperty("resolved_from") String resolvedFrom) {

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }
}
