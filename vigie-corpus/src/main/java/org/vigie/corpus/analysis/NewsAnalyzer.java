package org.vigie.corpus.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One language's full-text chain: Unicode word tokenizer, then the language's filters (elision,
 * stop words, accent folding, light stemming). {@link #normalize} applies only the filters that
 * make sense on a single query term (case and accent folding), so prefix and wildcard queries
 * ({@code terror*}) meet the indexed form.
 */
final class NewsAnalyzer extends Analyzer {

    private final UnaryOperator<TokenStream> filters;
    private final UnaryOperator<TokenStream> normalizer;

    NewsAnalyzer(UnaryOperator<TokenStream> filters, UnaryOperator<TokenStream> normalizer) {
        this.filters = filters;
        this.normalizer = normalizer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalizer.apply(in);
    }
}
