package org.vigie.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.vigie.core.model.Article;
import org.vigie.corpus.publications.Publications;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.corpus.store.Journal;
import org.vigie.corpus.reprints.ReprintConfig;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.ReprintFamily;
import org.vigie.corpus.reprints.ReprintStateFile;
import org.vigie.corpus.reprints.SourceRanking;

/**
 * The reprint families of a corpus, kept beside its index ({@code DATA/reprints.bin}) and updated
 * as articles arrive. The index is the system of record: the state file is saved after committed
 * batches (after each one by {@code vigie ingest}, every so many articles by {@link GroupCommit}),
 * and on open the stored articles the file does not know (committed since it was saved) are added
 * again in the order the journal recorded them, which is the order they were first linked in. A
 * family's members and source depend on the articles and that order only, so the families
 * reopened are exactly those the writer had: the state file is a cache, and saving it less often
 * loses nothing.
 */
public final class CorpusReprints {

    private final Corpus corpus;
    private volatile ReprintFamilies families;
    private final boolean reconciled;
    private final java.util.Set<String> touched = new java.util.LinkedHashSet<>();
    /** Publications of the articles linked since the last commit, by id: a batch may hold one text twice. */
    private final java.util.Map<String, Article> linked = new java.util.HashMap<>();

    private CorpusReprints(Corpus corpus, ReprintFamilies families, boolean reconciled) {
        this.corpus = corpus;
        this.families = families;
        this.reconciled = reconciled;
    }

    /** Loads the families of {@code corpus} and reconciles them with what the index holds. */
    public static CorpusReprints open(Corpus corpus) throws IOException {
        ReprintFamilies f = ReprintStateFile.load(corpus.dataDir(), ReprintConfig.DEFAULT, SourceRanking.defaults());
        boolean reconciled = reconcile(corpus, f);
        return new CorpusReprints(corpus, f, reconciled);
    }

    /**
     * Adds to {@code f} the stored articles it lacks: first those the journal holds, in journal
     * order (first appearance: when each was first committed), then any stored before the corpus
     * had a journal, in index order. Returns whether anything was added.
     */
    private static boolean reconcile(Corpus corpus, ReprintFamilies f) throws IOException {
        long stored = corpus.count();
        if (f.size() == stored) return false;
        CorpusStore store = corpus.store();
        // A reader's commit counter may be behind the writer's: it takes every complete batch, and
        // the index says which are stored.
        long limit = store.readOnly() ? Long.MAX_VALUE : store.batches();
        for (String id : Journal.scan(corpus.dataDir(), limit).latest().keySet()) {
            if (f.size() == stored) break;
            if (f.contains(id)) continue;
            Optional<Article> a = corpus.get(id);
            if (a.isPresent()) f.add(a.get());
        }
        if (f.size() != stored) {
            corpus.forEach(a -> {
                if (!f.contains(a.id())) f.add(a);
            });
        }
        return true;
    }

    /**
     * Drops the families held in memory and loads them again from the state file and the index:
     * after a batch whose commit failed, whose articles were linked but are not stored.
     */
    public synchronized void reload() throws IOException {
        ReprintFamilies f = ReprintStateFile.load(corpus.dataDir(), ReprintConfig.DEFAULT, SourceRanking.defaults());
        reconcile(corpus, f);
        touched.clear();
        linked.clear();
        families = f;
    }

    /** True when opening had to add stored articles the state file lacked (save it, if writable). */
    public boolean reconciled() {
        return reconciled;
    }

    /**
     * Adds the article to its family and returns it with {@code reprint_of}/{@code family_id} and its
     * wire-reprint signal set. A known article (the same text from another page, or the same page
     * again) is entered by its earliest publication ({@link Publications#merge}), which may change its
     * family's source; the store keeps all its publications when it is written.
     */
    public synchronized Article link(Article a) {
        ReprintFamilies families = this.families;
        if (!families.contains(a.id())) {
            ReprintFamilies.Assignment added = families.add(a);
            if (!added.matched().isEmpty()) touched.add(added.familyId());
            linked.put(a.id(), publicationsOnly(a));
        } else {
            // The same text again, maybe from another page: the family entry follows the earliest
            // publication of all those known (stored, or linked in a batch not yet stored).
            Article earlier = linked.get(a.id());
            if (earlier == null) earlier = stored(a.id());
            Article merged = Publications.merge(earlier, a, SourceRanking.defaults());
            linked.put(a.id(), publicationsOnly(merged));
            if (families.refresh(merged)) families.familyId(a.id()).ifPresent(touched::add);
        }
        return families.withLinks(a);
    }

