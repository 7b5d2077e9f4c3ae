package org.vigie.corpus.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.vigie.corpus.analysis.SpanTokenStream;
import org.vigie.corpus.store.Fields;

/**
 * Turns a query on quotation words ({@code quote_fr:terroriste}) into the same query on the words
 * of one speaker's quotations ({@code quote_by_fr:"Q7747␟terroriste"}), the terms the index
 * qualifies by speaker ({@link SpanTokenStream#labelled}). Words, phrases, prefixes, wildcards and
 * fuzzy words keep their meaning; anything else is a syntax error.
 */
final class SpeakerTerms {

    private SpeakerTerms() {
    }

    static Query qualify(Query q, String speaker) throws ParseException {
        if (q == null || q instanceof MatchNoDocsQuery) return q;
        if (q instanceof TermQuery t) return new TermQuery(term(t.getTerm(), speaker));
        if (q instanceof BoostQuery b) return new BoostQuery(qualify(b.getQuery(), speaker), b.getBoost());
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) out.add(qualify(c.getQuery(), speaker), c.getOccur());
            return out.build();
        }
        if (q instanceof PhraseQuery p) {
            PhraseQuery.Builder out = new PhraseQuery.Builder().setSlop(p.getSlop());
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) out.add(term(terms[i], speaker), positions[i]);
            return out.build();
        }
        if (q instanceof MultiPhraseQuery p) {
            MultiPhraseQuery.Builder out = new MultiPhraseQuery.Builder().setSlop(p.getSlop());
            Term[][] arrays = p.getTermArrays();
            int[] positions = p.getPositions();
            for (int i = 0; i < arrays.length; i++) {
                Term[] qualified = new Term[arrays[i].length];
                for (int j = 0; j < qualified.length; j++) qualified[j] = term(arrays[i][j], speaker);
                out.add(qualified, positions[i]);
            }
            return out.build();
        }
        if (q instanceof SynonymQuery s) {
            SynonymQuery.Builder out = null;
            for (Term t : s.getTerms()) {
                Term qualified = term(t, speaker);
                if (out == null) out = new SynonymQuery.Builder(qualified.field());
                out.addTerm(qualified);
            }
            return out == null ? q : out.build();
        }
        if (q instanceof PrefixQuery p) return new PrefixQuery(term(p.getPrefix(), speaker));
        if (q instanceof WildcardQuery w) {
            Term t = w.getTerm();
            return new WildcardQuery(new Term(field(t.field()), escapeWildcard(label(speaker)) + t.text()));
        }
        if (q instanceof FuzzyQuery f) {
            return new FuzzyQuery(term(f.getTerm(), speaker), f.getMaxEdits(),
                    label(speaker).length() + f.getPrefixLength(), FuzzyQuery.defaultMaxExpansions, f.getTranspositions());
        }
        throw new ParseException("quote@" + speaker + " takes words, phrases, prefixes (word*), wildcards and fuzzy"
                + " words (word~), not " + q);
    }

    private static String label(String speaker) {
        return speaker + SpanTokenStream.LABEL_SEPARATOR;
    }

    private static Term term(Term t, String speaker) {
        return new Term(field(t.field()), label(speaker) + t.text());
    }

    /** {@code quote_fr} → {@code quote_by_fr}. */
    private static String field(String quoteField) {
        return Fields.TEXT_QUOTE_BY + quoteField.substring(Fields.TEXT_QUOTE.length());
    }

    private static String escapeWildcard(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
