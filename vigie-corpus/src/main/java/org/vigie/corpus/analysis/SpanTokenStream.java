package org.vigie.corpus.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.vigie.core.model.Span;

/**
 * Some spans of a text (an article's quotations) analysed by a field's chain, as one token stream
 * whose offsets point into the whole text: the highlighter then marks the words in the article
 * itself. Consecutive spans are {@link #SPAN_GAP} positions apart, so a phrase never runs from one
 * quotation into the next; overlapping spans are read once, as their union (offsets never go back).
 * {@link #labelled} qualifies each word by labels of its span (a quotation's speaker).
 */
public final class SpanTokenStream extends TokenStream {

    /** Positions between two spans: more than any phrase slop a user types. */
    public static final int SPAN_GAP = 100;

    private record Tok(String term, int posInc, int start, int end) {
    }

    private final List<Tok> tokens;
    private final int finalOffset;
    private int next;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

    private SpanTokenStream(List<Tok> tokens, int finalOffset) {
        this.tokens = tokens;
        this.finalOffset = finalOffset;
    }

    /**
     * The tokens of {@code spans} of {@code text} as {@code analyzer} makes them for {@code field},
     * or null when they have none. Analysed now, so the analyzer's per-thread stream is free again.
     */
    public static SpanTokenStream of(Analyzer analyzer, String field, String text, List<Span> spans) {
        List<int[]> ranges = new ArrayList<>();
        for (Span s : spans.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
            if (s.end() > text.length() || s.start() >= s.end()) continue;
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && s.start() < last[1]) {
                last[1] = Math.max(last[1], s.end());
            } else {
                ranges.add(new int[] {s.start(), s.end()});
            }
        }
        List<Tok> out = new ArrayList<>();
        for (int[] r : ranges) {
            boolean first = true;
            for (Tok t : analyse(analyzer, field, text, r[0], r[1])) {
                add(out, t.term(), t, first);
                first = false;
            }
        }
        return out.isEmpty() ? null : new SpanTokenStream(List.copyOf(out), text.length());
    }

    /** Separates a label from the word it qualifies in a {@link #labelled} term. */
    public static final char LABEL_SEPARATOR = '\u001f';

    /**
     * Like {@link #of}, each word indexed once per label of its span, as
     * {@code label + LABEL_SEPARATOR + word} at the same position (a quotation's words under its
     * speaker's id and name), so a term query finds a word within a span of that label. A span
     * overlapping an earlier one is skipped (its words would go back in the text).
     */
    public static SpanTokenStream labelled(Analyzer analyzer, String field, String text, List<Span> spans,
            List<List<String>> labels) {
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> spans.get(i).start()));
        List<Tok> out = new ArrayList<>();
        int end = 0;
        for (int i : order) {
            Span s = spans.get(i);
            if (s.end() > text.length() || s.start() >= s.end() || s.start() < end || labels.get(i).isEmpty()) continue;
            end = s.end();
            boolean firstOfSpan = true;
            for (Tok t : analyse(analyzer, field, text, s.start(), s.end())) {
                boolean firstLabel = true;
                for (String label : labels.get(i)) {
                    Tok labelled = new Tok(label + LABEL_SEPARATOR + t.term(), firstLabel ? t.posInc() : 0, t.start(), t.end());
                    add(out, labelled.term(), labelled, firstLabel && firstOfSpan);
                    firstLabel = false;
                }
                firstOfSpan = false;
            }
        }
        return out.isEmpty() ? null : new SpanTokenStream(List.copyOf(out), text.length());
    }

    /** Appends a token; the first of a span after another span is {@link #SPAN_GAP} positions further. */
    private static void add(List<Tok> out, String term, Tok t, boolean spanStart) {
        int posInc = t.posInc();
        if (spanStart && !out.isEmpty()) posInc += SPAN_GAP;
        if (out.isEmpty()) posInc = Math.max(1, posInc);
        out.add(new Tok(term, posInc, t.start(), t.end()));
    }

    /** The tokens of text[start, end), offsets into the whole text. */
    private static List<Tok> analyse(Analyzer analyzer, String field, String text, int start, int end) {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text.substring(start, end))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(term.toString(), inc.getPositionIncrement(), start + off.startOffset(),
                        start + off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        return out;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) return false;
        clearAttributes();
        Tok t = tokens.get(next++);
        termAtt.setEmpty().append(t.term());
        posIncAtt.setPositionIncrement(t.posInc());
        offsetAtt.setOffset(t.start(), t.end());
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }
}
