package org.vigie.corpus.store;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.vigie.corpus.analysis.TextLanguage;

/**
 * A point-in-time view of the committed corpus. It carries the facet ordinal state of its reader,
 * built on the first faceted search and shared by every later one on the same view (building it
 * costs a pass over the facet terms; refreshes after a commit make a new view).
 */
public final class CorpusSearcher extends IndexSearcher {

    private final Set<TextLanguage> textLanguages;
    private final int schemaVersion;
    private SortedSetDocValuesReaderState facetState;
    private boolean facetStateBuilt;

    CorpusSearcher(IndexReader reader) throws IOException {
        super(reader);
        // the commit this view reads: a writer may have migrated the corpus since this store opened
        int v = CorpusSchema.VERSION;
        if (reader instanceof DirectoryReader dr) {
            try {
                v = Integer.parseInt(dr.getIndexCommit().getUserData().getOrDefault(CorpusSchema.KEY_VERSION,
                        Integer.toString(CorpusSchema.VERSION)));
            } catch (NumberFormatException e) {
                v = CorpusSchema.VERSION; // checked when the store opened
            }
        }
        schemaVersion = v;
        Set<TextLanguage> langs = EnumSet.noneOf(TextLanguage.class);
        for (FieldInfo fi : FieldInfos.getMergedFieldInfos(reader)) {
            TextLanguage l = Fields.languageOf(fi.name);
            if (l != null) langs.add(l);
        }
        textLanguages = Collections.unmodifiableSet(langs);
    }

    /** The corpus schema of the commit this view reads ({@link CorpusSchema}). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The languages with text in this view: a query is analysed for these only. */
    public Set<TextLanguage> textLanguages() {
        return textLanguages;
    }

    /** The facet state, or null when no document of this view has a facet value. */
    public synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (!facetStateBuilt) {
            FieldInfo fi = FieldInfos.getMergedFieldInfos(getIndexReader())
                    .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            facetState = fi == null ? null
                    : new DefaultSortedSetDocValuesReaderState(getIndexReader(), ArticleDocuments.facetsConfig());
            facetStateBuilt = true;
        }
        return facetState;
    }
}
