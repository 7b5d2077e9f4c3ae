package org.vigie.corpus.stories;

/**
 * Parameters of story clustering. The default threshold separates, on the 40 real sample
 * articles, each article's brief (headline + lede) from its report (body) of the same event
 * (scores 0.12-0.56, 31 of 33 above 0.15) and from other events (at most 0.09): a small sample,
 * to re-tune on a labelled corpus.
 *
 * @param minScore     an article joins the best story whose score reaches this
 * @param entityBonus  score added per entity shared with the story (by entity id, else canonical name)...
 * @param maxBonus     ...up to this much: entities confirm a topic match, they cannot make one alone
 * @param windowDays   an article can join a story whose days are within this many days of its own
 * @param topTerms     terms kept per article vector (the highest TF-IDF weights)
 */
public record StoryConfig(double minScore, double entityBonus, double maxBonus, int windowDays, int topTerms) {

    public static final StoryConfig DEFAULT = new StoryConfig(0.15, 0.05, 0.15, 2, 40);

    public StoryConfig {
        if (minScore <= 0 || windowDays < 0 || topTerms < 1) throw new IllegalArgumentException("bad story parameters");
    }
}
