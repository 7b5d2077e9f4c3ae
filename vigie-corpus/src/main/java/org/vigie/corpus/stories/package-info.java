/**
 * Story clusters: articles about the same event in different words, grouped per day and linked
 * across days ({@link org.vigie.corpus.stories.StoryClusters}). TF-IDF cosine over light-stemmed
 * French words ({@link org.vigie.corpus.stories.TermVectors}, Lucene's stop words and
 * FrenchLightStemmer standing in for lemmas) to the nearest earlier article, plus a bonus per
 * shared entity, within a date window ({@link org.vigie.corpus.stories.StoryConfig}).
 *
 * <p>Not yet evaluated on event labels. Proxy ({@code org.vigie.bench.stories.StoryEval}, June
 * 2020 of OrangeSum, 2,871 articles each split into a brief and a report): at the default
 * threshold 0.15, 79% of briefs join their report's story; at 0.25, 51%. The largest stories are
 * real events (the Dijon clashes, the Fourniret/Mouzin searches) but also a site section whose
 * headlines share a boilerplate suffix ("actualité automobile, infos, scoop").
 */
package org.vigie.corpus.stories;
