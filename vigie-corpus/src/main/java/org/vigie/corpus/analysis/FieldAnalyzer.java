package org.vigie.corpus.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;

/**
 * The analyzer of every corpus field, for the index writer and the query parser alike: a field
 * named {@code <part>_<suffix>} ({@code body_fr}) uses that language's chain; any other field is
 * a keyword, taken verbatim.
 */
public final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

    private static final Analyzer KEYWORD = new KeywordAnalyzer();

    /** Shared instance: analyzers are thread-safe and keep their token streams per thread. */
    public static final FieldAnalyzer INSTANCE = new FieldAnalyzer();

    private FieldAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        TextLanguage l = languageOfField(fieldName);
        return l == null ? KEYWORD : l.analyzer();
    }

    /** The language of a full-text field name, or null for keyword fields. */
    public static TextLanguage languageOfField(String fieldName) {
        int u = fieldName.lastIndexOf('_');
        if (u <= 0) return null;
        String suffix = fieldName.substring(u + 1);
        String part = fieldName.substring(0, u);
        if (!part.equals("title") && !part.equals("standfirst") && !part.equals("body") && !part.equals("quote")
                && !part.equals("quote_by")) {
            return null;
        }
        for (TextLanguage l : TextLanguage.values()) {
            if (l.suffix().equals(suffix)) return l;
        }
        return null;
    }
}
