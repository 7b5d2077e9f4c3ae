package org.vigie.corpus.quotes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.util.FixedBitSet;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.reprints.SourceRanking;
import org.vigie.corpus.search.CorpusSearch;
import org.vigie.corpus.search.MatchingDocs;
import org.vigie.corpus.store.ArticleDocuments;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;

/**
 * Quotation trails of a corpus view: the direct quotations of every stored article that has one
 * (the {@code quote_*} fields say which, so articles without quotations are never read) are read
 * from the stored JSON (only the id, headline, publications and quotations are parsed; the text and
 * the other layers are skipped), grouped by {@link QuoteTrails}, and kept for the view's commit:
 * the next request on the same commit reuses them.
 */
public final class CorpusQuotes {

    /** The trails of one commit, with the article doc of each source. */
    private record Built(String commit, QuoteTrails trails, java.util.Map<String, Integer> docOfArticle) {
    }

    private static volatile Built cache;

    private CorpusQuotes() {
    }

    /** The trails of the view (built, or reused for the same commit). */
    public static QuoteTrails trails(CorpusSearcher searcher) throws IOException {
        return built(searcher).trails();
    }

    private static Built built(CorpusSearcher searcher) throws IOException {
        String commit = searcher.state().commit();
        Built b = cache;
        if (b != null && b.commit().equals(commit)) return b;
        List<QuoteTrails.Source> sources = new ArrayList<>();
        java.util.Map<String, Integer> docOf = new java.util.HashMap<>();
        FixedBitSet withQuotes = MatchingDocs.of(searcher, withQuotes(searcher));
        StoredFields stored = searcher.storedFields();
        ObjectMapper mapper = ArticleJson.mapper();
        for (int d = withQuotes.nextSetBit(0); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 >= withQuotes.length() ? org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS : withQuotes.nextSetBit(d + 1)) {
            Document doc = stored.document(d, Set.of(Fields.JSON));
            Parsed p = parse(mapper, doc.get(Fields.JSON));
            if (p.id == null) continue;
            docOf.put(p.id, d);
            sources.addAll(p.sources());
        }
        QuoteTrails t = QuoteTrails.build(sources, SourceRanking.defaults());
        b = new Built(commit, t, docOf);
        cache = b;
        return b;
    }

    /** The articles with a quotation: a {@code quote_<lang>} field (norms exist for every indexed text field). */
    private static BooleanQuery withQuotes(CorpusSearcher searcher) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (TextLanguage l : TextLanguage.values()) {
            q.add(new FieldExistsQuery(Fields.text(Fields.TEXT_QUOTE, l)), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    /**
     * The trails with an appearance in an article {@code request}'s filter selects (and, with a
     * speaker filter, attributed to that speaker), most sites first.
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException the query cannot be read
     */
    public static QuoteTrailList list(CorpusSearcher searcher, QuoteRequest request) throws IOException {
        long t0 = System.nanoTime();
        Built b = built(searcher);
        FixedBitSet selected = MatchingDocs.of(searcher, CorpusSearch.toQuery(searcher, request.filter()));
        List<QuoteTrail> out = new ArrayList<>();
        QuoteTrails t = b.trails();
        for (int i = 0; i < t.size(); i++) {
            boolean in = false;
            for (String id : t.articleIds(i)) {
                Integer d = b.docOfArticle().get(id);
                if (d != null && selected.get(d)) {
                    in = true;
                    break;
                }
            }
            if (!in) continue;
            QuoteTrail trail = t.trail(i);
            if (!request.filter().speakers().isEmpty() && !attributedTo(trail, request.filter().speakers())) continue;
            if (request.flagged() && trail.altered() == 0 && trail.reattributed() == 0) continue;
            out.add(trail);
        }
        out.sort(Comparator.comparingInt((QuoteTrail x) -> x.sites().size()).reversed()
                .thenComparing(Comparator.comparingInt(QuoteTrail::articles).reversed())
                .thenComparing(x -> x.first().date() == null ? "\uffff" : x.first().date())
                .thenComparing(QuoteTrail::id));
        long total = out.size();
        List<QuoteTrail> page = out.subList(0, (int) Math.min(total, request.top()));
        return new QuoteTrailList(selected.cardinality(), t.quotes(), total, page, (System.nanoTime() - t0) / 1_000_000);
    }

    private static boolean attributedTo(QuoteTrail trail, List<String> speakers) {
        for (Speaker s : trail.speakers()) {
            for (String want : speakers) {
                if (want.equalsIgnoreCase(s.entityId()) || want.equalsIgnoreCase(s.canonical())
                        || SameSpeaker.same(s, new Speaker(want, null))) return true;
            }
        }
        return false;
    }

    /** The trail an appearance belongs to, by the trail's id or any appearance's {@code <article id>-<start>}. */
    public static Optional<QuoteTrail> trail(CorpusSearcher searcher, String ref) throws IOException {
        return built(searcher).trails().find(ref);
    }

    /**
     * {@code a} with the {@value QuoteSignals#ALTERED} and {@value QuoteSignals#REATTRIBUTED}
     * signals it gets against the view: a stored article from its trails, a page not stored from
     * the stored quotations published before it.
     */
    public static Article compare(CorpusSearcher searcher, Article a) throws IOException {
        Built b = built(searcher);
        List<QuoteTrails.Checked> checked;
        if (b.docOfArticle().containsKey(a.id())) {
            checked = b.trails().appearancesOf(a.id());
        } else {
            checked = new ArrayList<>();
            for (QuoteTrails.Source s : sources(a.id(), a.title(), a.metadata(), a.alsoPublishedAt(), a.quotes())) {
                b.trails().compare(s, SourceRanking.defaults()).ifPresent(checked::add);
            }
        }
        return QuoteSignals.mark(a, QuoteSignals.of(a, checked));
    }

    /** What the trails read of one stored article. */
    private record Parsed(String id, List<QuoteTrails.Source> sources) {
    }

    static Parsed parse(ObjectMapper mapper, String json) throws IOException {
        String id = null;
        String title = null;
        Metadata metadata = null;
        List<Publication> also = List.of();
        List<Quote> quotes = List.of();
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("stored article is not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = p.getValueAsString();
                    case "title" -> title = p.getValueAsString();
                    case "metadata" -> metadata = mapper.readValue(p, Metadata.class);
                    case "also_published_at" -> also = List.of(mapper.readValue(p, Publication[].class));
                    case "quotes" -> quotes = List.of(mapper.readValue(p, Quote[].class));
                    default -> p.skipChildren();
                }
            }
        }
        return new Parsed(id, id == null ? List.of() : sources(id, title, metadata, also, quotes));
    }

    /** The direct quotations of one article as trail sources. */
    static List<QuoteTrails.Source> sources(String id, String title, Metadata m, List<Publication> also, List<Quote> quotes) {
        if (m == null) m = Metadata.EMPTY;
        Publication own = new Publication(m.url(), m.canonicalUrl(), m.site(), List.of(), m.date(), m.dateSource());
        String site = ArticleDocuments.site(own);
        List<String> sites = new ArrayList<>();
        if (site != null) sites.add(site);
        for (Publication p : also) {
            String s = ArticleDocuments.site(p);
            if (s != null && !sites.contains(s)) sites.add(s);
        }
        List<QuoteTrails.Source> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.kind() != Quote.Kind.DIRECT) continue;
            out.add(new QuoteTrails.Source(id, title, m.url(), site, m.date(), sites, q.speaker(), q.text()));
        }
        return out;
    }
}
