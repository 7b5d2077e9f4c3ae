package org.vigie.corpus.reprints;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.vigie.core.model.Span;

/**
 * One difference between a family member and the family's source.
 *
 * @param kind            what changed
 * @param spans           the member's added or replacing words, as spans of the member's
 *                        canonical text (a whole paragraph for {@code paragraph_added}; the new
 *                        figures for {@code figure_changed})
 * @param removed         the source's words that the member dropped or replaced, as text
 * @param paragraph       index of the member's body paragraph concerned (0-based), or null
 * @param sourceParagraph index of the source's body paragraph concerned (0-based), or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "paragraph", "source_paragraph", "spans", "removed"})
public record Change(Kind kind, List<Span> spans, List<String> removed, Integer paragraph,
                     @JsonProperty("source_paragraph") Integer sourceParagraph) {

    public enum Kind {
        HEADLINE_CHANGED, STANDFIRST_ADDED, STANDFIRST_REMOVED, STANDFIRST_CHANGED,
        PARAGRAPH_ADDED, PARAGRAPH_REMOVED, PARAGRAPH_EDITED,
        /**
         * Within a headline, standfirst or paragraph the copy kept, figures replaced by figures of
         * other values ("12 morts" became "120 morts"; "1 500" written "1500" is no change).
         */
        FIGURE_CHANGED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Change {
        spans = spans == null ? List.of() : List.copyOf(spans);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }
}
