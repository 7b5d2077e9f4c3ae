/**
 * Story clusters: articles about the same event in different words, grouped per day and linked
 * across days ({@link org.vigie.corpus.stories.StoryClusters}). TF-IDF cosine over light-stemmed
 * words ({@link org.vigie.corpus.stories.TermVectors}) to the nearest earlier article of the same
 * language, plus a bonus per shared entity, within a date window
 * ({@link org.vigie.corpus.stories.StoryConfig}), provided the article is also linked to most of
 * the story's recent members (no chaining of topics through one bridging article).
 *
 * <p>Terms per language ({@link org.vigie.corpus.stories.TermAnalyses}, language code ->
 * {@link org.vigie.corpus.stories.TermAnalysis}): French (also undetected) with Lucene's stop
 * words and FrenchLightStemmer standing in for lemmas; English with Snowball's stop words and
 * KStem; other languages with their Lucene analyzer when lucene-analysis-common has one, else
 * their words unstemmed. Each language has its own document frequencies: read with French stop
 * words and one IDF with the French articles, English "the", "and", "was" are rare terms, as
 * heavy as names, and chain English stories (bench {@code EnglishStoryEval}: after 2,000 French
 * articles, precision on 15 hand-labelled English events 0.029, 917 wrong pairs; with English
 * terms and IDF 0.468, recall 0.972 -> 1.000, as without the French articles). Articles of
 * different languages never share a story.
 *
 * <p>Not yet evaluated on event labels. Proxy ({@code org.vigie.bench.stories.StoryEval}, June
 * 2020 of OrangeSum, 2,871 articles each split into a brief and a report): at the default
 * threshold 0.15, 75% of briefs join their report's story (79% without the chaining gate; at
 * 0.25, 51%). Of the month's stories of at least three whole articles, 3% hold two members with
 * cosine under 0.05 (9% without the gate). The largest stories are real events (the Dijon
 * clashes, the Beijing rebound, the municipal elections) but also a site section whose headlines
 * share a boilerplate suffix ("actualité automobile, infos, scoop"): 29 briefs, 57 without the
 * gate.
 */
package org.vigie.corpus.stories;
