package org.vigie.corpus.terms;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One word that stands out in a query's articles.
 *
 * @param word the form most often written in the articles read ("Poutine")
 * @param term the indexed term it stands for (stemmed, folded: "poutin"), the one a search meets
 * @param language the language whose articles and index fields it was counted in
 * @param articles how many of the articles read hold it
 * @param share {@code articles} over the articles read in that language
 * @param rest how many articles of the background in that language hold it: the rest of the corpus
 *     (estimated from the index), or the comparison search's articles read
 * @param restShare {@code rest} over the background's articles in that language
 * @param score Dunning's log-likelihood G² of the word's share in the matches against the background
 */
public record SignificantTerm(String word, String term, String language, long articles, double share, long rest,
        @JsonProperty("rest_share") double restShare, double score) {
}
