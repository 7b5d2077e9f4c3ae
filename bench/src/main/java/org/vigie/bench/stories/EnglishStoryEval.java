package org.vigie.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.core.model.Article;
import org.vigie.corpus.stories.StoryClusters;
import org.vigie.corpus.stories.StoryConfig;
import org.vigie.corpus.stories.TermAnalyses;
import org.vigie.ingest.language.LanguageStage;

/**
 * Story clusters on English news: the pages of Scrapinghub's article-extraction benchmark (181
 * pages of November 2019, mostly English, a few Portuguese, Russian, Korean, Italian, Indonesian;
 * their human {@code articleBody}, the title from the page's og:title or title), each given the
 * language the language stage detects, all added undated (one window) in hash order. Two
 * measures:
 *
 * <ul>
 *   <li>events: pairwise precision/recall against hand-made event labels
 *       ({@code stories-en/events.tsv}: 15 events of two to four pages from different outlets;
 *       an unlabelled English page is an event of its own; pages marked "?" are clustered but
 *       not scored). Non-English pages are not scored; stories mixing languages are counted.</li>
 *   <li>brief/report, as {@link StoryEval} does for French: each English page of at least three
 *       paragraphs split into a brief (title + first paragraph) and a report (the rest, under its
 *       first sentence as headline); share of briefs in their report's story and pairwise F1
 *       against "same page".</li>
 * </ul>
 * Each is run with the English analysis (KStem), the minimal and Porter stemmers, and "as French"
 * (language cleared: the French analysis and one IDF for all, as before languages were told apart).
 *
 * <pre>
 * bench/run org.vigie.bench.stories.EnglishStoryEval [--data ../shared/extraction/scrapinghub]
 * </pre>
 */
public final class EnglishStoryEval {

