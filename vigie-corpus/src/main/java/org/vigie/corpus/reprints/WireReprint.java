package org.vigie.corpus.reprints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;

/**
 * The provenance signal only a corpus can give ({@value #KIND}): the article's text is, for at least
 * {@value #MIN_SHARE_PERCENT} % of it, a text that a wire agency or a state medium of
 * {@link SourceRanking}'s list published first in the same reprint family. The share is that of the
 * article's words (standfirst and body, as fingerprinted) that stand in a passage of the source: a
 * word counts when one of the word 5-shingles through it is one of the source's, so a typo costs
 * one word, not five shingles. It is the signal's score. The evidence is what the re-publisher
 * wrote itself: each standfirst or body paragraph of which less than half comes from the source (a
 * new standfirst, an added paragraph); when the copy added nothing, its first paragraph, to show
 * where the copied text starts. The headline is not fingerprinted, so it does not count in the share;
 * when the copy's headline has words the source's has not, those words come first in the evidence
 * (a whole new headline when half of it is new) and the explanation says the headline changed.
 *
 * <p>The corpus's other signals come from one article; this one changes when a wire source joins
 * the family later, so stores set it again whenever they re-link an article ({@link #mark}).
 */
public final class WireReprint {

    public static final String KIND = "wire-reprint";
    static final int MIN_SHARE_PERCENT = 90;
    private static final double MIN_SHARE = MIN_SHARE_PERCENT / 100.0;
    /** A part with less than this share of its words in the source was written by the re-publisher. */
    private static final double OWN_PART = 0.5;

    /**
     * Where a family member's text comes from.
     *
     * @param sourceId   the article id of the family's source
     * @param sourceName the source's name in the ranking ("Sputnik", "AFP")
     * @param sourceDate the source's publication date as stored, or null
     * @param sourceTitle the source's headline, or "" when unknown (families saved before it was kept)
     * @param shingles   the source's shingles (sorted), to tell the member's copied words from its own
     * @param shingleSize words per shingle of {@code shingles}
     */
    public record Provenance(String sourceId, String sourceName, String sourceDate, String sourceTitle, int[] shingles,
                             int shingleSize)
            implements java.io.Serializable {
    }

    private WireReprint() {
    }

    /**
     * {@code a} with its {@value #KIND} signal as {@code p} says: replaced, added, or dropped when the
     * article is no longer such a copy ({@code p} null or under the share).
     */
    public static Article mark(Article a, Provenance p) {
        List<Signal> signals = new ArrayList<>(a.signals().size() + 1);
        for (Signal s : a.signals()) {
            if (!s.kind().equals(KIND)) signals.add(s);
        }
        if (p != null) {
            Coverage c = coverage(a, p);
            if (c.share() >= MIN_SHARE) signals.add(signal(a, p, c));
        }
        return signals.equals(a.signals()) ? a : a.withSignals(signals);
    }

    /** The share of the article's standfirst and body words that stand in a passage of the source. */
    public static double share(Article a, Provenance p) {
        return coverage(a, p).share();
    }

    /** The compared words and, for each, whether a shingle through it is one of the source's. */
    private record Coverage(WordTokens words, boolean[] copied, double share) {
    }

    private static Coverage coverage(Article a, Provenance p) {
        String text = a.text();
        WordTokens words = WordTokens.of(text, Fingerprinter.comparedFrom(a), text.length());
        if (words.size() < p.shingleSize()) words = WordTokens.of(text); // fingerprinted whole, as Fingerprinter does
        int[] sequence = new Shingler(p.shingleSize()).sequence(words);
        boolean[] copied = new boolean[words.size()];
        for (int i = 0; i < sequence.length; i++) {
            if (Arrays.binarySearch(p.shingles(), sequence[i]) < 0) continue;
            for (int w = i; w < Math.min(words.size(), i + p.shingleSize()); w++) copied[w] = true;
        }
        int n = 0;
        for (boolean c : copied) if (c) n++;
        return new Coverage(words, copied, copied.length == 0 ? 0 : (double) n / copied.length);
    }

    private static Signal signal(Article a, Provenance p, Coverage c) {
        List<Span> own = new ArrayList<>();
        Span first = null;
        for (Section s : a.sections()) {
            if (s.kind() == Section.Kind.TITLE || s.end() <= s.start()) continue;
            Span span = a.span(s.start(), s.end());
            if (first == null) first = span;
            int words = 0, copied = 0;
            for (int w = 0; w < c.words().size(); w++) {
                if (c.words().start(w) < s.start() || c.words().start(w) >= s.end()) continue;
                words++;
                if (c.copied()[w]) copied++;
            }
            if (words >= p.shingleSize() && copied < OWN_PART * words) own.add(span); // shorter: too short to tell
        }
        List<Span> headline = p.sourceTitle() == null ? List.of() : ReprintDiff.headlineChanges(p.sourceTitle(), a);
        List<Span> evidence = new ArrayList<>(headline);
        evidence.addAll(own);
        if (evidence.isEmpty() && first != null) evidence.add(first);
        double share = Math.floor(c.share() * 100) / 100;
        boolean english = a.language() != null && a.language().toLowerCase(Locale.ROOT).startsWith("en");
        String percent = Math.round(share * 100) + (english ? "%" : " %");
        String date = p.sourceDate() == null || p.sourceDate().isBlank() ? "" : p.sourceDate().strip();
        if (date.length() > 10) date = date.substring(0, 10);
        String explanation;
        boolean renamed = !headline.isEmpty();
        if (english) {
            explanation = "The text is " + percent + " a text first published by " + p.sourceName()
                    + (date.isEmpty() ? "" : " (" + date + ")") + (renamed ? " under another headline" : "")
                    + (own.isEmpty() && !renamed ? "; none of its passages is its own." : "; only the marked passages are not from it.");
        } else {
            explanation = "Le texte reprend à " + percent + " un texte publié d'abord par " + p.sourceName()
                    + (date.isEmpty() ? "" : " (" + date + ")") + (renamed ? " sous un autre titre" : "")
                    + (own.isEmpty() && !renamed ? " ; aucun passage ne lui est propre." : " ; seuls les passages signalés n'en viennent pas.");
        }
        return new Signal(KIND, share, evidence, explanation);
    }
}
