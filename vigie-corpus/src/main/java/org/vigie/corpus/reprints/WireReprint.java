package org.vigie.corpus.reprints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;

/**
 * The provenance signal only a corpus can give ({@value #KIND}): the article's text is, for at least
 * {@value #MIN_SHARE_PERCENT} % of it, a text that a wire agency or a state medium of
 * {@link SourceRanking}'s list published first in the same reprint family. The share is the share of
 * the article's word 5-shingles (standfirst and body, as fingerprinted) found in the source's, and is
 * the signal's score. The evidence is what the re-publisher wrote itself: each standfirst or body
 * paragraph of which less than half comes from the source (a new standfirst, an added paragraph);
 * when the copy added nothing, its first paragraph, to show where the copied text starts. The
 * headline is not compared (fingerprints leave it out): the family view shows a changed headline.
 *
 * <p>The corpus's other signals come from one article; this one changes when a wire source joins
 * the family later, so stores set it again whenever they re-link an article ({@link #mark}).
 */
public final class WireReprint {

    public static final String KIND = "wire-reprint";
    static final int MIN_SHARE_PERCENT = 90;
    private static final double MIN_SHARE = MIN_SHARE_PERCENT / 100.0;
    /** A part with less than this share of its shingles in the source was written by the re-publisher. */
    private static final double OWN_PART = 0.5;

    /**
     * Where a family member's text comes from.
     *
     * @param sourceId   the article id of the family's source
     * @param sourceName the source's name in the ranking ("Sputnik", "AFP")
     * @param sourceDate the source's publication date as stored, or null
     * @param share      the share of the member's shingles found in the source's
     * @param shingles   the source's shingles, to tell the member's own parts from the copied ones
     * @param shingleSize words per shingle of {@code shingles}
     */
    public record Provenance(String sourceId, String sourceName, String sourceDate, double share, int[] shingles,
                             int shingleSize) implements java.io.Serializable {
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
        if (p != null && p.share() >= MIN_SHARE) signals.add(signal(a, p, new Shingler(p.shingleSize())));
        return signals.equals(a.signals()) ? a : a.withSignals(signals);
    }

    private static Signal signal(Article a, Provenance p, Shingler shingler) {
        List<Span> own = new ArrayList<>();
        Span first = null;
        for (Section s : a.sections()) {
            if (s.kind() == Section.Kind.TITLE || s.end() <= s.start()) continue;
            Span span = a.span(s.start(), s.end());
            if (first == null) first = span;
            WordTokens words = WordTokens.of(a.text(), s.start(), s.end());
            if (words.size() < shingler.k()) continue; // too short to tell copied from written
            int[] part = shingler.shingles(words);
            if ((double) ShingleSets.intersection(part, p.shingles()) / part.length < OWN_PART) own.add(span);
        }
        List<Span> evidence = own.isEmpty() && first != null ? List.of(first) : own;
        boolean english = a.language() != null && a.language().toLowerCase(Locale.ROOT).startsWith("en");
        String percent = Math.round(Math.floor(p.share() * 100)) + (english ? "%" : " %");
        String date = p.sourceDate() == null || p.sourceDate().isBlank() ? "" : p.sourceDate().strip();
        if (date.length() > 10) date = date.substring(0, 10);
        String explanation;
        if (english) {
            explanation = "The text is " + percent + " a text first published by " + p.sourceName()
                    + (date.isEmpty() ? "" : " (" + date + ")")
                    + (own.isEmpty() ? ", reprinted as it was." : "; only the marked passages are not from it.");
        } else {
            explanation = "Le texte reprend à " + percent + " un texte publié d'abord par " + p.sourceName()
                    + (date.isEmpty() ? "" : " (" + date + ")")
                    + (own.isEmpty() ? ", sans rien y ajouter." : " ; seuls les passages signalés n'en viennent pas.");
        }
        return new Signal(KIND, Math.min(1, Math.floor(p.share() * 100) / 100), evidence, explanation);
    }
}
