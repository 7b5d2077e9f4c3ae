/**
 * Outlet (site) profiles: what a site publishes, how much of it is copied from other sites' texts
 * (wire agencies and state media among them), what it changes when it copies, and who copies it
 * ({@link org.vigie.corpus.sites.CorpusSites}): the view a grey-zone analyst starts from.
 *
 * <h2>What is read</h2>
 * One pass over the view ({@code SiteTable}): the {@code site} and {@code signal} postings
 * inverted per segment (every site that published each text, which texts carry
 * {@code wire-reprint}), the stored id and own site of each article, and the stored JSON only of
 * texts published on several sites (each site's own date). The reprint families
 * ({@link org.vigie.corpus.reprints.ReprintFamilies#sourceIds}) give each text's first site. The
 * site list needs nothing more. A profile adds: per signal kind two counts; the entity facet of
 * the site's articles; its monthly timeline ({@link org.vigie.corpus.timeline.CorpusTimeline});
 * and the reprint diff of each copy against its source, which reads two stored articles per copy
 * and is the one cost that grows with the site: at most {@link org.vigie.corpus.sites.SiteRequest#sample}
 * copies (500 by default), evenly spread, are compared, and the profile says how many were.
 *
 * <h2>Measured</h2>
 * {@code SitesBench} (bench module): all of OrangeSum on afp.com, fr.sputniknews.com and
 * actu.orange.fr, 6,000 texts republished 1-3 times by the twelve re-blogging sites of
 * {@code Republisher} (46,183 articles): site list 0.43 s, a wire's profile 0.5 s, a re-blogging
 * site's 0.75 s with 500 of its copies compared (1.4 s with all 991). Per re-blogging site the
 * profile finds 98-99 % of its copies and its share of new headlines within 0.005 of the truth
 * (other change kinds within 0.01). Reading the ids from stored fields instead of the id terms cost
 * 2.6 times as much on the list: each stored-field read decompressed the JSON block around it.
 *
 * <h2>Definitions</h2>
 * A site's articles are the texts it published (a verbatim copy on several sites is one article,
 * counted for each: {@code also_published_at}). It copied one when the text's first site (the own
 * site of its family's earliest source, by date then wire/state-media rank) is another. Its
 * copiers are the other sites that published texts whose first site it is.
 * Ratings come through {@link org.vigie.corpus.sites.SiteRatings}, the seam to the ratings list the
 * {@code source-context} signal reads, which lives in the analysis module.
 * {@link org.vigie.corpus.sites.SiteCache} keeps lists and profiles until the corpus's next commit
 * (SitesBench, 13,984 articles: a profile asked again 39-153 ms before, 7-61 µs kept).
 */
package org.vigie.corpus.sites;
