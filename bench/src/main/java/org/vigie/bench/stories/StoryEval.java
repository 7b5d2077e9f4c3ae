package org.vigie.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.stories.Story;
import org.vigie.corpus.stories.StoryClusters;
import org.vigie.corpus.stories.StoryConfig;
import org.vigie.corpus.stories.TermVectors;

/**
 * A proxy evaluation of story clusters on one dense month of real OrangeSum articles (no event
 * labels exist): each article is split into a brief (headline + lede) and a report (the body under
 * its first sentence as headline), which tell the same event in different words. Everything is
 * added in date order (shuffled within a day). Reports the share of briefs that joined their own
 * report's story, and pairwise precision/recall against "same source article". Different
 * articles about one event are counted as errors, so precision is a lower bound.
 *
 * <p>Chaining (single-link stories that join unrelated topics through a bridging member): among
 * stories of at least three articles, the share holding a pair of members whose cosine is under
 * {@value #CHAIN_COSINE} (TF-IDF over all stems, IDF of the whole run: a measure independent of
 * the clusterer's own vectors) and the share holding a pair with none of their
 * {@value #KEY_TERMS} heaviest stems in common, plus the mean within-story pairwise cosine.
 * Printed for the brief/report run and for a second run on the same articles whole (one per
 * distinct body, in date order, as the server clusters them; no NLP, so no entity bonus). {@code --day D} also
 * lists the stories of D (at least three articles) clustered from the whole articles of D ± window,
 * as {@code vigie stories} computes them, with headlines.
 *
 * <pre>
 * bench/run org.vigie.bench.stories.StoryEval [--data ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz]
 *     [--month 2020-06] [--min-score 0.15] [--window 2] [--link-floor 0.05] [--min-share 0.6]
 *     [--day 2020-05-20]
 * </pre>
 * {@code --link-floor 0 --min-share 0} is the nearest-article rule without the chaining gate.
 */
public final class StoryEval {

