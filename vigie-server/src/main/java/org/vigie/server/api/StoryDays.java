package org.vigie.server.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusStories;

/**
 * The story clusters of a day, computed on demand (not persisted yet: see {@link CorpusStories}) and
 * shared by the API and the UI. Clustering reads every article of the five-day window (hundreds on
 * a busy corpus), so recent answers are kept while the corpus holds the same number of articles
 * (any ingest of a new article changes it).
 */
public final class StoryDays {

    private static final int KEPT = 128;
    private final Corpus corpus;
    private final Map<String, CorpusStories.Day> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CorpusStories.Day> eldest) {
            return size() > KEPT;
        }
    };

    public StoryDays(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The stories of {@code day} with at least {@code minSize} articles. */
    public CorpusStories.Day on(LocalDate day, int minSize) throws IOException {
        String key = corpus.count() + "/" + day + "/" + minSize;
        synchronized (kept) {
            CorpusStories.Day d = kept.get(key);
            if (d != null) return d;
        }
        CorpusStories.Day d = CorpusStories.on(corpus, day, minSize);
        synchronized (kept) {
            kept.put(key, d);
        }
        return d;
    }
}
