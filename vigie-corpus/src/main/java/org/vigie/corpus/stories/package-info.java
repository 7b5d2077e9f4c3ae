/**
 * Story clusters: articles about the same event in different words, grouped per day and linked
 * across days ({@link org.vigie.corpus.stories.StoryClusters}). TF-IDF cosine over light-stemmed
 * French words ({@link org.vigie.corpus.stories.TermVectors}, Lucene's stop words and
 * FrenchLightStemmer standing in for lemmas), plus a bonus per shared entity, within a date
 * window ({@link org.vigie.corpus.stories.StoryConfig}). Not yet evaluated on a labelled corpus.
 */
package org.vigie.corpus.stories;
