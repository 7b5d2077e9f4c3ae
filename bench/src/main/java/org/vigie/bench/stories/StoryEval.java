package org.vigie.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.stories.StoryClusters;
import org.vigie.corpus.stories.StoryConfig;

/**
 * A proxy evaluation of story clusters on one dense month of real OrangeSum articles (no event
 * labels exist): each article is split into a brief (headline + lede) and a report (the body under
 * its first sentence as headline), which tell the same event in different words. Everything is
 * added in date order (shuffled within a day). Reports the share of briefs that joined their own
 * report's story, and pairwise precision/recall against "same source article". Different
 * articles about one event are counted as errors, so precision is a lower bound.
 *
 * <pre>
 * bench/run-java.sh org.vigie.bench.stories.StoryEval [--data ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz]
 *     [--month 2020-06] [--min-score 0.15] [--window 2]
 * </pre>
 */
public final class StoryEval {

    private static final Pattern GLUED = Pattern.compile("(?<=[.!?»])(?=[\"«]?\\p{Lu})");

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        String month = "2020-06";
        StoryConfig c = StoryConfig.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--month" -> month = args[++i];
                case "--min-score" -> c = new StoryConfig(Double.parseDouble(args[++i]), c.entityBonus(), c.maxBonus(),
                        c.windowDays(), c.topTerms());
                case "--window" -> c = new StoryConfig(c.minScore(), c.entityBonus(), c.maxBonus(),
                        Integer.parseInt(args[++i]), c.topTerms());
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.exists(data) && data.startsWith("..")) data = Path.of("..").resolve(data);
        List<Article[]> pairs = new ArrayList<>();
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
        System.out.printf(Locale.ROOT, "config: min score %.2f, window %d days, entity bonus %.2f (max %.2f), %d terms%n",
                c.minScore(), c.windowDays(), c.entityBonus(), c.maxBonus(), c.topTerms());
        Map<String, Integer> sizes = new HashMap<>(pred);
        sizes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .forEach(e -> System.out.printf(Locale.ROOT, "largest story: %d articles, terms %s%n", e.getValue(),
                        s.story(e.getKey()).orElseThrow().terms()));
        System.out.printf(Locale.ROOT, "brief in its report's story: %d / %d = %.4f%n", joined, pairs.size(), (double) joined / pairs.size());
        System.out.printf(Locale.ROOT, "pairwise vs same source article: precision %.4f (lower bound: same-event articles count as errors)"
                + " recall %.4f F1 %.4f%n", prec, rec, 2 * prec * rec / (prec + rec));
    }
}
