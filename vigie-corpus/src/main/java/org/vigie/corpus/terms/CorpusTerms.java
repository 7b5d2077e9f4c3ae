package org.vigie.corpus.terms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.search.CorpusSearch;
import org.vigie.corpus.store.CorpusSearcher;
import org.vigie.corpus.store.Fields;

/**
 * The words, and the named entities, that stand out in the articles a query matches. Stateless.
 *
 * <p>The matches are read again with the index's own analysis of their language (title,
 * standfirst and body; a word counts once per article), so each word is an indexed term and the
 * rest of the corpus needs no reading: its document frequency comes from the index. Each word is
 * then scored by Dunning's log-likelihood ratio G² on the 2×2 table "holds the word or not" ×
 * "matched or rest of the corpus", within the word's language; only words more frequent in the
 * matches than in the rest, with G² of at least {@link #SIGNIFICANT} (p &lt; 0.05), are kept. G²
 * is the keyness measure of corpus linguistics: unlike a ratio of shares it does not crown a word
 * seen in two articles, and unlike a count it does not crown "a" and "été".
 *
 * <p>Words are single indexed terms and two-term phrases: two terms at consecutive positions with
 * nothing but a space, a hyphen or an elision between them ({@link #adjacent}: "gilets jaunes",
 * "Etats-Unis", "état d'urgence"), cohesive ({@link #COHESION}) and made of no common word
 * ({@link #COMMON}); a phrase's count in the rest of the corpus is a phrase query's. A word that a
 * phrase standing out holds most of the time gives way to it ({@link #withoutSubsumedWords}).
 *
 * <p>Approximations, for speed on a large corpus: past {@link TermsRequest#sample} matches,
 * an evenly spread sample is read and its counts scaled to all matches; an article's document
 * frequency in the rest of the corpus is the largest of its title, standfirst and body fields'
 * (each field's document frequency in the index less the matches holding the word in that field;
 * a word of the headline is nearly always in the body too), counting articles deleted since the
 * last merge. A word is shown in the form the articles read write most often.
 *
 * <p>Entities are scored the same way from the entity layer of the articles read (an entity
 * counts once per article) against the index's entity field, over the whole rest of the corpus:
 * an entity id names the same person in every language.
 */
public final class CorpusTerms {

    private static final Set<String> JSON_ONLY = Set.of(Fields.JSON);
    /** Between the two terms of a phrase's key: no indexed term holds a space. */
    static final String PHRASE = " ";
    /** Phrases scored per language, the most frequent in the matches: each costs a phrase query on the index. */
    static final int PHRASE_CANDIDATES = 200;
    /**
     * The least G² that stands out: 3.84 is the 5 % critical value of chi-squared with one degree
     * of freedom, the cut-off corpus linguistics uses for keyness. Below it, a word of two matches
     * out of two ("est", "plus") is chance.
     */
    static final double SIGNIFICANT = 3.84;
    /** A phrase is in at least this share of the matches holding its less frequent word. */
    static final double COHESION = 0.4;
    /** A word in more than this share of the background articles is grammar, not a phrase's half. */
    static final double COMMON = 0.3;
    /** A word is left out when a phrase that stands out holds it in at least this share of its articles ("Emmanuel" in "Emmanuel Macron"). */
    static final double SUBSUMED = 0.8;

    private CorpusTerms() {
    }

