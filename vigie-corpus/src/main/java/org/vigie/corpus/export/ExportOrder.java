package org.vigie.corpus.export;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IntroSorter;
import org.vigie.corpus.store.Fields;

/**
 * The documents a query matches, in export order: by date (the indexed instant, UTC), undated
 * last, then by article id. Only three primitives per match are held (document number, date, rank
 * of its id), never an article, so memory stays a few bytes per match whatever the texts weigh.
 * The id rank comes from one walk of the id terms, which the index keeps sorted; ids have no doc
 * values to sort on.
 */
final class ExportOrder {

    private static final long UNDATED = Long.MAX_VALUE;

    private int size;
    private int[] docs = new int[64];
    private long[] dates = new long[64];
    private int[] idRanks;

    private ExportOrder() {
    }

    /** The first {@code limit} matching document numbers of {@code searcher}'s view, in export order. */
    static int[] of(IndexSearcher searcher, Query query, long limit) throws IOException {
        ExportOrder o = new ExportOrder();
        o.collect(searcher, query);
        o.rankIds(searcher.getIndexReader());
        o.sort();
        return Arrays.copyOf(o.docs, (int) Math.min(o.size, limit));
    }

    /** Live matches in increasing document number (leaves in order, documents in order within each). */
    private void collect(IndexSearcher searcher, Query query) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues date = DocValues.getNumeric(leaf.reader(), Fields.DATE);
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live != null && !live.get(d)) continue;
                add(leaf.docBase + d, date.advanceExact(d) ? date.longValue() : UNDATED);
            }
        }
    }

    private void add(int doc, long date) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            dates = Arrays.copyOf(dates, size * 2);
        }
        docs[size] = doc;
        dates[size] = date;
        size++;
    }

    /** idRanks[i] = rank of the id of docs[i] among all ids, by the terms' byte order (= string order for hex ids). */
    private void rankIds(IndexReader reader) throws IOException {
        idRanks = new int[size];
        Terms terms = MultiTerms.getTerms(reader, Fields.ID);
        if (terms == null || size == 0) return;
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        int rank = 0;
        while (te.next() != null) {
            pe = te.postings(pe, PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                int i = Arrays.binarySearch(docs, 0, size, d);   // docs is still in document order
                if (i >= 0) idRanks[i] = rank;
            }
            rank++;
        }
    }

    private void sort() {
        new IntroSorter() {
            private long pivotDate;
            private int pivotRank;

            @Override
            protected void setPivot(int i) {
                pivotDate = dates[i];
                pivotRank = idRanks[i];
            }

            @Override
            protected int comparePivot(int j) {
                int c = Long.compare(pivotDate, dates[j]);
                return c != 0 ? c : Integer.compare(pivotRank, idRanks[j]);
            }

            @Override
            protected int compare(int i, int j) {
                int c = Long.compare(dates[i], dates[j]);
                return c != 0 ? c : Integer.compare(idRanks[i], idRanks[j]);
            }

            @Override
            protected void swap(int i, int j) {
                int d = docs[i];
                docs[i] = docs[j];
                docs[j] = d;
                long t = dates[i];
                dates[i] = dates[j];
                dates[j] = t;
                int r = idRanks[i];
                idRanks[i] = idRanks[j];
                idRanks[j] = r;
            }
        }.sort(0, size);
    }
}
