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
            try (TokenStream ts = analyzer.tokenStream(field, text.substring(r[0], r[1]))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    int posInc = inc.getPositionIncrement();
                    if (first && !out.isEmpty()) posInc += SPAN_GAP;
                    if (out.isEmpty()) posInc = Math.max(1, posInc);
                    first = false;
                    out.add(new Tok(term.toString(), posInc, r[0] + off.startOffset(), r[0] + off.endOffset()));
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a String reader does not fail
            }
        }
        return out.isEmpty() ? null : new SpanTokenStream(List.copyOf(out), text.length());
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
