package org.vigie.corpus.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.util.StringHelper;
import org.vigie.corpus.CorpusState;
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
    private final Path indexDir;
    private final Instant opened = Instant.now();
    private CorpusState state;

    CorpusSearcher(IndexReader reader) throws IOException {
        this(reader, null);
    }

    CorpusSearcher(IndexReader reader, Path indexDir) throws IOException {
        super(reader);
        this.indexDir = indexDir;
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

    /**
     * The commit this view reads (computed once per view: a stat of the commit's segments file). A
     * reader that is not a commit point's (never the store's) gets its version and the time the view opened.
     */
    public synchronized CorpusState state() {
        if (state == null) {
            IndexReader r = getIndexReader();
            String commit = Long.toString(r instanceof DirectoryReader dr ? dr.getVersion() : 0L, 36);
            Instant at = opened;
            if (r instanceof StandardDirectoryReader sdr) {
                commit = StringHelper.idToString(sdr.getSegmentInfos().getId()) + "-" + commit;
                if (indexDir != null) {
                    try {
                        at = Files.getLastModifiedTime(indexDir.resolve(sdr.getSegmentInfos().getSegmentsFileName())).toInstant();
                    } catch (IOException e) {
                        at = opened; // the commit may be gone once a newer one is taken: the view is newer than it anyway
                    }
                }
            }
            state = new CorpusState(commit, at, r.numDocs());
        }
        return state;
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
