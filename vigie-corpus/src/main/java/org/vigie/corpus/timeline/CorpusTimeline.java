package org.vigie.corpus.timeline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.vigie.corpus.search.CorpusSearch;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;

/**
 * Counts the articles a query matches per day, ISO week or month (UTC): the "attention over time"
 * chart of Media Cloud or GDELT. Stateless.
 *
 * <p>An article counts once, at its earliest publication: the date the index keeps as doc value
 * (the article's metadata date, which the store keeps as its earliest page's). The matches are
 * collected by doc id reading that doc value only: no stored field, no JSON.
 *
 * <p>The chart runs from {@code from} (else the interval of the first match) to {@code to} (else
 * the interval of the last), every interval between present, at 0 when empty. A date filter finds
 * an article by any of its publications, so a match may have its earliest publication before
 * {@code from}: it is counted as {@link Timeline#outside}, not in a bar. More than
 * {@link #MAX_INTERVALS} intervals is refused, naming the coarser intervals that fit: a chart of
 * 7,000 daily bars is unreadable, and a stray date from 1970 would otherwise stretch it silently.
 */
public final class CorpusTimeline {

    /** The most bars a timeline has: about 2.7 years of days, 19 years of weeks, 83 years of months. */
    public static final int MAX_INTERVALS = 1_000;

    private static final long DAY_MS = 86_400_000L;

    private CorpusTimeline() {
    }

    /**
     * The timeline of {@code request} on this view.
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     * @throws IllegalArgumentException the chart would have more than {@link #MAX_INTERVALS} intervals
     */
    public static Timeline count(CorpusSearcher searcher, TimelineRequest request) throws IOException {
        long t0 = System.nanoTime();
        SearchRequest r = request.search();
        Interval interval = request.interval();
        Query query = CorpusSearch.toQuery(searcher, r);
        Days matches = searcher.search(query, Days.MANAGER);
        long[] days = matches.sorted();

        long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
        long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
        int first = lowerBound(days, lo);
        int last = lowerBound(days, hi == Long.MAX_VALUE ? hi : hi + 1); // exclusive
        long outside = first + (long) (days.length - last);

        LocalDate start = r.from() != null ? r.from() : first < last ? LocalDate.ofEpochDay(days[first]) : null;
        LocalDate end = r.to() != null ? r.to() : first < last ? LocalDate.ofEpochDay(days[last - 1]) : null;
        List<TimelineBucket> buckets = new ArrayList<>();
        if (start != null && end != null) {
            checkSize(interval, start, end);
            long[] all = request.normalize() ? searcher.search(new MatchAllDocsQuery(), Days.MANAGER).sorted() : null;
            int i = first;
            // a first or last interval cut by from/to counts (matches and corpus alike) within them only
            int j = all == null ? 0 : lowerBound(all, Math.max(lo, interval.start(start).toEpochDay()));
            for (LocalDate s = interval.start(start); !s.isAfter(end); s = interval.next(s)) {
                LocalDate next = interval.next(s);
                long stop = Math.min(next.toEpochDay(), hi == Long.MAX_VALUE ? hi : hi + 1);
                long n = 0;
                while (i < last && days[i] < stop) {
                    n++;
                    i++;
                }
                Long corpus = null;
                Double share = null;
                if (all != null) {
                    long c = 0;
                    while (j < all.length && all[j] < stop) {
                        c++;
                        j++;
                    }
                    corpus = c;
                    share = c == 0 ? 0.0 : (double) n / c;
                }
                LocalDate cut = r.from() != null && r.from().isAfter(s) ? r.from() : s;
                LocalDate lastDay = LocalDate.ofEpochDay(stop - 1);
                buckets.add(new TimelineBucket(interval.label(s), cut.toString(), lastDay.toString(), n, corpus, share));
            }
        }
        long took = (System.nanoTime() - t0) / 1_000_000;
        return new Timeline(interval.key(), matches.total(), last - first, matches.undated, outside,
                request.normalize(), buckets, took);
    }

    private static void checkSize(Interval interval, LocalDate start, LocalDate end) {
        long n = interval.count(start, end);
        if (n <= MAX_INTERVALS) return;
        List<String> fit = new ArrayList<>();
        for (Interval coarser : Interval.values()) {
            long m = coarser.count(start, end);
            if (coarser.ordinal() > interval.ordinal() && m <= MAX_INTERVALS) {
                fit.add(String.format(Locale.ROOT, "%s (%,d)", coarser.key(), m));
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "a %s timeline from %s to %s would have %,d intervals, over the limit of %,d: %s", interval.key(),
                start, end, n, MAX_INTERVALS, fit.isEmpty() ? "narrow the dates with from/to"
                        : "use interval " + String.join(" or ", fit) + ", or narrow the dates with from/to"));
    }

    /** The first index of {@code sorted} whose value is >= {@code key}. */
    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The UTC epoch day of each collected article's date doc value; those without one are counted apart. */
    static final class Days extends SimpleCollector {

        static final CollectorManager<Days, Days> MANAGER = new CollectorManager<>() {
            @Override
            public Days newCollector() {
                return new Days();
            }

            @Override
            public Days reduce(Collection<Days> collectors) {
                Days all = new Days();
                for (Days d : collectors) {
                    for (int k = 0; k < d.n; k++) all.add(d.days[k]);
                    all.undated += d.undated;
                }
                return all;
            }
        };

        private long[] days = new long[256];
        private int n;
        private long undated;
        private NumericDocValues dates;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            dates = DocValues.getNumeric(context.reader(), Fields.DATE);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (dates.advanceExact(doc)) add(Math.floorDiv(dates.longValue(), DAY_MS));
            else undated++;
        }

        private void add(long day) {
            if (n == days.length) days = Arrays.copyOf(days, n * 2);
            days[n++] = day;
        }

        long total() {
            return n + undated;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(days, n);
            Arrays.sort(out);
            return out;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
