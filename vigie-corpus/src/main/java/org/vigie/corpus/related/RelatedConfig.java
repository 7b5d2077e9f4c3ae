package org.vigie.corpus.related;

/**
 * How related articles are scored. The defaults were measured with {@code bench/.../related/RelatedEval}.
 *
 * @param maxQueryTerms the article's most telling words (tf × idf, {@code MoreLikeThis}) that make the query
 * @param minDocFreq a word must be in at least this many stored articles (the article itself counts) to be asked
 * @param titleBoost weight of a word picked from the article's headline, and of a match in another's headline,
 *     over one from or in the body: a headline says what the article is about
 * @param entityBoost weight of the named entities the two articles share (the {@code entity} field: ids when
 *     resolved, else canonical names), each counted by its rarity
 */
public record RelatedConfig(int maxQueryTerms, int minDocFreq, float titleBoost, float entityBoost) {

    public static final RelatedConfig DEFAULT = new RelatedConfig(30, 2, 2f, 0.5f);

    public RelatedConfig {
        if (maxQueryTerms < 1) throw new IllegalArgumentException("max query terms must be at least 1, not " + maxQueryTerms);
        if (minDocFreq < 1) throw new IllegalArgumentException("min doc freq must be at least 1, not " + minDocFreq);
        if (!(titleBoost > 0)) throw new IllegalArgumentException("title boost must be positive, not " + titleBoost);
        if (!(entityBoost >= 0)) throw new IllegalArgumentException("entity boost must be >= 0, not " + entityBoost);
    }

    public RelatedConfig withTitleBoost(float boost) {
        return new RelatedConfig(maxQueryTerms, minDocFreq, boost, entityBoost);
    }

    public RelatedConfig withEntityBoost(float boost) {
        return new RelatedConfig(maxQueryTerms, minDocFreq, titleBoost, boost);
    }

    public RelatedConfig withMaxQueryTerms(int n) {
        return new RelatedConfig(n, minDocFreq, titleBoost, entityBoost);
    }

    public RelatedConfig withMinDocFreq(int n) {
        return new RelatedConfig(maxQueryTerms, n, titleBoost, entityBoost);
    }
}