    /**
     * The words that stand out in the matches of {@code request} on this view, against the rest of
     * the corpus or, when the request has {@link TermsRequest#against}, against that search's matches.
     *
     * @throws org.vigie.corpus.search.QuerySyntaxException a query cannot be read
     * @throws IllegalArgumentException the query and filters match every stored article, or the
     *     comparison matches no other article, so that there is nothing to compare the matches with
     */
    public static SignificantTerms of(CorpusSearcher searcher, TermsRequest request) throws IOException {
        long t0 = System.nanoTime();
        int[] matches = searcher.search(CorpusSearch.toQuery(searcher, request.search()), DocIds.MANAGER).sorted();
        IndexReader reader = searcher.getIndexReader();
        long corpus = reader.numDocs();
        int[] others = null;
        if (request.against() != null) {
            others = without(searcher.search(CorpusSearch.toQuery(searcher, request.against()), DocIds.MANAGER).sorted(), matches);
        }
        if (matches.length == 0) {
            return new SignificantTerms(0, 0, corpus, others == null ? null : (long) others.length, others == null ? null : 0L,
                    List.of(), List.of(), millis(t0));
        }
        Sample fg = Sample.read(searcher, sample(matches, request.sample()));
        double scale = (double) matches.length / fg.read;
        Background bg;
        Sample compared = null;
        if (others == null) {
            if (matches.length >= corpus) {
                throw new IllegalArgumentException("the query and filters match all " + corpus
                        + " stored articles: there is no rest of the corpus to compare them with; narrow them");
            }
            bg = new RestOfCorpus(searcher, reader, corpus - matches.length, scale);
        } else {
            if (others.length == 0) {
                throw new IllegalArgumentException("the comparison matches no article other than the " + matches.length
                        + " matches: there is nothing to compare them with; widen it");
            }
            compared = Sample.read(searcher, sample(others, request.sample()));
            bg = compared;
        }

        List<SignificantTerm> terms = new ArrayList<>();
        for (Map.Entry<TextLanguage, Counts> e : fg.byLanguage.entrySet()) {
            TextLanguage language = e.getKey();
            Counts c = e.getValue();
            long rest = bg.articles(language, c.articles);
            if (rest <= 0) continue; // no article of this language to compare with
            List<SignificantTerm> scored = new ArrayList<>();
            for (Map.Entry<String, int[]> t : c.articlesPerTerm.entrySet()) {
                if (t.getValue()[0] < request.minArticles() || t.getKey().contains(PHRASE)) continue;
                score(t.getKey(), t.getValue(), c, bg, language, rest, scored);
            }
            // phrases cost a phrase query each: only those that could still rank, with no article
            // of the rest holding them, above the words at twice the list's length (words give way
            // to phrases, so a phrase may climb past a few of them)
            double[] words = scored.stream().mapToDouble(SignificantTerm::score).sorted().toArray();
            double floor = words.length < 2 * request.top() ? SIGNIFICANT : words[words.length - 2 * request.top()];
            for (String phrase : c.phraseCandidates(request.minArticles())) {
                int[] counts = c.articlesPerTerm.get(phrase);
                if (logLikelihoodRatio(counts[0], c.articles - counts[0], 0, rest) < floor) continue;
                if (isPhrase(phrase, counts[0], c, bg, language, rest)) score(phrase, counts, c, bg, language, rest, scored);
            }
            if (bg.estimated()) scored = rescored(scored, 2 * request.top(), t -> {
                int[] counts = c.articlesPerTerm.get(t.term());
                List<SignificantTerm> one = new ArrayList<>(1);
                score(t.term(), counts, c, new Exact(bg), language, rest, one);
                return one.isEmpty() ? null : one.get(0);
            });
            terms.addAll(withoutSubsumedWords(scored));
        }
        terms.sort(Comparator.comparingDouble(SignificantTerm::score).reversed().thenComparing(SignificantTerm::term));

        // entities: one id across languages, so against every article of the background
        List<SignificantEntity> entities = new ArrayList<>();
        long rest = bg.articles();
        for (Map.Entry<String, int[]> e : fg.entities.articles.entrySet()) {
            int k = e.getValue()[0];
            if (k < request.minArticles()) continue;
            long restDf = Math.min(rest, bg.estimated() ? bg.exactlyWithEntity(e.getKey(), k) : bg.articlesWithEntity(e.getKey(), k));
            double g2 = keyness(k, fg.read, restDf, rest);
            if (Double.isNaN(g2)) continue;
            String name = mostFrequent(fg.entities.names.get(e.getKey()));
            entities.add(new SignificantEntity(name == null ? e.getKey() : name, e.getKey(),
                    mostFrequent(fg.entities.types.get(e.getKey())), k, (double) k / fg.read, restDf, (double) restDf / rest, g2));
        }
        entities.sort(Comparator.comparingDouble(SignificantEntity::score).reversed().thenComparing(SignificantEntity::entityId));
        return new SignificantTerms(matches.length, fg.read, corpus, others == null ? null : (long) others.length,
                compared == null ? null : (long) compared.read,
                terms.subList(0, Math.min(request.top(), terms.size())),
                entities.subList(0, Math.min(request.top(), entities.size())), millis(t0));
    }

