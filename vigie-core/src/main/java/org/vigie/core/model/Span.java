package org.vigie.core.model;

import java.util.Objects;

/**
 * A standoff range of an article's canonical text: {@code start} inclusive, {@code end} exclusive,
 * both in UTF-16 code units (as Java and JavaScript index strings). {@code text} repeats the covered
 * characters so that a span read alone (in JSON, in a search hit) still says what it points at.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text length " + text.length()
                    + " does not match [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code doc} from {@code start} to {@code end}. */
    public static Span of(CharSequence doc, int start, int end) {
        if (end > doc.length()) {
            throw new IllegalArgumentException("span end " + end + " past text length " + doc.length());
        }
        return new Span(start, end, doc.subSequence(start, end).toString());
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** True when this span's recorded text is exactly what {@code doc} holds at its offsets. */
    public boolean matches(CharSequence doc) {
        return end <= doc.length() && text.contentEquals(doc.subSequence(start, end));
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }
}
