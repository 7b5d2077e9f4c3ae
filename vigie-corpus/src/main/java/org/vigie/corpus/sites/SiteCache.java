package org.vigie.corpus.sites;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.corpus.reprints.ReprintFamilies;

/**
 * Site lists and profiles already computed on the commit the corpus is at. Both read every
 * article of a site (or of the corpus) and diff copies against their sources, tens to hundreds of
 * milliseconds, while their inputs change only when a batch is committed: an answer is kept under
 * the commit it was computed on ({@code CorpusState#commit}, the name the feeds' ETag uses), the
 * request, the reprint families (the object and its {@link ReprintFamilies#changes() change
 * count}: the server links a batch's articles before committing it) and the ratings list. The
 * first request on another commit empties the cache; at most {@code capacity} answers are kept,
 * least recently used first out. Two concurrent misses on the same key both compute (the answer
 * is the same); nothing is held while computing.
 */
public final class SiteCache {

    /** Answers kept by default: the site list under a few filters, and the profiles a reader browses. */
    public static final int DEFAULT_CAPACITY = 64;

    /** Computes an answer on a miss. */
    @FunctionalInterface
    public interface Compute<T> {
        T get() throws IOException;
    }

    private record Key(Object request, ReprintFamilies families, long familyChanges, SiteRatings ratings) {
    }

    private final int capacity;
    private final LinkedHashMap<Key, Object> answers;
    private String commit;
    private long hits;
    private long misses;

    public SiteCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > SiteCache.this.capacity;
            }
        };
    }

    public SiteCache() {
        this(DEFAULT_CAPACITY);
    }

    /** The site list of {@code filter} on {@code commit}, computed by {@code compute} unless kept. */
    public SiteList list(String commit, Object filter, ReprintFamilies families, SiteRatings ratings,
                         Compute<SiteList> compute) throws IOException {
        return answer(commit, new Key(new ListOf(filter), families, families.changes(), ratings), compute);
    }

    /** The profile {@code request} asks on {@code commit}, computed by {@code compute} unless kept. */
    public SiteProfile profile(String commit, SiteRequest request, ReprintFamilies families, SiteRatings ratings,
                               Compute<SiteProfile> compute) throws IOException {
        return answer(commit, new Key(request, families, families.changes(), ratings), compute);
    }

    /** The site list {@link #list} would give without computing, or null when it is not kept. */
    public synchronized SiteList keptList(String commit, Object filter, ReprintFamilies families, SiteRatings ratings) {
        return (SiteList) kept(commit, new Key(new ListOf(filter), families, families.changes(), ratings));
    }

    /** The profile {@link #profile} would give without computing, or null when it is not kept. */
    public synchronized SiteProfile keptProfile(String commit, SiteRequest request, ReprintFamilies families, SiteRatings ratings) {
        return (SiteProfile) kept(commit, new Key(request, families, families.changes(), ratings));
    }

    private Object kept(String at, Key key) {
        if (!at.equals(commit)) return null;
        Object v = answers.get(key);
        if (v != null) hits++;
        return v;
    }

    /** Keeps a list's key apart from a profile's whatever the filter's type. */
    private record ListOf(Object filter) {
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(String at, Key key, Compute<T> compute) throws IOException {
        synchronized (this) {
            if (!at.equals(commit)) {
                answers.clear(); // a new commit: every answer may have changed
                commit = at;
            }
            Object kept = answers.get(key);
            if (kept != null) {
                hits++;
                return (T) kept;
            }
            misses++;
        }
        T value = compute.get();
        synchronized (this) {
            // not kept when a newer commit was asked meanwhile (this answer is of an older view)
            if (at.equals(commit)) answers.put(key, value);
        }
        return value;
    }

    /** Requests answered from the cache, and computed, since it was made. */
    public synchronized long[] counts() {
        return new long[] {hits, misses};
    }
}
