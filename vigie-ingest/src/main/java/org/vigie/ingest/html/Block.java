package org.vigie.ingest.html;

import java.util.Objects;
import org.vigie.core.model.Section;

/** One unit of main text in reading order: a paragraph, an in-body heading, a list item or a quote. */
public record Block(Section.Kind kind, String text) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
