package org.vigie.corpus.related;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.corpus.analysis.FieldAnalyzer;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.store.ArticleDocuments;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;

/**
 * The other articles about the same thing as one stored article: other outlets' reports,
 * follow-ups, earlier background; not its copies. Stateless.
 *
 * <p>Lucene's {@link MoreLikeThis} picks the article's most telling words (term frequency in the
 * article × inverse document frequency in the corpus) from its headline and from its standfirst
 * and body, in the fields of its language, so the query is analysed as the index was. Each word is
 * then looked for in the whole text of the other articles (headline, standfirst, body: the best
 * field counts, a dis-max, as a search engine's {@code qf} does), a headline word weighing
 * {@link RelatedConfig#titleBoost} more and a match in a headline {@link RelatedConfig#titleMatchBoost}
 * more. Asking every word in every field is what finds a brief (headline and standfirst, no body)
 * from a report of the same event: plain MoreLikeThis asks body words in bodies only. The named
 * entities both articles name add a bonus ({@link RelatedConfig#entityBoost}), each by its rarity,
 * but never make an article related on their own: one word in common at least.
 *
 * <p>Each answer's score for the words is also given as a share of the article's own score for them
 * ({@link RelatedArticle#similarity}; the entity bonus ranks, it is left out of this share), and answers
 * under {@link RelatedConfig#minSimilarity} are not listed: any two articles share a few words, so without a floor every article has "related
 * coverage", and in a corpus with nothing on its subject that is a list of unrelated articles.
 *
 * <p>Left out: the article itself, the members of its reprint family (same {@code family_id}),
 * its copies and what it copies; of several members of another family only the best is listed.
 * With a window, only articles published (any publication) within it; an undated article has none.
 */
public final class RelatedArticles {

    private static final Set<String> HIT_FIELDS = Set.of(Fields.JSON, Fields.SITE);
    private static final Set<String> ID_FIELD = Set.of(Fields.ID);
    /** A tie-breaker of the dis-max: a word in the headline and the body counts a little more than in one. */
    private static final float FIELD_TIE = 0.1f;
    private static final int MAX_ENTITIES = 64;
    private static final long DAY_MILLIS = 86_400_000L;

    private RelatedArticles() {
    }

