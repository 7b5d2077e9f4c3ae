package org.vigie.corpus.search;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;

/** Runs a {@link SearchRequest} on one point-in-time view of the corpus. Stateless. */
public final class CorpusSearch {

    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.SOURCE_ID, Fields.TITLE, Fields.DATE,
            Fields.SITE, Fields.LANGUAGE, Fields.STANDFIRST_START, Fields.BODY_START);
    private static final Sort BY_DATE;

    static {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        BY_DATE = new Sort(date, SortField.FIELD_SCORE);
    }

    private CorpusSearch() {
    }

    /** The Lucene query for a request: the parsed text query, filtered. Exposed for tools and tests. */
    public static Query toQuery(CorpusSearcher searcher, SearchRequest r) {
        return filtered(new CorpusQueryParser(searcher.textLanguages()).parseUser(r.query()), r);
    }

    private static Query filtered(Query text, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        for (String e : r.entities()) b.add(term(Fields.ENTITY, e), BooleanClause.Occur.FILTER);
        for (String s : r.speakers()) b.add(term(Fields.SPEAKER, s), BooleanClause.Occur.FILTER);
        for (String s : r.signals()) b.add(term(Fields.SIGNAL, s), BooleanClause.Occur.FILTER);
        for (String c : r.countries()) b.add(term(Fields.COUNTRY, c), BooleanClause.Occur.FILTER);
        anyOf(b, Fields.SITE, r.sites());
        anyOf(b, Fields.LANGUAGE, r.languages());
        anyOf(b, Fields.AUTHOR, r.authors());
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE
                    : r.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long hi = r.to() == null ? Long.MAX_VALUE
                    : r.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(Fields.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    public static SearchResult search(CorpusSearcher searcher, SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        Query textQuery = new CorpusQueryParser(searcher.textLanguages()).parseUser(r.query());
        Query query = filtered(textQuery, r);
        int n = Math.max(1, r.offset() + r.size());
        Sort sort = r.sort() == SearchRequest.Sort.DATE ? BY_DATE : null;

        SortedSetDocValuesReaderState facetState = r.facetSize() > 0 ? searcher.facetState() : null;
        TopDocs top;
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (facetState != null) {
            FacetsCollectorManager.FacetsResult fr = sort == null
                    ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, n, sort, new FacetsCollectorManager());
            top = fr.topDocs();
            facets = countFacets(searcher, facetState, fr.facetsCollector(), r.facetSize());
        } else {
            top = sort == null
                    ? searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE))
                    : searcher.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
            if (r.facetSize() > 0) {
                for (String dim : Fields.FACETS) facets.put(dim, List.of());
            }
        }

        ScoreDoc[] docs = top.scoreDocs;
        int from = Math.min(r.offset(), docs.length);
        int to = Math.min(docs.length, r.offset() + r.size());
        List<SearchHit> hits = new ArrayList<>();
        if (from < to) {
            int[] ids = new int[to - from];
            Document[] stored = new Document[to - from];
            StoredFields fields = searcher.storedFields();
            for (int i = from; i < to; i++) {
                ids[i - from] = docs[i].doc;
                stored[i - from] = fields.document(docs[i].doc, HIT_FIELDS);
            }
            Snippet[] snippets = snippets(searcher, textQuery, ids, stored);
            for (int i = from; i < to; i++) {
                Document d = stored[i - from];
                Float score = sort == null ? docs[i].score : null;
                hits.add(new SearchHit(d.get(Fields.ID), d.get(Fields.SOURCE_ID), d.get(Fields.TITLE), score,
                        d.get(Fields.DATE), d.get(Fields.SITE), d.get(Fields.LANGUAGE), snippets[i - from]));
            }
        }
        long took = (System.nanoTime() - t0) / 1_000_000;
        return new SearchResult(top.totalHits.value, r.offset(), hits, facets, took);
    }

    private static Map<String, List<FacetCount>> countFacets(CorpusSearcher searcher, SortedSetDocValuesReaderState state,
            FacetsCollector fc, int size) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        Set<String> indexedDims = new LinkedHashSet<>();
        state.getDims().forEach(indexedDims::add);
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            List<FacetCount> values = new ArrayList<>();
            if (indexedDims.contains(dim)) {
                FacetResult res = counts.getTopChildren(size, dim);
                if (res != null) {
                    for (LabelAndValue lv : res.labelValues) {
                        values.add(new FacetCount(lv.label, lv.value.intValue(), label(searcher, dim, lv.label)));
                    }
                }
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    /**
     * The canonical name behind an entity or speaker facet value, which is the entity's id when it
     * has one ("per-6f1c…"): read from one article that has it; a country's name for its code.
     * Other values are their own label.
     */
    private static String label(CorpusSearcher searcher, String dim, String value) throws IOException {
        if (dim.equals(Fields.FACET_COUNTRY)) return countryName(value);
        boolean speaker = dim.equals(Fields.FACET_SPEAKER);
        if (!speaker && !dim.equals(Fields.FACET_ENTITY)) return value;
        String key = dim + '\u0000' + value;
        String known = LABELS.get(key);
        if (known != null) return known;
        String label = readLabel(searcher, speaker, value);
        if (LABELS.size() >= MAX_LABELS) LABELS.clear();
        LABELS.put(key, label);
        return label;
    }

    /** A country's English name (the JDK's CLDR data), or its code when the JDK knows none. */
    public static String countryName(String code) {
        String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    /**
     * Labels already read: an id is made from its entity's name or registry entry, so its label does
     * not change, and a facet list would otherwise parse up to twenty articles per search.
     */
    private static final Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_LABELS = 100_000;

    private static String readLabel(CorpusSearcher searcher, boolean speaker, String value) throws IOException {
        TopDocs one = searcher.search(term(speaker ? Fields.SPEAKER : Fields.ENTITY, value), 1);
        if (one.scoreDocs.length == 0) return value;
        String json = searcher.storedFields().document(one.scoreDocs[0].doc, Set.of(Fields.JSON)).get(Fields.JSON);
        Article a = ArticleJson.fromJson(json);
        if (speaker) {
            for (Quote q : a.quotes()) {
                if (q.speaker() != null && value.equals(q.speaker().entityId())) return q.speaker().canonical();
            }
        } else {
            for (Entity e : a.entities()) {
                if (value.equals(e.entityId())) return e.canonical();
            }
        }
        return value;
    }

    /**
     * One snippet per doc: the passages around the matched quotations when {@code quote:} matches,
     * else the body's best passages when the body matches, else the standfirst's, else the
     * title's, else the start of the body.
     */
    private static Snippet[] snippets(CorpusSearcher searcher, Query textQuery, int[] ids, Document[] stored)
            throws IOException {
        Snippet[] out = new Snippet[ids.length];
        TextLanguage[] langs = new TextLanguage[ids.length];
        int[] standfirstStart = new int[ids.length];
        int[] bodyStart = new int[ids.length];
        Set<TextLanguage> present = EnumSet.noneOf(TextLanguage.class);
        for (int i = 0; i < ids.length; i++) {
            Document d = stored[i];
            langs[i] = TextLanguage.of(d.get(Fields.LANGUAGE));
            standfirstStart[i] = intValue(d.getField(Fields.STANDFIRST_START));
            bodyStart[i] = intValue(d.getField(Fields.BODY_START));
            present.add(langs[i]);
        }
        // Field order is preference order: quotations (only when the query names quote: or
        // quote@speaker:), body, standfirst, title.
        List<String> parts = List.of(Fields.TEXT_QUOTE_BY, Fields.TEXT_QUOTE, Fields.TEXT_BODY, Fields.TEXT_STANDFIRST,
                Fields.TEXT_TITLE);
        List<String> fields = new ArrayList<>();
        for (String part : parts) {
            for (TextLanguage l : present) fields.add(Fields.text(part, l));
        }
        String[] fieldArray = fields.toArray(String[]::new);
        int[] maxPassages = new int[fieldArray.length];
        for (int f = 0; f < fieldArray.length; f++) maxPassages[f] = fieldArray[f].startsWith(Fields.TEXT_BODY)
                || fieldArray[f].startsWith(Fields.TEXT_QUOTE) ? 2 : 1;
        Object[][] hl = new ArticleHighlighter(searcher).highlight(fieldArray, textQuery, ids, maxPassages);
        for (int i = 0; i < ids.length; i++) {
            ArticleHighlighter.FieldSnippet fallback = null;
            String fallbackPart = null;
            for (int f = 0; f < fieldArray.length && out[i] == null; f++) {
                if (Fields.languageOf(fieldArray[f]) != langs[i] || hl[f] == null) continue;
                if (!(hl[f][i] instanceof ArticleHighlighter.FieldSnippet fs)) continue;
                String part = fieldArray[f].substring(0, fieldArray[f].lastIndexOf('_'));
                if (part.equals(Fields.TEXT_QUOTE_BY)) part = Fields.TEXT_QUOTE;
                if (!fs.marks().isEmpty()) {
                    out[i] = toSnippet(fs, part, offsetOf(part, standfirstStart[i], bodyStart[i]));
                } else if (fallback == null) {
                    fallback = fs;
                    fallbackPart = part;
                }
            }
            if (out[i] == null && fallback != null) {
                out[i] = toSnippet(fallback, fallbackPart, offsetOf(fallbackPart, standfirstStart[i], bodyStart[i]));
            }
        }
        return out;
    }

    private static int offsetOf(String part, int standfirstStart, int bodyStart) {
        return switch (part) {
            case Fields.TEXT_TITLE, Fields.TEXT_QUOTE -> 0; // quotations: offsets into the whole text
            case Fields.TEXT_STANDFIRST -> standfirstStart;
            default -> bodyStart;
        };
    }

    private static Snippet toSnippet(ArticleHighlighter.FieldSnippet fs, String part, int partStart) {
        List<Snippet.Highlight> hs = new ArrayList<>();
        for (int k = 0; k < fs.marks().size(); k++) {
            int[] m = fs.marks().get(k);
            int[] o = fs.fieldOffsets().get(k);
            hs.add(new Snippet.Highlight(m[0], m[1],
                    new Span(partStart + o[0], partStart + o[1], fs.matchTexts().get(k))));
        }
        return new Snippet(fs.text(), part, hs);
    }

    private static int intValue(IndexableField f) {
        return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, CorpusQueryParser.keyword(field, value)));
    }

    private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
        if (values.isEmpty()) return;
        if (values.size() == 1) {
            b.add(term(field, values.get(0)), BooleanClause.Occur.FILTER);
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) any.add(term(field, v), BooleanClause.Occur.SHOULD);
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }
}