    /**
     * The {@code keep} best of {@code scored} scored again by {@code again} (null: it no longer
     * stands out), best first; the others could not be listed.
     */
    static List<SignificantTerm> rescored(List<SignificantTerm> scored, int keep,
            java.util.function.Function<SignificantTerm, SignificantTerm> again) {
        List<SignificantTerm> best = new ArrayList<>(scored);
        best.sort(Comparator.comparingDouble(SignificantTerm::score).reversed().thenComparing(SignificantTerm::term));
        List<SignificantTerm> out = new ArrayList<>();
        for (SignificantTerm t : best.subList(0, Math.min(keep, best.size()))) {
            SignificantTerm r = again.apply(t);
            if (r != null) out.add(r);
        }
        return out;
    }

    /** A background's exact counts in place of its estimates. */
    private record Exact(Background of) implements Background {
        @Override
        public long articles(TextLanguage language, int matched) {
            return of.articles(language, matched);
        }

        @Override
        public long articlesWith(TextLanguage language, String term, int[] matched) {
            return of.exactlyWith(language, term, matched);
        }

        @Override
        public long articles() {
            return of.articles();
        }

        @Override
        public long articlesWithEntity(String key, int matched) {
            return of.exactlyWithEntity(key, matched);
        }
    }

    /** Scores one word (or phrase) of {@code c} against {@code bg}; adds it to {@code scored} if it stands out. */
    private static void score(String term, int[] counts, Counts c, Background bg, TextLanguage language, long rest,
            List<SignificantTerm> scored) {
        int k = counts[0];
        long restDf = Math.min(rest, bg.articlesWith(language, term, counts));
        double g2 = keyness(k, c.articles, restDf, rest);
        if (!Double.isNaN(g2)) {
            scored.add(new SignificantTerm(c.word(term), term, language.suffix(), k, (double) k / c.articles, restDf,
                    (double) restDf / rest, g2));
        }
    }

    /**
     * G² of something in {@code k} of {@code n} matches read and {@code restDf} of {@code rest}
     * background articles, when it stands out: more frequent in the matches, and significant
     * ({@link #SIGNIFICANT}); NaN otherwise.
     */
    static double keyness(long k, long n, long restDf, long rest) {
        if ((double) k / n <= (double) restDf / rest) return Double.NaN;
        double g2 = logLikelihoodRatio(k, n - k, restDf, rest - restDf);
        return g2 >= SIGNIFICANT ? g2 : Double.NaN;
    }

    /**
     * Whether two words in a row in {@code k} of the matches read are a phrase worth showing: in at
     * least {@link #COHESION} of the articles that hold its less frequent word ("Maison Blanche",
     * "gilets jaunes"; not "américain Donald", a piece of "président américain Donald Trump"), and
     * neither word common in the background ("Trump est", whatever the language's stop list misses).
     */
    private static boolean isPhrase(String phrase, int k, Counts c, Background bg, TextLanguage language, long rest) {
        int space = phrase.indexOf(PHRASE);
        String a = phrase.substring(0, space);
        String b = phrase.substring(space + 1);
        int[] ca = c.articlesPerTerm.get(a);
        int[] cb = c.articlesPerTerm.get(b);
        if (ca == null || cb == null || k < COHESION * Math.min(ca[0], cb[0])) return false;
        return bg.articlesWith(language, a, ca) <= COMMON * rest && bg.articlesWith(language, b, cb) <= COMMON * rest;
    }

    /**
     * {@code scored} without the words that a phrase standing out holds most of the time: "Emmanuel"
     * goes when "Emmanuel Macron" is in 80 % of its articles; "Macron", often alone, stays.
     */
    static List<SignificantTerm> withoutSubsumedWords(List<SignificantTerm> scored) {
        Map<String, Long> inPhrases = new HashMap<>();
        for (SignificantTerm s : scored) {
            if (!s.term().contains(PHRASE)) continue;
            for (String w : s.term().split(PHRASE)) inPhrases.merge(w, s.articles(), Math::max);
        }
        List<SignificantTerm> out = new ArrayList<>();
        for (SignificantTerm s : scored) {
            Long phrase = inPhrases.get(s.term());
            if (phrase == null || phrase < SUBSUMED * s.articles()) out.add(s);
        }
        return out;
    }

