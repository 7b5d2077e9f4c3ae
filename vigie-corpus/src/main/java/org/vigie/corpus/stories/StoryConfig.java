package org.vigie.corpus.stories;

/**
 * Parameters of story clustering. The default threshold separates, on the 40 real sample
 * articles, each article's brief (headline + lede) from its report (body) of the same event
 * (scores 0.12-0.56, 31 of 33 above 0.15) and from other events (at most 0.09): a small sample,
 * to re-tune on a labelled corpus. The chaining gate (link floor 0.05, share 0.6) was chosen on
 * OrangeSum's May 2020 ({@code StoryEval}, floors 0.03-0.08 by shares 0.5-0.75): a share above
 * one half refuses an article linked to one member of a two-article story (a share of 0.5 left
 * two to three times as many chained stories); a higher floor or share buys a little more precision for recall.
 *
 * @param minScore     an article joins the best story whose score reaches this
 * @param entityBonus  score added per entity shared with the story (by entity id, else canonical name)...
 * @param maxBonus     ...up to this much: entities confirm a topic match, they cannot make one alone
 * @param windowDays   an article can join a story whose days are within this many days of its own
 * @param topTerms     terms kept per article vector (the highest TF-IDF weights)
 * @param linkFloor    cosine at which two articles count as linked: the entity bonus applies only
 *                     above it, and it is the test of {@code minShare}
 * @param minShare     share of a story's members within the window of the article's day that the
 *                     article must be linked to (its nearest one included) to join: a story is
 *                     joined by articles about it, not by articles about a neighbour of one member;
 *                     0 and 0 give the nearest-article rule alone
 */
public record StoryConfig(double minScore, double entityBonus, double maxBonus, int windowDays, int topTerms,
                          double linkFloor, double minShare) {

    public static final StoryConfig DEFAULT = new StoryConfig(0.15, 0.05, 0.15, 2, 40, 0.05, 0.6);

    public StoryConfig {
        if (minScore <= 0 || windowDays < 0 || topTerms < 1 || linkFloor < 0 || linkFloor > minScore
                || minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("bad story parameters");
        }
    }

    /** The same parameters with another chaining gate (linkFloor 0 and minShare 0: nearest article only). */
    public StoryConfig withChainGate(double linkFloor, double minShare) {
        return new StoryConfig(minScore, entityBonus, maxBonus, windowDays, topTerms, linkFloor, minShare);
    }
}
