package org.vigie.bench.related;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.vigie.bench.stories.EnglishStoryEval;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.related.RelatedArticle;
import org.vigie.corpus.related.RelatedConfig;
import org.vigie.corpus.related.RelatedRequest;
import org.vigie.corpus.analysis.FieldAnalyzer;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.store.ArticleDocuments;
import org.vigie.corpus.store.CorpusStore;
import org.vigie.corpus.store.Fields;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * Related coverage ({@code vigie related}) measured where labels exist, for a few settings of
 * {@link RelatedConfig}; no NLP (so no entity bonus) unless {@code --entities}, which runs the English entity
 * pipeline on the English pages and the French one on the French briefs and reports first (a few minutes
 * more) and compares entity bonuses:
 *
 * <ul>
 *   <li>English events: the pages of Scrapinghub's article-extraction benchmark (181 pages of
 *       November 2019, English mostly; language detected as {@link EnglishStoryEval} does), stored
 *       undated, and the hand-made event labels of {@code stories-en/events.tsv} (15 events of two to
 *       four English pages from different outlets). Each page of an event asks for its 10 related
 *       articles (any date); pages labelled "?" are dropped from the lists (unclear events), any
 *       other page is a wrong answer. Precision at 1, R-precision (precision within the first
 *       event-size − 1 answers), recall at 5 and 10, mean reciprocal rank, the share of all answers
 *       listed that are right; and for the English pages of no labelled event, how often anything
 *       is listed at all (the similarity floor's business: nothing should be).</li>
 *   <li>French brief/report, as {@code StoryEval}: each OrangeSum article of a month split into a brief
 *       (headline + lede as standfirst, no body) and a report (the body under its first sentence as
 *       headline), both stored, dated; a sample of briefs asks for its 5 related articles (±30 days)
 *       and the report of the same text should be among them (and first), and the other way round.
 *       Different articles on one event are counted as misses, so these are lower bounds.</li>
 * </ul>
 *
 * <pre>
 * bench/run org.vigie.bench.related.RelatedEval [--data ../shared/extraction/scrapinghub]
 *     [--orangesum ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--month 2020-06] [--queries 600] [--entities]
 * </pre>
 */
public final class RelatedEval {

    /** As StoryEval: sentences glued by the OrangeSum parse ("fin.Début") are split. */
    private static final Pattern GLUED = Pattern.compile("(?<=[.!?»])(?=[\"«]?\\p{Lu})");

    /** The related articles of one stored article, by id, best first. */
    interface Ranker {
        List<String> related(String id, int top, Integer days) throws IOException;
    }

    /** {@code vigie related} with {@code config}. */
    static Ranker vigie(Corpus corpus, RelatedConfig config) {
        return (id, top, days) -> corpus.related(new RelatedRequest(id, top, days, config)).orElseThrow()
                .related().stream().map(RelatedArticle::id).toList();
    }

    /**
     * Lucene's MoreLikeThis as its documentation shows it, on the same index: one pick of 30 words
     * (tf × idf, at least 2 articles) over the article's headline and body fields together, each
     * word asked in the field it came from; the article itself left out, the same date filter.
     */
    static Ranker plainMoreLikeThis(Path corpusDir) throws IOException {
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(corpusDir.resolve(CorpusStore.INDEX_DIR)));
        IndexSearcher searcher = new IndexSearcher(reader);
        return (id, top, days) -> {
            TopDocs own = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            Article a = ArticleJson.fromJson(searcher.storedFields().document(own.scoreDocs[0].doc).get(Fields.JSON));
            TextLanguage lang = TextLanguage.of(a.language());
            String title = Fields.text(Fields.TEXT_TITLE, lang), body = Fields.text(Fields.TEXT_BODY, lang);
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(FieldAnalyzer.INSTANCE);
            mlt.setFieldNames(new String[]{title, body});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            List<Object> text = new ArrayList<>();
            if (a.standfirst() != null) text.add(a.standfirst());
            if (a.body() != null) text.add(a.body());
            Map<String, java.util.Collection<Object>> like = new HashMap<>();
            like.put(title, List.of(a.title()));
            like.put(body, text);
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(mlt.like(like), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT);
            Long date = ArticleDocuments.dateMillis(a.metadata().date());
            if (days != null && date != null) {
                long day = Math.floorDiv(date, 86_400_000L);
                q.add(LongPoint.newRangeQuery(Fields.DATE, (day - days) * 86_400_000L, (day + days + 1) * 86_400_000L - 1),
                        BooleanClause.Occur.FILTER);
            }
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q.build(), top).scoreDocs) {
                out.add(searcher.storedFields().document(sd.doc, Set.of(Fields.ID)).get(Fields.ID));
            }
            return out;
        };
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/extraction/scrapinghub");
        Path orangesum = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        String month = "2020-06";
        int queries = 600;
        boolean entities = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--orangesum" -> orangesum = Path.of(args[++i]);
                case "--month" -> month = args[++i];
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--entities" -> entities = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.exists(data) && data.startsWith("..")) data = Path.of("..").resolve(data);
        if (!Files.exists(orangesum) && orangesum.startsWith("..")) orangesum = Path.of("..").resolve(orangesum);
        Map<String, RelatedConfig> configs = new LinkedHashMap<>();
        RelatedConfig d = RelatedConfig.DEFAULT;
        configs.put("headline as body (words 1, matches 1)", d.withTitleBoost(1f).withTitleMatchBoost(1f));
        configs.put("default " + d, d);
        configs.put("headline words 1, matches 1.5", d.withTitleBoost(1f));
        configs.put("headline words 2, matches 2", d.withTitleBoost(2f).withTitleMatchBoost(2f));
        for (float floor : new float[]{0f, 0.1f, 0.2f, 0.3f}) configs.put("similarity floor " + floor, d.withMinSimilarity(floor));
        if (entities) {
            configs.put("no entity bonus", d.withEntityBoost(0f));
            configs.put("entity bonus 1", d.withEntityBoost(1f));
            configs.put("entity bonus 2", d.withEntityBoost(2f));
        }
        Path tmp = Files.createTempDirectory("vigie-related-eval");
        try {
            english(data, tmp.resolve("english"), configs, entities);
            french(orangesum, month, queries, tmp.resolve("french"), configs, entities);
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static void english(Path data, Path dir, Map<String, RelatedConfig> configs, boolean entities) throws Exception {
        Map<String, String> labels = EnglishStoryEval.events();
        List<EnglishStoryEval.Page> pages = EnglishStoryEval.pages(data);
        Map<String, String> eventOf = new HashMap<>();   // article id -> event, "?" or the page's own
        Map<String, List<String>> members = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        Pipeline ner = entities ? EntityPipelines.english(null) : null;
        long tNer = System.nanoTime();
        for (EnglishStoryEval.Page p : pages) {
            Article a = Article.compose(p.title(), null, p.paragraphs()).withSourceId(p.sha()).withLanguage(p.language(),
                    p.language() == null ? null : 1.0);
            if (ner != null && "en".equals(p.language())) a = Corpus.storable(ner.process(a));
            articles.add(a);
            titles.put(a.id(), a.title());
            String event = "en".equals(p.language()) ? labels.getOrDefault(p.sha().substring(0, 10), p.sha()) : "other:" + p.sha();
            eventOf.put(a.id(), event);
            members.computeIfAbsent(event, k -> new ArrayList<>()).add(a.id());
        }
        if (ner != null) System.out.printf(Locale.ROOT, "English entities (CoreNLP, alias table) in %.1f s%n", (System.nanoTime() - tNer) / 1e9);
        long t0 = System.nanoTime();
        try (Corpus corpus = Corpus.open(dir)) {
            corpus.ingest(articles);
            System.out.printf(Locale.ROOT, "English events: %d pages stored in %.1f s; %d English pages in %d labelled events%n",
                    articles.size(), (System.nanoTime() - t0) / 1e9,
                    members.entrySet().stream().filter(e -> labels.containsValue(e.getKey()) && !e.getKey().equals("?"))
                            .mapToInt(e -> e.getValue().size()).sum(),
                    labels.values().stream().filter(e -> !e.equals("?")).distinct().count());
            for (Map.Entry<String, Ranker> c : rankers(corpus, dir, configs).entrySet()) {
                int n = 0, p1 = 0, answers = 0, right = 0, alone = 0, alarms = 0;
                double rPrec = 0, r5 = 0, r10 = 0, mrr = 0;
                long t1 = System.nanoTime();
                List<String> misses = new ArrayList<>();
                for (Article a : articles) {
                    String event = eventOf.get(a.id());
                    if (event.equals("?") || event.startsWith("other:")) continue;
                    if (!labels.containsValue(event)) {
                        // an English page of no labelled event: nothing should be listed
                        alone++;
                        if (!c.getValue().related(a.id(), 10, null).isEmpty()) alarms++;
                        continue;
                    }
                    int relevant = members.get(event).size() - 1;
                    if (relevant == 0) continue;
                    List<String> related = c.getValue().related(a.id(), 10, null);
                    List<Boolean> hits = new ArrayList<>();
                    for (String h : related) {
                        String e = eventOf.get(h);
                        if (!e.equals("?")) hits.add(e.equals(event));
                    }
                    n++;
                    answers += hits.size();
                    right += count(hits, hits.size());
                    if (!hits.isEmpty() && hits.get(0)) p1++;
                    else misses.add(a.title() + " -> " + (related.isEmpty() ? "nothing" : titles.get(related.get(0))));
                    rPrec += (double) count(hits, relevant) / relevant;
                    r5 += (double) count(hits, 5) / relevant;
                    r10 += (double) count(hits, 10) / relevant;
                    int first = hits.indexOf(true);
                    if (first >= 0) mrr += 1.0 / (first + 1);
                }
                double ms = (System.nanoTime() - t1) / 1e6 / n;
                System.out.printf(Locale.ROOT, "  %-45s %d queries: P@1 %.3f  R-precision %.3f  recall@5 %.3f  recall@10 %.3f"
                        + "  MRR %.3f  answers right %.3f (%d)  (%.1f ms a query)%n", c.getKey(), n, (double) p1 / n, rPrec / n,
                        r5 / n, r10 / n, mrr / n, (double) right / Math.max(1, answers), answers, ms);
                System.out.printf(Locale.ROOT, "  %-45s %d pages of no labelled event: something listed for %.3f%n", "", alone,
                        (double) alarms / Math.max(1, alone));
                if (c.getKey().startsWith("default")) {
                    for (String m : misses) System.out.println("      first answer of another event: " + m);
                }
            }
        }
    }

    private static int count(List<Boolean> hits, int k) {
        int n = 0;
        for (int i = 0; i < Math.min(k, hits.size()); i++) if (hits.get(i)) n++;
        return n;
    }

    static void french(Path orangesum, String month, int queries, Path dir, Map<String, RelatedConfig> configs,
                       boolean entities) throws Exception {
        if (!Files.exists(orangesum)) {
            System.out.println("French brief/report: no " + orangesum + ", skipped");
            return;
        }
        Map<String, Integer> bodies = new HashMap<>();
        Map<String, Integer> labelOf = new HashMap<>();      // article id -> label (one per distinct body)
        Map<Integer, Set<String>> briefsOf = new HashMap<>(), reportsOf = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();            // {brief id, report id}
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(orangesum)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode j = m.readTree(line);
                String date = j.path("date").asText("");
                String heading = j.path("heading").asText("");
                String body = j.path("article").asText("");
                if (!date.startsWith(month) || heading.isBlank() || body.length() < 200) continue;
                List<String> paras = List.of(GLUED.split(body));
                if (paras.size() < 2) continue;
                Metadata meta = new Metadata(null, null, null, List.of(), date, "input", null, null);
                Article brief = Article.compose(j.path("title").asText(), heading, List.of()).withMetadata(meta)
                        .withSourceId(j.path("file").asText() + "-brief").withLanguage("fr", 1.0);
                String first = paras.get(0);
                Article report = Article.compose(first.length() > 150 ? first.substring(0, 150) : first, null,
                        paras.subList(1, paras.size())).withMetadata(meta).withSourceId(j.path("file").asText() + "-report")
                        .withLanguage("fr", 1.0);
                int label = bodies.computeIfAbsent(body, b -> bodies.size());
                labelOf.put(brief.id(), label);
                labelOf.put(report.id(), label);
                briefsOf.computeIfAbsent(label, k -> new HashSet<>()).add(brief.id());
                reportsOf.computeIfAbsent(label, k -> new HashSet<>()).add(report.id());
                articles.add(brief);
                articles.add(report);
                pairs.add(new String[]{brief.id(), report.id()});
            }
        }
        if (entities) {
            // the French entity pipeline (CoreNLP, alias table) on every brief and report, so the
            // entity bonus has entities to share; the same text ids as without
            Pipeline ner = EntityPipelines.french();
            long tNer = System.nanoTime();
            articles.replaceAll(a -> Corpus.storable(ner.process(a)));
            System.out.printf(Locale.ROOT, "French entities (CoreNLP, alias table) on %d documents in %.1f s%n", articles.size(),
                    (System.nanoTime() - tNer) / 1e9);
        }
        long t0 = System.nanoTime();
        try (Corpus corpus = Corpus.open(dir)) {
            corpus.ingest(articles);
            int step = Math.max(1, pairs.size() / queries);
            System.out.printf(Locale.ROOT, "French brief/report, OrangeSum %s: %d articles -> %d documents stored in %.1f s;"
                            + " every %d-th pair asked (top 5, ±30 days)%n", month, pairs.size(), corpus.count(),
                    (System.nanoTime() - t0) / 1e9, step);
            for (Map.Entry<String, Ranker> c : rankers(corpus, dir, configs).entrySet()) {
                int n = 0, b1 = 0, b5 = 0, r1 = 0, r5 = 0;
                long t1 = System.nanoTime();
                for (int i = 0; i < pairs.size(); i += step) {
                    String brief = pairs.get(i)[0], report = pairs.get(i)[1];
                    int label = labelOf.get(brief);
                    n++;
                    int rank = rank(c.getValue(), brief, reportsOf.get(label));
                    if (rank == 1) b1++;
                    if (rank >= 1 && rank <= 5) b5++;
                    rank = rank(c.getValue(), report, briefsOf.get(label));
                    if (rank == 1) r1++;
                    if (rank >= 1 && rank <= 5) r5++;
                }
                double ms = (System.nanoTime() - t1) / 1e6 / (2 * n);
                System.out.printf(Locale.ROOT, "  %-45s %d pairs: brief -> its report first %.3f, in top 5 %.3f;"
                                + " report -> its brief first %.3f, in top 5 %.3f  (%.1f ms a query)%n", c.getKey(), n,
                        (double) b1 / n, (double) b5 / n, (double) r1 / n, (double) r5 / n, ms);
            }
        }
    }

    /** The rank (1-based) of the first of {@code wanted} among the 5 related articles (±30 days) of {@code id}, or -1. */
    private static int rank(Ranker ranker, String id, Set<String> wanted) throws IOException {
        List<String> related = ranker.related(id, 5, RelatedRequest.DEFAULT_DAYS);
        for (int i = 0; i < related.size(); i++) if (wanted.contains(related.get(i))) return i + 1;
        return -1;
    }

    /** Plain MoreLikeThis, then {@code vigie related} with each config. */
    private static Map<String, Ranker> rankers(Corpus corpus, Path dir, Map<String, RelatedConfig> configs) throws IOException {
        Map<String, Ranker> out = new LinkedHashMap<>();
        out.put("plain MoreLikeThis (baseline)", plainMoreLikeThis(dir));
        configs.forEach((name, c) -> out.put(name, vigie(corpus, c)));
        return out;
    }
}
