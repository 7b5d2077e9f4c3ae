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
    public Article link(Article a) {
        if (!families.contains(a.id())) families.add(a);
        return families.withLinks(a);
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
