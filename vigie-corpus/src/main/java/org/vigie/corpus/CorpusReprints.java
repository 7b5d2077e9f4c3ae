package org.vigie.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.vigie.core.model.Article;
import org.vigie.corpus.reprints.ReprintConfig;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.ReprintFamily;
import org.vigie.corpus.reprints.ReprintStateFile;
import org.vigie.corpus.reprints.SourceRanking;

/**
 * The reprint families of a corpus, kept beside its index ({@code DATA/reprints.bin}) and updated
 * as articles arrive. The index is the system of record: the state file is saved after each
 * committed batch, and on open any stored article the file does not know (a crash between the
 * two) is added again, so families always cover exactly what is stored.
 */
public final class CorpusReprints {

    private final Corpus corpus;
    private final ReprintFamilies families;
    private final boolean reconciled;
    private final java.util.Set<String> touched = new java.util.LinkedHashSet<>();

    private CorpusReprints(Corpus corpus, ReprintFamilies families, boolean reconciled) {
        this.corpus = corpus;
        this.families = families;
        this.reconciled = reconciled;
    }

    /** Loads the families of {@code corpus} and reconciles them with what the index holds. */
    public static CorpusReprints open(Corpus corpus) throws IOException {
        ReprintFamilies f = ReprintStateFile.load(corpus.dataDir(), ReprintConfig.DEFAULT, SourceRanking.defaults());
        boolean reconciled = false;
        if (f.size() != corpus.count()) {
            corpus.forEach(a -> {
                if (!f.contains(a.id())) f.add(a);
            });
            reconciled = true;
        }
        return new CorpusReprints(corpus, f, reconciled);
    }

    /** True when opening had to add stored articles the state file lacked (save it, if writable). */
    public boolean reconciled() {
        return reconciled;
    }

    /** Adds the article to its family (once) and returns it with {@code reprint_of}/{@code family_id} set. */
    public synchronized Article link(Article a) {
        if (!families.contains(a.id())) {
            ReprintFamilies.Assignment added = families.add(a);
            if (!added.matched().isEmpty()) touched.add(added.familyId());
        }
        return families.withLinks(a);
    }

    /** The article with its links as they stand now (later articles may have joined its family). */
    public Article relink(Article a) {
        return families.withLinks(a);
    }

    /**
     * Stored articles whose links went stale since the last call — an earlier member becomes a
     * family's source, or families merged — re-linked, to be stored again with {@code batch}.
     */
    public synchronized List<Article> staleStored(java.util.Collection<Article> batch) throws IOException {
        java.util.Set<String> inBatch = new java.util.HashSet<>();
        for (Article a : batch) inBatch.add(a.id());
        List<Article> out = new java.util.ArrayList<>();
        for (String family : touched) {
            for (String id : families.members(family)) {
                if (inBatch.contains(id)) continue;
                Article stored = corpus.get(id).orElse(null);
                if (stored == null) continue;
                Article now = families.withLinks(stored);
                if (!java.util.Objects.equals(now.familyId(), stored.familyId())
                        || !java.util.Objects.equals(now.reprintOf(), stored.reprintOf())) {
                    out.add(now);
                }
            }
        }
        touched.clear();
        return out;
    }

    /** Persists the families; call after the batch holding the linked articles is committed. */
    public void save() throws IOException {
        ReprintStateFile.save(families, corpus.dataDir());
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
