package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.nlp.quotes.QuoteMarks.Passage;

/**
 * What the quote readers of every language share: the text's tokens, its quoted passages and the
 * passage each token stands in, the sentence loop, the token-window counts and the quotes read so
 * far. Cues, speakers and where a sentence may end after its last mark are each language's own
 * ({@link QuoteReader}, {@link EnglishQuoteReader}); one instance per article, used once.
 */
abstract class AbstractQuoteReader {

    /** Tokens that may end a sentence. */
    static final Set<String> END_PUNCT = Set.of(".", "!", "?", "…");

    final String text;
    final List<Tok> toks;
    final List<Passage> passages;
    /** The passage each token stands in, or -1. */
    final int[] quoteOf;
    /** Each passage's first token, or -1 for a passage that holds none. */
    final int[] passageFirst;
    /** Each passage's end token (exclusive). */
    final int[] passageEnd;
    final List<Quote> out = new ArrayList<>();

    AbstractQuoteReader(String text, List<Tok> toks, List<Passage> passages) {
        this.text = text;
        this.toks = toks;
        this.passages = passages;
        this.quoteOf = new int[toks.size()];
        this.passageFirst = new int[passages.size()];
        this.passageEnd = new int[passages.size()];
        Arrays.fill(quoteOf, -1);
        Arrays.fill(passageFirst, -1);
        // passages are sorted and disjoint: one pass over both
        int p = 0;
        for (int i = 0; i < toks.size(); i++) {
            int start = toks.get(i).start();
            while (p < passages.size() && passages.get(p).close() <= start) p++;
            if (p < passages.size() && passages.get(p).open() <= start) {
                quoteOf[i] = p;
                if (passageFirst[p] < 0) passageFirst[p] = i;
                passageEnd[p] = i + 1;
            }
        }
    }

    /** The quotations of the text, in reading order. */
    abstract List<Quote> read();

    // ---- sentences

    /**
     * True when a passage that closes with . ! ? or … ends its sentence before token {@code next}:
     * the languages differ in how an attribution follows such a quote (French « a-t-il dit » is
     * lowercase, English "Mr. Putin asked" is not).
     */
    abstract boolean quoteEndsSentenceBefore(int next);

    /**
     * True when the end mark {@code stop} (. ! ? …), outside quotes and followed by neither a
     * lowercase word, another end mark nor ")", still ends no sentence. None by default: French
     * keeps the rules its figures were measured with.
     */
    boolean stopEndsNothing(Tok stop, Tok next) {
        return false;
    }

    /** Sentence ranges of tokens {from, to}; a quoted passage never splits a sentence. */
    final List<int[]> sentences() {
        List<int[]> res = new ArrayList<>();
        int from = 0;
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || endsSentenceAfter(i)) {
                res.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        return res;
    }

    private boolean endsSentenceAfter(int i) {
        Tok t = toks.get(i);
        Tok next = toks.get(i + 1);
        if (quoteOf[i] >= 0) {
            if (quoteOf[i + 1] == quoteOf[i]) return false;
            char last = text.charAt(passages.get(quoteOf[i]).to() - 1);
            return newlineBetween(t, next) || ("!?.…".indexOf(last) >= 0 && quoteEndsSentenceBefore(i + 1));
        }
        boolean nextLower = next.word() && Character.isLowerCase(next.text().charAt(0));
        return newlineBetween(t, next) || (END_PUNCT.contains(t.text()) && !nextLower
                && !END_PUNCT.contains(next.text()) && !next.is(")") && !stopEndsNothing(t, next));
    }

    private boolean newlineBetween(Tok a, Tok b) {
        for (int k = a.end(); k < b.start(); k++) if (text.charAt(k) == '\n') return true;
        return false;
    }

    // ---- token windows

    /** Words of tokens [from, to), quoted or not. */
    final int words(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (toks.get(k).word()) n++;
        return n;
    }

    /** Words of passage {@code p}. */
    final int passageWords(int p) {
        return words(passageFirst[p], passageEnd[p]);
    }

    /** Words of tokens [from, to) outside quotes: the gap between a quote and its cue. */
    final int unquotedWords(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (quoteOf[k] < 0 && toks.get(k).word()) n++;
        return n;
    }

    /** True when sentence {@code s} has no word outside its quotes. */
    final boolean onlyQuotes(int[] s) {
        return unquotedWords(s[0], s[1]) == 0;
    }

    /**
     * True when one of the two words before passage {@code p} (not before {@code from}, the
     * sentence start) is in {@code nouns}: « le mot "terroristes" », the so-called "peace plan" name
     * the quoted words, they do not report them.
     */
    final boolean namedByNoun(int p, int from, Set<String> nouns) {
        for (int k = passageFirst[p] - 1; k >= from && k >= passageFirst[p] - 2; k--) {
            if (quoteOf[k] >= 0) return false;
            if (nouns.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    // ---- spans and quotes

    final Span span(int start, int end) {
        return Span.of(text, start, end);
    }

    /** The text of tokens [first, end). */
    final Span tokenSpan(int first, int end) {
        return span(toks.get(first).start(), toks.get(end - 1).end());
    }

    /**
     * Adds tokens [from, to) as reported speech, unless an indirect quote already read covers part
     * of them: two cues of one clause ("…, X said, according to Y") report it once, first cue first.
     */
    final void addIndirect(int from, int to, Speaker speaker, Span mention, Span cue) {
        Span clause = tokenSpan(from, to);
        for (Quote q : out) if (q.kind() == Quote.Kind.INDIRECT && q.text().overlaps(clause)) return;
        out.add(new Quote(Quote.Kind.INDIRECT, clause, speaker, mention, cue));
    }
}
