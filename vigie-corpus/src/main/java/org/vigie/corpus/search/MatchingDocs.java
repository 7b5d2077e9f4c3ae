package org.vigie.corpus.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * The doc ids a query matches, as one bit set over the whole view: for the corpus-wide views (site
 * profiles, quotation trails) that walk every match rather than rank the top few.
 */
public final class MatchingDocs implements CollectorManager<MatchingDocs.Bits, FixedBitSet> {

    private final int maxDoc;

    private MatchingDocs(int maxDoc) {
        this.maxDoc = maxDoc;
    }

    /** The docs of {@code searcher}'s view that {@code query} matches. */
    public static FixedBitSet of(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new MatchingDocs(searcher.getIndexReader().maxDoc()));
    }

    @Override
    public Bits newCollector() {
        return new Bits(new FixedBitSet(Math.max(1, maxDoc)));
    }

    @Override
    public FixedBitSet reduce(Collection<Bits> collectors) {
        FixedBitSet all = new FixedBitSet(Math.max(1, maxDoc));
        for (Bits b : collectors) all.or(b.set);
        return all;
    }

    /** One slice's matches, set at their view-wide doc ids. */
    public static final class Bits extends SimpleCollector {
        private final FixedBitSet set;
        private int base;

        Bits(FixedBitSet set) {
            this.set = set;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
        }

        @Override
        public void collect(int doc) {
            set.set(base + doc);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
