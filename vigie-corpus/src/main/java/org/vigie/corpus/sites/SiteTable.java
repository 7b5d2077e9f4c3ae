package org.vigie.corpus.sites;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Publication;
import org.vigie.corpus.reprints.ReprintFamilies;
import org.vigie.corpus.reprints.WireReprint;
import org.vigie.corpus.store.ArticleDocuments;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;

/**
 * Who published what, for every stored article of one view: the sites that published its text
 * (its own and those of {@code also_published_at}, each with its date), whether it carries
 * {@code wire-reprint}, and the source of its reprint family. Read in one pass: the site and signal
 * postings inverted per segment, the stored id and own site per article, the stored JSON only for
 * articles published on several sites (for each site's own date).
 */
final class SiteTable {

    static final long UNDATED = Long.MIN_VALUE;
    private static final long DAY_MS = 86_400_000L;
    private static final int[] NO_SITES = {};
    private static final Set<String> JSON_FIELD = Set.of(Fields.JSON);

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] docs = new int[256];
    private int[] own = new int[256];
    private int[][] sites = new int[256][];
    private long[][] days = new long[256][];
    private boolean[] wire = new boolean[256];
    private int[] source;
    private int rows;

    private SiteTable() {
    }

    /** The table of every live article of {@code searcher}, with the family sources of {@code families}. */
    static SiteTable read(CorpusSearcher searcher, ReprintFamilies families) throws IOException {
        SiteTable t = new SiteTable();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) t.readLeaf(leaf);
        t.source = new int[t.rows];
        Map<String, String> sources = families == null ? Map.of() : families.sourceIds();
        for (int i = 0; i < t.rows; i++) {
            String s = sources.get(t.ids.get(i));
            Integer row = s == null ? null : t.rowOf.get(s);
            t.source[i] = row == null ? i : row;
        }
        return t;
    }

    private void readLeaf(LeafReaderContext leaf) throws IOException {
        LeafReader r = leaf.reader();
        int max = r.maxDoc();
        int[][] leafSites = new int[max][];
        Terms siteTerms = r.terms(Fields.SITE);
        if (siteTerms != null) {
            TermsEnum te = siteTerms.iterator();
            PostingsEnum pe = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                int ord = ordinal(term.utf8ToString());
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    int[] s = leafSites[d];
                    leafSites[d] = s == null ? new int[] {ord} : append(s, ord);
                }
            }
        }
        boolean[] leafWire = new boolean[max];
        Terms signalTerms = r.terms(Fields.SIGNAL);
        if (signalTerms != null) {
            TermsEnum te = signalTerms.iterator();
            if (te.seekExact(new BytesRef(WireReprint.KIND))) {
                PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) leafWire[d] = true;
            }
        }
        // Ids from the terms of the id field, not from stored fields: reading one stored field
        // decompresses the block of stored JSON around it, for every article (100 µs each).
        String[] leafIds = new String[max];
        Terms idTerms = r.terms(Fields.ID);
        if (idTerms != null) {
            TermsEnum te = idTerms.iterator();
            PostingsEnum pe = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                pe = te.postings(pe, PostingsEnum.NONE);
                String id = null;
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    leafIds[d] = id == null ? id = term.utf8ToString() : id;
                }
            }
        }
        Bits live = r.getLiveDocs();
        NumericDocValues dates = DocValues.getNumeric(r, Fields.DATE);
        StoredFields stored = r.storedFields();
        for (int d = 0; d < max; d++) {
            if (live != null && !live.get(d) || leafIds[d] == null) continue;
            long day = dates.advanceExact(d) ? Math.floorDiv(dates.longValue(), DAY_MS) : UNDATED;
            int[] s = leafSites[d] == null ? NO_SITES : leafSites[d];
            long[] sd = new long[s.length];
            Arrays.fill(sd, day);
            // one site: it is the article's own; several (a text published on several pages, rare):
            // the stored article says which is its own and when each published it
            int ownSite = s.length == 1 ? s[0] : s.length == 0 ? -1
                    : siteDays(stored.document(d, JSON_FIELD).get(Fields.JSON), s, sd);
            add(leafIds[d], leaf.docBase + d, ownSite, s, sd, leafWire[d]);
        }
    }

    /**
     * Each site's own earliest date, from the publications of an article published on several
     * sites; returns the ordinal of its own site (that of its metadata), -1 when it names none.
     */
    private int siteDays(String json, int[] s, long[] sd) {
        if (json == null) return -1;
        Article a = ArticleJson.fromJson(json);
        Arrays.fill(sd, UNDATED);
        List<Publication> pubs = new ArrayList<>();
        pubs.add(Publication.of(a.metadata()));
        pubs.addAll(a.alsoPublishedAt());
        String ownSite = ArticleDocuments.site(a);
        for (int p = 0; p < pubs.size(); p++) {
            String site = p == 0 ? ownSite : ArticleDocuments.site(pubs.get(p));
            Long millis = ArticleDocuments.dateMillis(pubs.get(p).date());
            Integer ord = site == null ? null : ordinals.get(site);
            if (ord == null || millis == null) continue;
            long day = Math.floorDiv(millis, DAY_MS);
            for (int k = 0; k < s.length; k++) {
                if (s[k] == ord && (sd[k] == UNDATED || day < sd[k])) sd[k] = day;
            }
        }
        Integer own = ownSite == null ? null : ordinals.get(ownSite);
        return own == null ? -1 : own;
    }

    private void add(String id, int doc, int ownSite, int[] s, long[] sd, boolean w) {
        if (rows == docs.length) {
            int n = rows * 2;
            docs = Arrays.copyOf(docs, n);
            own = Arrays.copyOf(own, n);
            sites = Arrays.copyOf(sites, n);
            days = Arrays.copyOf(days, n);
            wire = Arrays.copyOf(wire, n);
        }
        docs[rows] = doc;
        own[rows] = ownSite;
        sites[rows] = s;
        days[rows] = sd;
        wire[rows] = w;
        ids.add(id);
        rowOf.put(id, rows);
        rows++;
    }

    private int ordinal(String site) {
        Integer o = ordinals.get(site);
        if (o != null) return o;
        names.add(site);
        ordinals.put(site, names.size() - 1);
        return names.size() - 1;
    }

    private static int[] append(int[] a, int v) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }

    // ---- reading the table -----------------------------------------------------------------

    int rows() {
        return rows;
    }

    int siteCount() {
        return names.size();
    }

    String name(int ordinal) {
        return names.get(ordinal);
    }

    /** The ordinal of a normalised site name, or -1 when no stored article names it. */
    int ordinalOf(String site) {
        Integer o = ordinals.get(site);
        return o == null ? -1 : o;
    }

    List<String> names() {
        return List.copyOf(names);
    }

    String id(int row) {
        return ids.get(row);
    }

    /** The Lucene doc id of a row in the view it was read from. */
    int doc(int row) {
        return docs[row];
    }

    int[] sites(int row) {
        return sites[row];
    }

    /** The epoch day {@code sites(row)[k]} published the text, or {@link #UNDATED}. */
    long day(int row, int k) {
        return days[row][k];
    }

    boolean wire(int row) {
        return wire[row];
    }

    /** The row of the source of the row's reprint family: the row itself when it has no copies or is the source. */
    int source(int row) {
        return source[row];
    }

    /**
     * The site the row's text was first published by: the own (earliest) site of its family's
     * source; -1 when that article names no site.
     */
    int firstSite(int row) {
        return own[source[row]];
    }

    /** The epoch day the row's text was first published (its first site's own date), or {@link #UNDATED}. */
    long firstDay(int row) {
        int src = source[row];
        int site = own[src];
        int[] s = sites[src];
        for (int k = 0; k < s.length; k++) if (s[k] == site) return days[src][k];
        return UNDATED;
    }

    /** The site {@code site} copied the row's text from (its first site, when that is another), else -1. */
    int copiedFrom(int row, int site) {
        int first = firstSite(row);
        return first >= 0 && first != site ? first : -1;
    }
}
