package org.vigie.ingest.html;

import java.util.List;
import org.vigie.core.model.Metadata;

/** What {@link HtmlExtractor} recovers from one page, before it becomes an {@code Article}. */
public record ExtractedPage(String title, String standfirst, List<Block> blocks, Metadata metadata) {

    public ExtractedPage {
        blocks = List.copyOf(blocks);
    }

    /** The body paragraphs' texts, in order. */
    public List<String> paragraphs() {
        return blocks.stream().map(Block::text).toList();
    }
}
