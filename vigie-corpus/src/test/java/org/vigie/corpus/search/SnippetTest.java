package org.vigie.corpus.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Span;

class SnippetTest {

    @Test
    void rendersMarkersAroundMatchesAndEscapesOnlyTheText() {
        String text = "des <b>terroristes</b> & des terroristes";
        int second = text.lastIndexOf("terroristes");
        Snippet s = new Snippet(text, "body", List.of(
                new Snippet.Highlight(second, second + 11, new Span(100 + second, 111 + second, "terroristes"))));
        assertEquals("des <b>terroristes</b> & des [terroristes]", s.render("[", "]"));
        String html = s.render("<mark>", "</mark>",
                t -> t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        assertEquals("des &lt;b&gt;terroristes&lt;/b&gt; &amp; des <mark>terroristes</mark>", html);
        assertEquals("des <b>terroristes</b> & des \u001b[1mterroristes\u001b[0m", s.ansi());
    }
}