    /** One page: its sha256 key, URL, title (og:title, else title), human body paragraphs, detected language. */
    public record Page(String sha, String url, String title, List<String> paragraphs, String language) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/extraction/scrapinghub");
        Path french = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        int background = 2000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--french" -> french = Path.of(args[++i]);
                case "--background" -> background = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.exists(data) && data.startsWith("..")) data = Path.of("..").resolve(data);
        if (!Files.exists(french) && french.startsWith("..")) french = Path.of("..").resolve(french);
        List<Article> frenchArticles = frenchBackground(french, background);
        Map<String, String> events = events();
        List<Page> pages = pages(data);
        Map<String, Integer> languages = new TreeMap<>();
        for (Page p : pages) languages.merge(String.valueOf(p.language), 1, Integer::sum);
        long labelled = pages.stream().filter(p -> "en".equals(p.language) && events.containsKey(prefix(p))
                && !events.get(prefix(p)).equals("?")).count();
        System.out.printf(Locale.ROOT, "%d pages, languages %s; %d English pages in %d labelled events%n", pages.size(),
                languages, labelled, events.values().stream().filter(e -> !e.equals("?")).distinct().count());
        for (String p : events.keySet()) {
            if (pages.stream().noneMatch(pg -> prefix(pg).equals(p))) throw new IllegalStateException("no page " + p);
        }
        Map<String, TermAnalyses> runs = new LinkedHashMap<>();
        runs.put("as French (before)", null);
        runs.put("English, minimal stemmer", TermAnalyses.DEFAULT.withEnglishStemming("minimal"));
        runs.put("English, Porter", TermAnalyses.DEFAULT.withEnglishStemming("porter"));
        runs.put("English, KStem (default)", TermAnalyses.DEFAULT);
        for (Map.Entry<String, TermAnalyses> run : runs.entrySet()) {
            System.out.println("== " + run.getKey());
            boolean detail = run.getValue() == TermAnalyses.DEFAULT;
            System.out.println("events: " + events(pages, events, run.getValue(), List.of(), detail));
            System.out.println("events after " + frenchArticles.size() + " French articles: "
                    + events(pages, events, run.getValue(), frenchArticles, detail));
            System.out.println("brief/report: " + briefs(pages, run.getValue()));
        }
    }

    /** Pairwise scores of whole pages against the event labels. */
    static String events(List<Page> pages, Map<String, String> labels, TermAnalyses analyses, List<Article> before,
                         boolean detail) {
        StoryClusters s = new StoryClusters(StoryConfig.DEFAULT, analyses == null ? TermAnalyses.DEFAULT : analyses);
        for (Article a : before) s.add(a);
        List<Article> articles = new ArrayList<>();
        for (Page p : pages) {
            Article a = article(p.title, p.paragraphs, p.sha, analyses == null ? null : p.language);
            articles.add(a);
            s.add(a);
        }
        long tp = 0, fp = 0, fn = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String ei = event(pages.get(i), labels);
            if (ei == null) continue;
            for (int k = i + 1; k < pages.size(); k++) {
                String ek = event(pages.get(k), labels);
                if (ek == null) continue;
                boolean same = s.storyId(articles.get(i).id()).equals(s.storyId(articles.get(k).id()));
                boolean gold = ei.equals(ek);
                if (same && gold) tp++;
                else if (same) {
                    fp++;
                    wrong.add(pages.get(i).title + " | " + pages.get(k).title);
                } else if (gold) fn++;
            }
        }
        Map<String, List<String>> langsByStory = new HashMap<>();
        for (Article a : before) langsByStory.computeIfAbsent(s.storyId(a.id()).orElseThrow(), x -> new ArrayList<>()).add("fr");
        for (int i = 0; i < pages.size(); i++) {
            langsByStory.computeIfAbsent(s.storyId(articles.get(i).id()).orElseThrow(), x -> new ArrayList<>())
                    .add(String.valueOf(pages.get(i).language));
        }
        long mixed = langsByStory.values().stream().filter(l -> l.stream().distinct().count() > 1).count();
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp), r = (double) tp / (tp + fn);
        return String.format(Locale.ROOT, "%d stories; same-event pairs %d, found %d, wrong %d: precision %.3f recall %.3f"
                + " F1 %.3f; stories mixing languages %d%s", s.storyCount(), tp + fn, tp, fp, p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r), mixed, wrong.isEmpty() || !detail ? "" : "; wrong pairs: " + wrong);
    }

    /**
     * The first {@code n} whole OrangeSum articles of June 2020 (one per distinct body, language
     * "fr"): the French-first corpus an English article arrives in. Empty when the file is missing.
     */
    static List<Article> frenchBackground(Path orangesum, int n) throws Exception {
        List<Article> out = new ArrayList<>();
        if (n == 0 || !Files.exists(orangesum)) return out;
        ObjectMapper m = new ObjectMapper();
        java.util.Set<String> bodies = new java.util.HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(orangesum)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && out.size() < n) {
                JsonNode j = m.readTree(line);
                String body = j.path("article").asText("");
                if (!j.path("date").asText("").startsWith("2020-06") || body.length() < 200 || !bodies.add(body)) continue;
                // Undated, as the English pages: one window.
                Article a = StoryEval.wholeArticle(j, body, "");
                out.add(a.withLanguage("fr", 1.0));
            }
        }
        return out;
    }

    /** Brief/report split of the English pages of at least three paragraphs. */
    static String briefs(List<Page> pages, TermAnalyses analyses) {
        List<Article[]> pairs = new ArrayList<>();
        for (Page p : pages) {
            if (!"en".equals(p.language) || p.paragraphs.size() < 3) continue;
            String lang = analyses == null ? null : p.language;
            Article brief = article(p.title, p.paragraphs.subList(0, 1), p.sha + "-brief", lang);
            String first = p.paragraphs.get(1);
            Article report = article(first.length() > 150 ? first.substring(0, 150) : first,
                    p.paragraphs.subList(2, p.paragraphs.size()), p.sha + "-report", lang);
            pairs.add(new Article[]{brief, report});
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size() * 2; i++) order.add(i);
        Collections.shuffle(order, new Random(7));
        StoryClusters s = new StoryClusters(StoryConfig.DEFAULT, analyses == null ? TermAnalyses.DEFAULT : analyses);
        for (int i : order) s.add(pairs.get(i / 2)[i % 2]);
        int joined = 0;
        Map<String, Map<Integer, Integer>> cells = new HashMap<>();
        Map<String, Integer> pred = new HashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            String sb = s.storyId(pairs.get(p)[0].id()).orElseThrow(), sr = s.storyId(pairs.get(p)[1].id()).orElseThrow();
            if (sb.equals(sr)) joined++;
            for (String st : new String[]{sb, sr}) {
                cells.computeIfAbsent(st, k -> new HashMap<>()).merge(p, 1, Integer::sum);
                pred.merge(st, 1, Integer::sum);
            }
        }
        long tp = 0, pp = 0;
        for (Map<Integer, Integer> row : cells.values()) for (int v : row.values()) tp += (long) v * (v - 1) / 2;
        for (int v : pred.values()) pp += (long) v * (v - 1) / 2;
        double prec = pp == 0 ? 0 : (double) tp / pp, rec = (double) tp / pairs.size();
        return String.format(Locale.ROOT, "%d pages -> %d stories; brief in its report's story %d / %d = %.3f;"
                        + " pairwise vs same page precision %.3f (lower bound) recall %.3f F1 %.3f", pairs.size(),
                s.storyCount(), joined, pairs.size(), (double) joined / pairs.size(), prec, rec,
                prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec));
    }

    /** The page's event label: null when unscored (not English, or "?"), its own hash when unlabelled. */
    private static String event(Page p, Map<String, String> labels) {
        if (!"en".equals(p.language)) return null;
        String e = labels.getOrDefault(prefix(p), p.sha);
        return e.equals("?") ? null : e;
    }

    private static String prefix(Page p) {
        return p.sha.substring(0, 10);
    }

    private static Article article(String title, List<String> paragraphs, String id, String language) {
        Article a = Article.compose(title, null, paragraphs).withSourceId(id);
        return a.withLanguage(language, language == null ? null : 1.0);
    }

    public static List<Page> pages(Path dir) throws Exception {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        LanguageStage detect = new LanguageStage();
        List<Page> out = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        truth.fieldNames().forEachRemaining(shas::add);
        Collections.sort(shas);
        for (String sha : shas) {
            JsonNode j = truth.get(sha);
            List<String> paras = new ArrayList<>();
            for (String p : j.path("articleBody").asText("").split("\\n+")) if (!p.isBlank()) paras.add(p.strip());
            if (paras.isEmpty()) continue;
            String title = title(dir.resolve("html").resolve(sha + ".html.gz"), j.path("url").asText());
            String language = detect.process(Article.compose(title, null, paras)).language();
            out.add(new Page(sha, j.path("url").asText(), title, paras, language));
        }
        return out;
    }

    private static String title(Path html, String url) throws Exception {
        if (!Files.exists(html)) return "";
        try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
            Document d = Jsoup.parse(in, null, url);
            Element og = d.selectFirst("meta[property=og:title]");
            String t = og != null ? og.attr("content") : d.title();
            return t.strip();
        }
    }

    /** The event labels: sha256 prefix (10 hex digits) of a page to its event ("?": unclear, not scored). */
    public static Map<String, String> events() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EnglishStoryEval.class.getResourceAsStream("/stories-en/events.tsv"), StandardCharsets.UTF_8))) {
            for (Iterator<String> it = r.lines().iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                if (out.put(f[1], f[0]) != null) throw new IllegalStateException("page labelled twice: " + f[1]);
            }
        }
        return out;
    }
}