    /** The related articles of {@code request}'s article on this view, or empty when no article has its id. */
    public static Optional<RelatedResult> find(CorpusSearcher searcher, RelatedRequest request) throws IOException {
        long t0 = System.nanoTime();
        TopDocs own = searcher.search(new TermQuery(new Term(Fields.ID, request.id())), 1);
        if (own.scoreDocs.length == 0) return Optional.empty();
        Article a = ArticleJson.fromJson(searcher.storedFields().document(own.scoreDocs[0].doc, HIT_FIELDS).get(Fields.JSON));
        TextLanguage language = TextLanguage.of(a.language());
        Long date = ArticleDocuments.dateMillis(a.metadata().date());

        Map<String, Float> words = words(searcher, a, language, request.config());
        LocalDate from = null, to = null;
        if (date != null && request.days() != null) {
            LocalDate day = Instant.ofEpochMilli(date).atZone(ZoneOffset.UTC).toLocalDate();
            from = day.minusDays(request.days());
            to = day.plusDays(request.days());
        }
        List<RelatedArticle> related = new ArrayList<>();
        if (!words.isEmpty()) {
            Query text = textQuery(words, language, request.config());
            float self = selfScore(searcher, a, text);
            Query query = query(a, scoring(a, text, request.config()), from, to);
            // more than asked: several members of one family come as one
            TopDocs top = searcher.search(query, request.top() * 3 + 10);
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) ids.add(stored.document(sd.doc, ID_FIELD).get(Fields.ID));
            Map<String, Float> wordScores = wordScores(searcher, text, ids);
            Set<String> families = new HashSet<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                double similarity = self > 0 ? wordScores.getOrDefault(ids.get(i), 0f) / self : 0;
                if (similarity < request.config().minSimilarity()) continue;
                Document d = stored.document(sd.doc, HIT_FIELDS);
                Article other = ArticleJson.fromJson(d.get(Fields.JSON));
                if (other.familyId() != null && !families.add(other.familyId())) continue;
                related.add(new RelatedArticle(other.id(), other.title(), d.get(Fields.SITE), other.metadata().date(),
                        RelatedArticle.When.of(date, ArticleDocuments.dateMillis(other.metadata().date())), sd.score,
                        similarity, shared(a, other)));
                if (related.size() == request.top()) break;
            }
        }
        return Optional.of(new RelatedResult(a.id(), a.title(), a.metadata().date(), language.suffix(),
                from == null ? null : from.toString(), to == null ? null : to.toString(), List.copyOf(words.keySet()),
                List.copyOf(related), (System.nanoTime() - t0) / 1_000_000));
    }

    /**
     * The article's most telling words (as indexed) and their weights, heaviest first: MoreLikeThis's
     * pick from the headline (weights times the title boost) and its pick from the standfirst and
     * body, each relative to its best word, a word picked from both summed. Two picks, not one: in
     * one queue a headline word, said once, loses to every body word said twice.
     */
    static Map<String, Float> words(CorpusSearcher searcher, Article a, TextLanguage language, RelatedConfig config)
            throws IOException {
        Map<String, Float> words = new LinkedHashMap<>();
        String title = Fields.text(Fields.TEXT_TITLE, language);
        pick(searcher, language, config, title, List.of(a.title() == null ? "" : a.title()), config.titleBoost(), words);
        List<Object> text = new ArrayList<>();
        if (a.standfirst() != null) text.add(a.standfirst());
        if (a.body() != null) text.add(a.body());
        pick(searcher, language, config, Fields.text(Fields.TEXT_BODY, language), text, 1f, words);
        List<Map.Entry<String, Float>> sorted = new ArrayList<>(words.entrySet());
        sorted.sort(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Float> out = new LinkedHashMap<>();
        for (Map.Entry<String, Float> e : sorted) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** MoreLikeThis's words of {@code text} in {@code field}, their weights times {@code weight} added to {@code words}. */
    private static void pick(CorpusSearcher searcher, TextLanguage language, RelatedConfig config, String field,
                             List<Object> text, float weight, Map<String, Float> words) throws IOException {
        if (text.isEmpty()) return;
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(FieldAnalyzer.INSTANCE);
        mlt.setFieldNames(new String[]{field});
        mlt.setMinTermFreq(1);        // a news article says its key word a few times at most
        mlt.setMinDocFreq(config.minDocFreq());
        mlt.setMaxQueryTerms(config.maxQueryTerms());
        mlt.setStopWords(FunctionWords.of(language));
        mlt.setBoost(true);           // each word weighs its tf × idf, relative to the best
        Map<String, Collection<Object>> like = Map.of(field, text);
        for (BooleanClause c : ((BooleanQuery) mlt.like(like)).clauses()) {
            Query q = c.getQuery();
            float boost = 1f;
            if (q instanceof BoostQuery bq) {
                boost = bq.getBoost();
                q = bq.getQuery();
            }
            words.merge(((TermQuery) q).getTerm().text(), boost * weight, Float::sum);
        }
    }

    /**
     * The score of the article itself for its words' query: the most an article can share with it, the
     * unit of {@link RelatedArticle#similarity}. Scores of one query are comparable with each other
     * only; as shares of this one they are comparable across articles and corpora, so one floor fits all.
     */
    static float selfScore(CorpusSearcher searcher, Article a, Query text) throws IOException {
        Query self = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.ID, a.id())), BooleanClause.Occur.FILTER).build();
        TopDocs top = searcher.search(self, 1);
        return top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
    }

    /**
     * The words' score of each of {@code ids}: the floor is on the words two articles share, not on
     * the entity bonus, which the article shares whole with itself (with it in the unit, an article
     * naming many entities would find its partners far under the floor).
     */
    private static Map<String, Float> wordScores(CorpusSearcher searcher, Query text, List<String> ids) throws IOException {
        Map<String, Float> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
        Query q = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Fields.ID, terms), BooleanClause.Occur.FILTER).build();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, ids.size()).scoreDocs) out.put(stored.document(sd.doc, ID_FIELD).get(Fields.ID), sd.score);
        return out;
    }

    /** The weighted words in another article's text: what makes it related. */
    static Query textQuery(Map<String, Float> words, TextLanguage language, RelatedConfig config) {
        String title = Fields.text(Fields.TEXT_TITLE, language);
        String standfirst = Fields.text(Fields.TEXT_STANDFIRST, language);
        String body = Fields.text(Fields.TEXT_BODY, language);
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> w : words.entrySet()) {
            String word = w.getKey();
            Query anyField = new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(title, word)), config.titleMatchBoost()),
                    new TermQuery(new Term(standfirst, word)),
                    new TermQuery(new Term(body, word))), FIELD_TIE);
            text.add(new BoostQuery(anyField, w.getValue()), BooleanClause.Occur.SHOULD);
        }
        return text.build();
    }

    /** {@code text} plus the entity bonus: the named entities both articles name raise the score, never make it. */
    static Query scoring(Article a, Query text, RelatedConfig config) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, BooleanClause.Occur.MUST);
        Set<String> entities = entityTerms(a);
        if (!entities.isEmpty() && config.entityBoost() > 0) {
            BooleanQuery.Builder e = new BooleanQuery.Builder();
            for (String term : entities) e.add(new TermQuery(new Term(Fields.ENTITY, term)), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(e.build(), config.entityBoost()), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** {@code scoring} less the article and its copies, within the window (filters and exclusions do not score). */
    static Query query(Article a, Query scoring, LocalDate from, LocalDate to) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(scoring, BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term(Fields.ID, a.id())), BooleanClause.Occur.MUST_NOT);
        b.add(new TermQuery(new Term(Fields.REPRINT_OF, a.id())), BooleanClause.Occur.MUST_NOT);
        if (a.familyId() != null) b.add(new TermQuery(new Term(Fields.FAMILY_ID, a.familyId())), BooleanClause.Occur.MUST_NOT);
        if (a.reprintOf() != null) b.add(new TermQuery(new Term(Fields.ID, a.reprintOf())), BooleanClause.Occur.MUST_NOT);
        if (from != null) {
            long start = from.toEpochDay() * DAY_MILLIS;
            long end = (to.toEpochDay() + 1) * DAY_MILLIS - 1;
            b.add(LongPoint.newRangeQuery(Fields.DATE, start, end), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The entity terms of {@code a}: each entity's id when resolved, else its canonical name (both are indexed). */
    static Set<String> entityTerms(Article a) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            if (out.size() == MAX_ENTITIES) break;
            if (e.entityId() != null && !e.entityId().isBlank()) out.add(e.entityId());
            else if (e.canonical() != null && !e.canonical().isBlank()) out.add(e.canonical());
        }
        return out;
    }

    /** The entities of {@code asked} that {@code other} names too, in {@code asked}'s order, as {@code other} names them. */
    static List<SharedEntity> shared(Article asked, Article other) {
        Map<String, Entity> theirs = new LinkedHashMap<>();
        for (Entity e : other.entities()) {
            String k = key(e);
            if (k != null) theirs.putIfAbsent(k, e);
        }
        List<SharedEntity> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entity e : asked.entities()) {
            String k = key(e);
            if (k == null || !seen.add(k)) continue;
            Entity match = theirs.get(k);
            if (match != null) out.add(new SharedEntity(match.entityId(), match.canonical(), match.type().name()));
        }
        return out;
    }

    /** An entity's identity across articles: its id when resolved, else its type and folded canonical name. */
    private static String key(Entity e) {
        if (e.entityId() != null && !e.entityId().isBlank()) return e.entityId();
        if (e.canonical() == null || e.canonical().isBlank()) return null;
        return e.type() + ":" + e.canonical().toLowerCase(Locale.ROOT);
    }
}
