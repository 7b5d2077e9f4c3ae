package org.vigie.corpus.terms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to a {@link TermsRequest}.
 *
 * @param matched articles the query and filters match
 * @param read of those, the articles whose words were counted (all of them up to the sample size)
 * @param corpus articles stored
 * @param against with a comparison search: the articles it matches, the matches left out; null
 *     when the matches are compared with the rest of the corpus
 * @param againstRead of those, the articles whose words were counted; null as {@code against}
 * @param terms the words that stand out, highest score first
 * @param entities the named entities that stand out, highest score first (none when the articles were stored without NLP)
 * @param tookMillis time spent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignificantTerms(long matched, long read, long corpus, Long against, @JsonProperty("against_read") Long againstRead,
        List<SignificantTerm> terms,
        List<SignificantEntity> entities,
        @JsonProperty("took_ms") long tookMillis) {

    public SignificantTerms {
        if ((against == null) != (againstRead == null)) throw new IllegalArgumentException("against and against_read go together");
        terms = List.copyOf(terms);
        entities = List.copyOf(entities);
    }
}