    /** What the families need of an article's publications: no text, no layers (ids kept). */
    private static Article publicationsOnly(Article a) {
        return new Article(a.id(), a.sourceId(), a.title(), null, "", "", null, null, 0, List.of(), a.origin(),
                a.metadata(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null,
                a.alsoPublishedAt());
    }

    private Article stored(String id) {
        try {
            return corpus.get(id).map(CorpusReprints::publicationsOnly).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The article with the {@link org.vigie.corpus.reprints.WireReprint} signal it would get if it were
     * stored now, and the {@link org.vigie.corpus.reprints.FigureChange} signal when it copies a stored
     * text with other figures, for a page checked against the corpus without storing it; nothing
     * changes here.
     */
    public Article compare(Article a) {
        ReprintFamilies families = this.families;
        Article marked = org.vigie.corpus.reprints.WireReprint.mark(a, families.provenanceOf(a));
        String sourceId = families.sourceIdOf(a);
        Article source = null;
        if (sourceId != null) {
            try {
                source = corpus.get(sourceId).orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return org.vigie.corpus.reprints.FigureChange.mark(marked, source);
    }

    /** The article with its links as they stand now (later articles may have joined its family). */
    public Article relink(Article a) {
        return families.withLinks(a);
    }

    /**
     * What to write for a batch of articles each passed through {@link #link}: each with its links
     * as they stand after the whole batch (a copy may come before its source) and its
     * {@link org.vigie.corpus.reprints.FigureChange} mark, then the stored articles gone stale
     * ({@link #staleStored}): one batch of {@code vigie ingest}, one group of the server's
     * {@link GroupCommit}.
     */
    public List<Article> toWrite(List<Article> linked) throws IOException {
        List<Article> relinked = new java.util.ArrayList<>(linked.size());
        for (Article a : linked) relinked.add(relink(a));
        List<Article> batch = new java.util.ArrayList<>(markFigures(relinked));
        batch.addAll(staleStored(batch));
        return batch;
    }

    /**
     * {@code batch} (linked: {@link #relink}) with the {@link org.vigie.corpus.reprints.FigureChange}
     * signal of each copy against its source, read from the batch when the source is in it, else
     * from the store: a copy that gives a stored text's figures other values says so when stored,
     * and is found by {@code --signal figure-changed}.
     */
    public List<Article> markFigures(List<Article> batch) throws IOException {
        java.util.Map<String, Article> byId = new java.util.HashMap<>();
        for (Article a : batch) byId.putIfAbsent(a.id(), a);
        java.util.Map<String, Optional<Article>> stored = new java.util.HashMap<>();
        List<Article> out = new java.util.ArrayList<>(batch.size());
        for (Article a : batch) out.add(withFigures(a, byId, stored));
        return out;
    }

    /** {@code a} marked against its source ({@code reprint_of}), found in {@code batch} or the store (cached in {@code stored}). */
    private Article withFigures(Article a, java.util.Map<String, Article> batch, java.util.Map<String, Optional<Article>> stored)
            throws IOException {
        String sourceId = a.reprintOf();
        Article source = sourceId == null ? null : batch.get(sourceId);
        if (sourceId != null && source == null) {
            Optional<Article> s = stored.get(sourceId);
            if (s == null) {
                s = corpus.get(sourceId);
                stored.put(sourceId, s);
            }
            source = s.orElse(null);
        }
        return org.vigie.corpus.reprints.FigureChange.mark(a, source);
    }

    /**
     * Stored articles whose links went stale since the last call — an earlier member becomes a
     * family's source, families merged, a wire source joined ({@link org.vigie.corpus.reprints.WireReprint}),
     * a new source has other figures ({@link org.vigie.corpus.reprints.FigureChange}) — re-linked, to
     * be stored again with {@code batch}.
     */
    public synchronized List<Article> staleStored(java.util.Collection<Article> batch) throws IOException {
        ReprintFamilies families = this.families;
        java.util.Map<String, Article> inBatch = new java.util.HashMap<>();
        for (Article a : batch) inBatch.putIfAbsent(a.id(), a);
        java.util.Map<String, Optional<Article>> sources = new java.util.HashMap<>();
        List<Article> out = new java.util.ArrayList<>();
        for (String family : touched) {
            for (String id : families.members(family)) {
                if (inBatch.containsKey(id)) continue;
                Article stored = corpus.get(id).orElse(null);
                if (stored == null) continue;
                Article now = withFigures(families.withLinks(stored), inBatch, sources);
                if (!java.util.Objects.equals(now.familyId(), stored.familyId())
                        || !java.util.Objects.equals(now.reprintOf(), stored.reprintOf())
                        || !now.signals().equals(stored.signals())) {
                    out.add(now);
                }
            }
        }
        touched.clear();
        linked.clear(); // the batch is about to be written: its publications are read back from the store
        return out;
    }

    /** Persists the families; call after the batch holding the linked articles is committed. */
    public void save() throws IOException {
        ReprintStateFile.save(families, corpus.dataDir());
        synchronized (this) {
            linked.clear();
        }
    }

    public Optional<ReprintFamily> family(String familyId) {
        return families.family(familyId, this::find);
    }

    public Optional<ReprintFamily> familyOf(String articleId) {
        return families.familyOf(articleId, this::find);
    }

    /** The largest families first (at least two members). */
    public List<ReprintFamilies.Summary> largest(int n) {
        return families.largest(n, 2);
    }

    /** Every family with at least two members, in ingestion order of its first member. */
    public List<String> familyIds() {
        return families.familyIds(2);
    }

    public ReprintFamilies families() {
        return families;
    }

    private Article find(String id) {
        try {
            return corpus.get(id).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