    static final double CHAIN_COSINE = 0.05;
    static final int KEY_TERMS = 10;
    private static final Pattern GLUED = Pattern.compile("(?<=[.!?»])(?=[\"«]?\\p{Lu})");

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        String month = "2020-06";
        String day = null;
        StoryConfig c = StoryConfig.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--month" -> month = args[++i];
                case "--min-score" -> c = new StoryConfig(Double.parseDouble(args[++i]), c.entityBonus(), c.maxBonus(),
                        c.windowDays(), c.topTerms(), c.linkFloor(), c.minShare());
                case "--window" -> c = new StoryConfig(c.minScore(), c.entityBonus(), c.maxBonus(),
                        Integer.parseInt(args[++i]), c.topTerms(), c.linkFloor(), c.minShare());
                case "--link-floor" -> c = c.withChainGate(Double.parseDouble(args[++i]), c.minShare());
                case "--min-share" -> c = c.withChainGate(c.linkFloor(), Double.parseDouble(args[++i]));
                case "--day" -> day = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.exists(data) && data.startsWith("..")) data = Path.of("..").resolve(data);
        List<Article[]> pairs = new ArrayList<>();
        List<Article> whole = new ArrayList<>();
        List<Article> around = new ArrayList<>();
        Set<String> aroundBodies = new HashSet<>();
        LocalDate focus = day == null ? null : LocalDate.parse(day);
        Map<String, Integer> bodies = new HashMap<>();
        List<Integer> label = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(data)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode j = m.readTree(line);
                String date = j.path("date").asText("");
                String heading = j.path("heading").asText("");
                String body = j.path("article").asText("");
                if (focus != null && date.length() >= 10 && !body.isBlank()
                        && Math.abs(LocalDate.parse(date.substring(0, 10)).toEpochDay() - focus.toEpochDay()) <= c.windowDays()
                        && aroundBodies.add(body)) {
                    around.add(wholeArticle(j, body, date));
                }
                if (!date.startsWith(month) || heading.isBlank() || body.length() < 200) continue;
                List<String> paras = List.of(GLUED.split(body));
                if (paras.size() < 2) continue;
                Metadata meta = new Metadata(null, null, null, List.of(), date, "input", null, null);
                String file = j.path("file").asText();
                Article brief = Article.compose(j.path("title").asText(), heading, List.of()).withMetadata(meta)
                        .withSourceId(file + "-brief");
                String first = paras.get(0);
                Article report = Article.compose(first.length() > 150 ? first.substring(0, 150) : first, null,
                        paras.subList(1, paras.size())).withMetadata(meta).withSourceId(file + "-report");
                pairs.add(new Article[]{brief, report});
                // Identical bodies (OrangeSum duplicates) are one article.
                if (!bodies.containsKey(body)) whole.add(wholeArticle(j, body, date));
                label.add(bodies.computeIfAbsent(body, b -> bodies.size()));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size() * 2; i++) order.add(i);
        Collections.shuffle(order, new Random(7));
        order.sort(Comparator.comparing(i -> pairs.get(i / 2)[0].metadata().date()));
        StoryClusters s = new StoryClusters(c);
        long t0 = System.nanoTime();
        for (int i : order) s.add(pairs.get(i / 2)[i % 2]);
        double secs = (System.nanoTime() - t0) / 1e9;
        int joined = 0;
        Map<String, Map<Integer, Integer>> cells = new HashMap<>();
        Map<Integer, Integer> gold = new HashMap<>();
        Map<String, Integer> pred = new HashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            String sb = s.storyId(pairs.get(p)[0].id()).orElseThrow(), sr = s.storyId(pairs.get(p)[1].id()).orElseThrow();
            if (sb.equals(sr)) joined++;
            for (String st : new String[]{sb, sr}) {
                cells.computeIfAbsent(st, k -> new HashMap<>()).merge(label.get(p), 1, Integer::sum);
                gold.merge(label.get(p), 1, Integer::sum);
                pred.merge(st, 1, Integer::sum);
            }
        }
        long tp = 0, gp = 0, pp = 0;
        for (Map<Integer, Integer> row : cells.values()) for (int v : row.values()) tp += (long) v * (v - 1) / 2;
        for (int v : gold.values()) gp += (long) v * (v - 1) / 2;
        for (int v : pred.values()) pp += (long) v * (v - 1) / 2;
        double prec = (double) tp / pp, rec = (double) tp / gp;
        System.out.printf(Locale.ROOT, "%s: %d articles -> %d briefs + %d reports, %d stories; %.2f s wall (%.0f articles/s)%n",
                month, pairs.size(), pairs.size(), pairs.size(), s.storyCount(), secs, 2 * pairs.size() / secs);
        System.out.printf(Locale.ROOT, "config: min score %.2f, window %d days, entity bonus %.2f (max %.2f), %d terms,"
                + " link floor %.2f, min share %.2f%n", c.minScore(), c.windowDays(), c.entityBonus(), c.maxBonus(), c.topTerms(),
                c.linkFloor(), c.minShare());
        Map<String, Integer> sizes = new HashMap<>(pred);
        sizes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .forEach(e -> System.out.printf(Locale.ROOT, "largest story: %d articles, terms %s%n", e.getValue(),
                        s.story(e.getKey()).orElseThrow().terms()));
        System.out.printf(Locale.ROOT, "brief in its report's story: %d / %d = %.4f%n", joined, pairs.size(), (double) joined / pairs.size());
        System.out.printf(Locale.ROOT, "pairwise vs same source article: precision %.4f (lower bound: same-event articles count as errors)"
                + " recall %.4f F1 %.4f%n", prec, rec, 2 * prec * rec / (prec + rec));
        List<Article> split = new ArrayList<>();
        for (int i : order) split.add(pairs.get(i / 2)[i % 2]);
        System.out.println("chaining, briefs and reports: " + chaining(split, s));
        whole.sort(Comparator.comparing((Article a) -> a.metadata().date()).thenComparing(Article::id));
        StoryClusters w = new StoryClusters(c);
        for (Article a : whole) w.add(a);
        System.out.printf(Locale.ROOT, "whole articles: %d, %d stories; chaining: %s%n", whole.size(), w.storyCount(),
                chaining(whole, w));
        if (focus != null) listDay(around, focus, c);
    }

    static Article wholeArticle(JsonNode j, String body, String date) {
        Metadata meta = new Metadata(null, null, null, List.of(), date, "input", null, null);
        return Article.compose(j.path("title").asText(), j.path("heading").asText(""), List.of(GLUED.split(body)))
                .withMetadata(meta).withSourceId(j.path("file").asText());
    }

    /** The stories of one day from the whole articles of its window, in date order (then id), with headlines. */
    static void listDay(List<Article> window, LocalDate day, StoryConfig c) {
        window.sort(Comparator.comparing((Article a) -> a.metadata().date()).thenComparing(Article::id));
        StoryClusters s = new StoryClusters(c);
        Map<String, Article> byId = new HashMap<>();
        for (Article a : window) {
            s.add(a);
            byId.put(a.id(), a);
        }
        Map<String, Map<String, Double>> vectors = vectors(window);
        List<Story> stories = s.storiesOn(day, 3);
        System.out.printf(Locale.ROOT, "%n%d stories of %s with at least 3 articles (%d articles of %s ± %d days):%n",
                stories.size(), day, window.size(), day, c.windowDays());
        for (Story st : stories) {
            List<String> ids = new ArrayList<>();
            st.days().values().forEach(ids::addAll);
            double min = 1;
            for (int i = 0; i < ids.size(); i++) {
                for (int k = i + 1; k < ids.size(); k++) min = Math.min(min, cosine(vectors.get(ids.get(i)), vectors.get(ids.get(k))));
            }
            System.out.printf(Locale.ROOT, "- %d articles, terms %s, lowest pair cosine %.3f%s%n", st.size(), st.terms(), min,
                    min < CHAIN_COSINE ? " (chained)" : "");
            for (String id : ids) {
                Article a = byId.get(id);
                System.out.printf(Locale.ROOT, "    %s  %s%n", a.metadata().date(), a.title());
            }
        }
    }

    /** The chaining figure of a clustering of {@code articles} (see the class comment). */
    static String chaining(List<Article> articles, StoryClusters s) {
        Map<String, Map<String, Double>> vectors = vectors(articles);
        Map<String, List<String>> members = new HashMap<>();
        for (Article a : articles) members.computeIfAbsent(s.storyId(a.id()).orElseThrow(), k -> new ArrayList<>()).add(a.id());
        int big = 0, lowPair = 0, noKeyTerm = 0, inBig = 0;
        double meanSum = 0;
        for (List<String> ids : members.values()) {
            if (ids.size() < 3) continue;
            big++;
            inBig += ids.size();
            boolean low = false, disjoint = false;
            double sum = 0;
            int n = 0;
            List<Set<String>> keys = new ArrayList<>();
            for (String id : ids) keys.add(keyTerms(vectors.get(id)));
            for (int i = 0; i < ids.size(); i++) {
                Map<String, Double> vi = vectors.get(ids.get(i));
                for (int k = i + 1; k < ids.size(); k++) {
                    double cos = cosine(vi, vectors.get(ids.get(k)));
                    sum += cos;
                    n++;
                    if (cos < CHAIN_COSINE) low = true;
                    if (Collections.disjoint(keys.get(i), keys.get(k))) disjoint = true;
                }
            }
            if (low) lowPair++;
            if (disjoint) noKeyTerm++;
            meanSum += sum / n;
        }
        return String.format(Locale.ROOT, "%d stories of >= 3 articles (%d articles); with a pair under cosine %.2f: %d = %.4f;"
                        + " with a pair sharing none of its %d key stems: %d = %.4f; mean within-story pair cosine %.4f",
                big, inBig, CHAIN_COSINE, lowPair, big == 0 ? 0 : (double) lowPair / big, KEY_TERMS, noKeyTerm,
                big == 0 ? 0 : (double) noKeyTerm / big, big == 0 ? 0 : meanSum / big);
    }

    private static Set<String> keyTerms(Map<String, Double> v) {
        return v.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEY_TERMS).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Unit TF-IDF vectors over all stems ({@link TermVectors}), IDF of the whole list. */
    static Map<String, Map<String, Double>> vectors(List<Article> articles) {
        Map<String, Integer> df = new HashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Article a : articles) {
            Map<String, Integer> tf = TermVectors.counts(a);
            counts.put(a.id(), tf);
            for (String t : tf.keySet()) df.merge(t, 1, Integer::sum);
        }
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (Article a : articles) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.get(a.id()).entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log(1 + (double) articles.size() / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double n = Math.sqrt(norm);
            v.replaceAll((k, w) -> n == 0 ? 0 : w / n);
            out.put(a.id(), v);
        }
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return cosine(b, a);
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) s += w * e.getValue();
        }
        return s;
    }
}
