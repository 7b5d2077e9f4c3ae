package org.vigie.corpus.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.UnaryOperator;
import org.vigie.core.model.Span;

/**
 * The passage of a hit that best matches the query, as plain text with the matched words marked
 * by offsets, never by markup: the caller renders it for its medium (terminal, HTML, JSON) and
 * escapes the untrusted text there.
 *
 * @param text the passage(s), newlines turned into spaces; passages joined by {@link #ELLIPSIS}
 * @param field which part of the article the passage is from: title, standfirst or body; or
 *        quote when the query matched words of a quotation ({@code quote:}), the passage being
 *        the sentences around them
 * @param highlights the matches, as offsets into {@code text} (ordered, not overlapping)
 */
public record Snippet(String text, String field, List<Highlight> highlights) {

    public static final String ELLIPSIS = " … ";

    /**
     * One match: {@code start}/{@code end} in the snippet's text, and {@code source} the same
     * words as a standoff span of the article's canonical text.
     */
    public record Highlight(int start, int end, Span source) {
    }

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** Renders the snippet with {@code open}/{@code close} around matches: {@code render("[", "]")}. */
    public String render(String open, String close) {
        return render(open, close, UnaryOperator.identity());
    }

    /**
     * Renders with markers and an escaper applied to the text between them, e.g. for HTML:
     * {@code render("<mark>", "</mark>", Html::escape)} — markers are not escaped, text always is.
     */
    public String render(String open, String close, UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Highlight h : highlights) {
            sb.append(escape.apply(text.substring(at, h.start())));
            sb.append(open).append(escape.apply(text.substring(h.start(), h.end()))).append(close);
            at = h.end();
        }
        sb.append(escape.apply(text.substring(at)));
        return sb.toString();
    }

    /** Matches in bold for an ANSI terminal. */
    public String ansi() {
        return render("\u001b[1m", "\u001b[0m");
    }

    /** Matches in square brackets: plain text for logs and pipes. */
    @JsonProperty("marked")
    public String bracketed() {
        return render("[", "]");
    }

    @JsonIgnore
    public boolean hasHighlights() {
        return !highlights.isEmpty();
    }
}
