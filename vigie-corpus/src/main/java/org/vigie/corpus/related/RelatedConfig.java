package org.vigie.corpus.related;

/**
 * How related articles are scored. The defaults were measured with {@code bench/.../related/RelatedEval}.
 *
 * @param maxQueryTerms the article's most telling words (tf × idf, {@code MoreLikeThis}) that make the query
 * @param minDocFreq a word must be in at least this many stored articles in the field it is picked from (the
 *     article itself counts when the word is in that field of it: a standfirst's word is counted in bodies) to be asked
 * @param titleBoost weight of a word picked from the article's headline over one picked from its body: a
 *     headline says what the article is about
 * @param titleMatchBoost weight of a match in another article's headline over one in its standfirst or body
 * @param entityBoost weight of the named entities the two articles share (the {@code entity} field: ids when
 *     resolved, else canonical names), each counted by its rarity
 * @param minSimilarity an article is listed only when its score is at least this share of the asked article's
 *     own score ({@link RelatedArticle#similarity}): under it, what two articles share is a few common
 *     words, and "nothing related" is the truer answer (0: every article with a word in common)
 */
public record RelatedConfig(int maxQueryTerms, int minDocFreq, float titleBoost, float titleMatchBoost, float entityBoost,
                            float minSimilarity) {

    public static final RelatedConfig DEFAULT = new RelatedConfig(30, 1, 1.5f, 1.5f, 0.5f, 0.15f);

    public RelatedConfig {
        if (maxQueryTerms < 1) throw new IllegalArgumentException("max query terms must be at least 1, not " + maxQueryTerms);
        if (minDocFreq < 1) throw new IllegalArgumentException("min doc freq must be at least 1, not " + minDocFreq);
        if (!(titleBoost > 0)) throw new IllegalArgumentException("title boost must be positive, not " + titleBoost);
        if (!(titleMatchBoost > 0)) throw new IllegalArgumentException("title match boost must be positive, not " + titleMatchBoost);
        if (!(entityBoost >= 0)) throw new IllegalArgumentException("entity boost must be >= 0, not " + entityBoost);
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("min similarity must be between 0 and 1, not " + minSimilarity);
        }
    }

    public RelatedConfig withTitleBoost(float boost) {
        return new RelatedConfig(maxQueryTerms, minDocFreq, boost, titleMatchBoost, entityBoost, minSimilarity);
    }

    public RelatedConfig withTitleMatchBoost(float boost) {
        return new RelatedConfig(maxQueryTerms, minDocFreq, titleBoost, boost, entityBoost, minSimilarity);
    }

    public RelatedConfig withEntityBoost(float boost) {
        return new RelatedConfig(maxQueryTerms, minDocFreq, titleBoost, titleMatchBoost, boost, minSimilarity);
    }

    public RelatedConfig withMaxQueryTerms(int n) {
        return new RelatedConfig(n, minDocFreq, titleBoost, titleMatchBoost, entityBoost, minSimilarity);
    }

    public RelatedConfig withMinDocFreq(int n) {
        return new RelatedConfig(maxQueryTerms, n, titleBoost, titleMatchBoost, entityBoost, minSimilarity);
    }

    public RelatedConfig withMinSimilarity(float floor) {
        return new RelatedConfig(maxQueryTerms, minDocFreq, titleBoost, titleMatchBoost, entityBoost, floor);
    }
}