    /** Only spaces, a hyphen ("Etats-Unis") or an elided article's apostrophe ("état d'urgence") between two words: no quote, comma or stop. */
    static boolean adjacent(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\'' && c != '\u2019' && c != '-' && c != '\u2010') return false;
        }
        return true;
    }

    /** {@code sorted} without the values of {@code removed} (both sorted). */
    static int[] without(int[] sorted, int[] removed) {
        int[] out = new int[sorted.length];
        int n = 0;
        int j = 0;
        for (int v : sorted) {
            while (j < removed.length && removed[j] < v) j++;
            if (j < removed.length && removed[j] == v) continue;
            out[n++] = v;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * What the matches are compared with: how many of its articles (of a language, for words)
     * there are, and how many hold a word or an entity.
     */
    private interface Background {

        /** Its articles in {@code language}; {@code matched} is how many of the articles read are in it. */
        long articles(TextLanguage language, int matched);

        /** Its articles of {@code language} holding {@code term}; {@code matched} the read matches' counts ({@link Counts#articlesPerTerm}). */
        long articlesWith(TextLanguage language, String term, int[] matched);

        /** All its articles. */
        long articles();

        /** Its articles holding the entity keyed {@code key}; {@code matched} of the articles read hold it. */
        long articlesWithEntity(String key, int matched);

        /**
         * Whether the counts above are estimates that {@link #exactlyWith} and
         * {@link #exactlyWithEntity} can correct, at a higher cost.
         */
        default boolean estimated() {
            return false;
        }

        /** {@link #articlesWith}, exact. */
        default long exactlyWith(TextLanguage language, String term, int[] matched) {
            return articlesWith(language, term, matched);
        }

        /** {@link #articlesWithEntity}, exact. */
        default long exactlyWithEntity(String key, int matched) {
            return articlesWithEntity(key, matched);
        }
    }

    /**
     * Every stored article that does not match, read from the index's statistics: a field's
     * document frequency less the matches' (scaled from the articles read to all matches).
     */
    private record RestOfCorpus(CorpusSearcher searcher, IndexReader reader, long rest, double scale) implements Background {

        @Override
        public long articles(TextLanguage language, int matched) {
            long inLanguage = 0;
            try {
                for (String part : Fields.TEXT_PARTS) {
                    String field = Fields.text(part, language);
                    // the statistics count deleted articles too; a count of the live ones is exact
                    inLanguage = Math.max(inLanguage, reader.hasDeletions()
                            ? searcher.count(new FieldExistsQuery(field)) : reader.getDocCount(field));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return inLanguage - Math.round(matched * scale);
        }

        /**
         * Document frequencies count the old versions of updated articles until Lucene merges them
         * away: with deletions in the index, the words that may be listed are counted again exactly.
         */
        @Override
        public boolean estimated() {
            return reader.hasDeletions();
        }

        @Override
        public long exactlyWith(TextLanguage language, String term, int[] matched) {
            long restDf = 0;
            try {
                for (int part = 0; part < Fields.TEXT_PARTS.size(); part++) {
                    String field = Fields.text(Fields.TEXT_PARTS.get(part), language);
                    int space = term.indexOf(PHRASE);
                    long n = searcher.count(space < 0 ? new TermQuery(new Term(field, term))
                            : new PhraseQuery(field, term.substring(0, space), term.substring(space + 1)));
                    restDf = Math.max(restDf, n - Math.round(matched[1 + part] * scale));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return restDf;
        }

        @Override
        public long exactlyWithEntity(String key, int matched) {
            try {
                return Math.max(0, searcher.count(new TermQuery(new Term(Fields.ENTITY, key))) - Math.round(matched * scale));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public long articlesWith(TextLanguage language, String term, int[] matched) {
            // per field: the index's articles with the word there, less the matches with it there
            long restDf = 0;
            try {
                for (int part = 0; part < Fields.TEXT_PARTS.size(); part++) {
                    String field = Fields.text(Fields.TEXT_PARTS.get(part), language);
                    int space = term.indexOf(PHRASE);
                    long df = space < 0 ? reader.docFreq(new Term(field, term))
                            : searcher.count(new PhraseQuery(field, term.substring(0, space), term.substring(space + 1)));
                    restDf = Math.max(restDf, df - Math.round(matched[1 + part] * scale));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return restDf;
        }

        @Override
        public long articles() {
            return rest;
        }

        @Override
        public long articlesWithEntity(String key, int matched) {
            try {
                return Math.max(0, reader.docFreq(new Term(Fields.ENTITY, key)) - Math.round(matched * scale));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The articles read of a set of matches: their words per language and their entities. */
    private static final class Sample implements Background {
        final Map<TextLanguage, Counts> byLanguage = new EnumMap<>(TextLanguage.class);
        final EntityCounts entities = new EntityCounts();
        int read;

        static Sample read(CorpusSearcher searcher, int[] docs) throws IOException {
            Sample s = new Sample();
            StoredFields stored = searcher.storedFields();
            for (int doc : docs) {
                Parts a = Parts.of(stored.document(doc, JSON_ONLY).get(Fields.JSON));
                TextLanguage language = TextLanguage.of(a.language());
                s.byLanguage.computeIfAbsent(language, l -> new Counts()).add(language, a);
                s.entities.add(a.entities());
                s.read++;
            }
            return s;
        }

        @Override
        public long articles(TextLanguage language, int matched) {
            Counts c = byLanguage.get(language);
            return c == null ? 0 : c.articles;
        }

        @Override
        public long articlesWith(TextLanguage language, String term, int[] matched) {
            Counts c = byLanguage.get(language);
            int[] n = c == null ? null : c.articlesPerTerm.get(term);
            return n == null ? 0 : n[0];
        }

        @Override
        public long articles() {
            return read;
        }

        @Override
        public long articlesWithEntity(String key, int matched) {
            int[] n = entities.articles.get(key);
            return n == null ? 0 : n[0];
        }
    }

    /** The value counted most often (on a tie, the one that sorts first). */
    private static String mostFrequent(Map<String, Integer> counts) {
        if (counts == null) return null;
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** {@code n} of {@code sorted} evenly spread over it (all of it when it is no longer). */
    static int[] sample(int[] sorted, int n) {
        if (sorted.length <= n) return sorted;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = sorted[(int) ((long) i * sorted.length / n)];
        return out;
    }

    /**
     * Dunning's G² for a 2×2 table (Ted Dunning's entropy form, as in Apache Mahout): {@code k11}
     * matched articles with the word, {@code k12} without; {@code k21} other articles with it,
     * {@code k22} without.
     */
    static double logLikelihoodRatio(long k11, long k12, long k21, long k22) {
        double row = entropy(k11 + k12, k21 + k22);
        double column = entropy(k11 + k21, k12 + k22);
        double matrix = entropy(k11, k12, k21, k22);
        return Math.max(0, 2 * (row + column - matrix));
    }

    private static double entropy(long... k) {
        long sum = 0;
        double parts = 0;
        for (long x : k) {
            sum += x;
            parts += xLogX(x);
        }
        return xLogX(sum) - parts;
    }

    private static double xLogX(long x) {
        return x == 0 ? 0 : x * Math.log(x);
    }

    /** A year names an event; other bare numbers (scores, counts, page furniture) do not. */
    static boolean isWord(String term) {
        if (term.length() < 2) return false;
        for (int i = 0; i < term.length(); i++) if (!Character.isDigit(term.charAt(i))) return true;
        return term.length() == 4;
    }

    /**
     * A written form without what the analysis drops from its term but keeps in its offsets: the
     * elided article of French and Italian ("l'épidémie" is "épidémie"), the English possessive
     * ("Trump's" is "Trump"). An apostrophe inside the word itself ("aujourd'hui": its term starts
     * with what precedes the apostrophe) stays.
     */
    static String displayForm(TextLanguage language, String form, String term) {
        if (language == TextLanguage.FR || language == TextLanguage.IT) {
            int apostrophe = Math.max(form.indexOf('\''), form.indexOf('\u2019'));
            if (apostrophe > 0 && apostrophe <= 7 && apostrophe < form.length() - 1
                    && !term.startsWith(form.substring(0, apostrophe).toLowerCase(java.util.Locale.ROOT))) {
                return form.substring(apostrophe + 1);
            }
        } else if (language == TextLanguage.EN && form.length() > 2) {
            char a = form.charAt(form.length() - 2);
            char s = form.charAt(form.length() - 1);
            if ((a == '\'' || a == '\u2019') && (s == 's' || s == 'S')) return form.substring(0, form.length() - 2);
        }
        return form;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * The parts of a stored article that are counted, streamed out of its JSON: the annotation
     * layers, most of the JSON, are skipped unparsed.
     */
    record Parts(String title, String standfirst, String body, String language, List<EntityName> entities) {

        private static final JsonFactory JSON = new JsonFactory();

        static Parts of(String json) throws IOException {
            String title = null;
            String standfirst = null;
            String body = null;
            String language = null;
            List<EntityName> entities = new ArrayList<>();
            try (JsonParser p = JSON.createParser(json)) {
                if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("a stored article is not a JSON object");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_STRING) {
                        switch (name) {
                            case "title" -> title = p.getText();
                            case "standfirst" -> standfirst = p.getText();
                            case "body" -> body = p.getText();
                            case "language" -> language = p.getText();
                            default -> { }
                        }
                    } else if (value == JsonToken.START_ARRAY && name.equals("entities")) {
                        while (p.nextToken() == JsonToken.START_OBJECT) entities.add(entity(p));
                    } else {
                        p.skipChildren();
                    }
                }
            }
            return new Parts(title, standfirst, body, language, entities);
        }

        /** One entity object of the layer, the parser on its START_OBJECT; its mentions are skipped. */
        private static EntityName entity(JsonParser p) throws IOException {
            String canonical = null;
            String id = null;
            String type = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    switch (name) {
                        case "canonical" -> canonical = p.getText();
                        case "entity_id" -> id = p.getText();
                        case "type" -> type = p.getText();
                        default -> { }
                    }
                } else {
                    p.skipChildren();
                }
            }
            return new EntityName(canonical, id, type);
        }
    }

    /** An entity of a stored article: what the index keys it by and what it is called. */
    record EntityName(String canonical, String entityId, String type) {

        /** The term the index holds for it in the entity field (as {@code ArticleDocuments} keys facets). */
        String key() {
            return entityId != null && !entityId.isBlank() ? entityId : canonical;
        }
    }

    /** Article counts per entity key, and the names and types given to each. */
    private static final class EntityCounts {
        final Map<String, int[]> articles = new HashMap<>();
        final Map<String, Map<String, Integer>> names = new HashMap<>();
        final Map<String, Map<String, Integer>> types = new HashMap<>();

        void add(List<EntityName> entities) {
            Set<String> seen = new HashSet<>();
            for (EntityName e : entities) {
                String key = e.key();
                if (key == null || key.isBlank()) continue;
                if (seen.add(key)) articles.computeIfAbsent(key, x -> new int[1])[0]++;
                if (e.canonical() != null) names.computeIfAbsent(key, x -> new HashMap<>()).merge(e.canonical(), 1, Integer::sum);
                if (e.type() != null) types.computeIfAbsent(key, x -> new HashMap<>()).merge(e.type(), 1, Integer::sum);
            }
        }
    }

    /**
     * The written forms of one term and how often each was seen. Most terms, and nearly every
     * phrase (most of them seen once), have a single form: it is kept without a map, so that
     * reading 2,000 articles does not build a map for each of their hundreds of thousands of
     * phrases (TermsBench medians within noise of before: it saves allocation, not much time).
     */
    static final class Forms {
        private String only;
        private int onlyCount;
        private Map<String, Integer> many;

        void add(String form) {
            if (many != null) {
                many.merge(form, 1, Integer::sum);
            } else if (only == null) {
                only = form;
                onlyCount = 1;
            } else if (only.equals(form)) {
                onlyCount++;
            } else {
                many = new HashMap<>();
                many.put(only, onlyCount);
                many.put(form, 1);
            }
        }

        /** The form seen most often (on a tie, the one that sorts first). */
        String mostFrequent() {
            return many == null ? only : CorpusTerms.mostFrequent(many);
        }
    }

    /** Article counts per indexed term of one language, and the written forms of each term. */
    private static final class Counts {
        int articles;
        /** Per term: the articles holding it anywhere, then in each of {@link Fields#TEXT_PARTS}. */
        final Map<String, int[]> articlesPerTerm = new HashMap<>();
        final Map<String, Forms> forms = new HashMap<>();

        void add(TextLanguage language, Parts a) throws IOException {
            articles++;
            Set<String> seen = new HashSet<>();
            addPart(language, 0, a.title(), seen);
            addPart(language, 1, a.standfirst(), seen);
            addPart(language, 2, a.body(), seen);
        }

        /** Counts the words of one part ({@link Fields#TEXT_PARTS} index): once per article, and once per part. */
        private void addPart(TextLanguage language, int part, String text, Set<String> seen) throws IOException {
            if (text == null || text.isEmpty()) return;
            Set<String> seenInPart = new HashSet<>();
            try (TokenStream ts = language.analyzer().tokenStream(Fields.text(Fields.TEXT_PARTS.get(part), language), text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
                ts.reset();
                String previous = null;
                int previousStart = 0;
                int previousEnd = 0;
                while (ts.incrementToken()) {
                    String t = term.toString();
                    // two words in a row, no stop word dropped between them: a phrase ("gilets jaunes",
                    // "état d'urgence"); a stop word between breaks it ("président de la République")
                    String phrase = previous != null && increment.getPositionIncrement() == 1
                            && adjacent(text, previousEnd, offset.startOffset()) ? previous + PHRASE + t : null;
                    if (phrase != null && isWord(t)) {
                        count(phrase, part, seen, seenInPart,
                                displayForm(language, text.substring(previousStart, offset.endOffset()), previous));
                    }
                    previous = isWord(t) ? t : null;
                    previousStart = offset.startOffset();
                    previousEnd = offset.endOffset();
                    if (!isWord(t)) continue;
                    count(t, part, seen, seenInPart, displayForm(language, text.substring(offset.startOffset(), offset.endOffset()), t));
                }
                ts.end();
            }
        }

        private void count(String t, int part, Set<String> seen, Set<String> seenInPart, String form) {
            int[] counts = articlesPerTerm.computeIfAbsent(t, x -> new int[1 + Fields.TEXT_PARTS.size()]);
            if (seen.add(t)) counts[0]++;
            if (seenInPart.add(t)) counts[1 + part]++;
            forms.computeIfAbsent(t, x -> new Forms()).add(form);
        }

        /** The {@link #PHRASE_CANDIDATES} phrases in most articles read, among those in at least {@code min}, most first. */
        List<String> phraseCandidates(int min) {
            return articlesPerTerm.entrySet().stream()
                    .filter(e -> e.getKey().contains(PHRASE) && e.getValue()[0] >= min)
                    .sorted(Map.Entry.<String, int[]>comparingByValue(Comparator.comparingInt(v -> -v[0])).thenComparing(Map.Entry.comparingByKey()))
                    .limit(PHRASE_CANDIDATES).map(Map.Entry::getKey).toList();
        }

        /** The form written most often (on a tie, the one that sorts first: "Alep" before "alep"). */
        String word(String term) {
            Forms f = forms.get(term);
            String w = f == null ? null : f.mostFrequent();
            return w == null ? term : w;
        }
    }

    /** The global doc ids of the matches. */
    static final class DocIds extends SimpleCollector {

        static final CollectorManager<DocIds, DocIds> MANAGER = new CollectorManager<>() {
            @Override
            public DocIds newCollector() {
                return new DocIds();
            }

            @Override
            public DocIds reduce(Collection<DocIds> collectors) {
                DocIds all = new DocIds();
                for (DocIds d : collectors) for (int k = 0; k < d.n; k++) all.add(d.ids[k]);
                return all;
            }
        };

        private int[] ids = new int[256];
        private int n;
        private int base;

        @Override
        protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
            base = context.docBase;
        }

        @Override
        public void collect(int doc) {
            add(base + doc);
        }

        private void add(int id) {
            if (n == ids.length) ids = Arrays.copyOf(ids, n * 2);
            ids[n++] = id;
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(ids, n);
            Arrays.sort(out);
            return out;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
