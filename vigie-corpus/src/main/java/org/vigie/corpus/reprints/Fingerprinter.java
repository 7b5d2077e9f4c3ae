package org.vigie.corpus.reprints;

import org.vigie.core.model.Article;
import org.vigie.core.model.Section;

/**
 * Turns an article into a {@link Fingerprint}. The headline is left out: re-publishers rewrite it
 * first, and it would dilute the body. The standfirst is kept with the body because extractors
 * disagree on where a lede ends (one site's standfirst is another's first paragraph). A text with
 * no standfirst or body (fewer than k words) is fingerprinted whole. Stateless and thread-safe.
 */
public final class Fingerprinter {

    private final ReprintConfig config;
    private final Shingler shingler;
    private final MinHasher minHasher;

    public Fingerprinter(ReprintConfig config) {
        this.config = config;
        this.shingler = new Shingler(config.shingleSize());
        this.minHasher = new MinHasher(config.signatureSize(), config.seed());
    }

    public ReprintConfig config() {
        return config;
    }

    public Fingerprint fingerprint(Article a) {
        int[] shingles = shingles(a);
        return new Fingerprint(shingles, minHasher.signature(shingles));
    }

    public int[] shingles(Article a) {
        String text = a.text();
        WordTokens words = WordTokens.of(text, comparedFrom(a), text.length());
        if (words.size() < config.shingleSize()) words = WordTokens.of(text);
        return shingler.shingles(words);
    }

    public int[] signature(int[] shingles) {
        return minHasher.signature(shingles);
    }

    /** Offset where the compared text starts: the first section after the title. */
    static int comparedFrom(Article a) {
        for (Section s : a.sections()) {
            if (s.kind() != Section.Kind.TITLE) return s.start();
        }
        return a.sections().isEmpty() ? 0 : a.text().length();
    }
}
