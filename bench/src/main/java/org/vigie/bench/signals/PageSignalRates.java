package org.vigie.bench.signals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.ingest.source.Ingestion;
import org.vigie.ingest.source.ReaderRegistry;
import org.vigie.nlp.NlpPipelines;

/**
 * How often each signal fires on a folder of ordinary news pages, per detected language: the
 * false-alarm proxy of {@code SignalEval}'s wire-copy section for pages in any format and any
 * language (the default folder is the scrapinghub extraction benchmark, 181 mostly English pages
 * from mainstream outlets, where a headline or standfirst the body does not support should be rare).
 * Every firing of the kinds asked for is listed with its evidence, to judge by hand.
 *
 * <pre>args: [--pages DIR] [--show K (firings listed per kind, default 10)] [--kinds k1,k2 (default all)]</pre>
 */
public final class PageSignalRates {

    private static final String USAGE = "PageSignalRates [--pages DIR] [--show K] [--kinds k1,k2]";
    private static final String DEFAULT_PAGES = "../shared/extraction/scrapinghub/html";

    private PageSignalRates() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        // the default folder relative to the repository root, or to a worktree one level below it
        Path pages = Path.of(o.getOrDefault("pages", Files.isDirectory(Path.of(DEFAULT_PAGES)) ? DEFAULT_PAGES : "../" + DEFAULT_PAGES));
        if (!Files.isDirectory(pages)) throw new IllegalArgumentException("no such folder: " + pages.toAbsolutePath() + "; pass --pages DIR");
        int show = Integer.parseInt(o.getOrDefault("show", "10"));
        List<String> kinds = o.containsKey("kinds") ? List.of(o.get("kinds").split(",")) : null;

        List<Article> read = new ArrayList<>();
        Ingestion.Summary s = new Ingestion(ReaderRegistry.withHtml(new HtmlReader())).read(List.of(pages), read::add,
                e -> System.out.println("skipped: " + e.getMessage()));
        Pipeline p = Pipeline.of(new LanguageStage(false));
        for (var stage : NlpPipelines.standard(null).stages()) p = p.then(stage);
        long t0 = System.nanoTime();
        List<Article> analysed = new ArrayList<>();
        for (Article a : read) analysed.add(p.process(a));
        System.out.printf(Locale.ROOT, "%s: %d files, %d articles analysed in %.1f s%n", pages, s.files(), analysed.size(),
                (System.nanoTime() - t0) / 1e9);

        Map<String, List<Article>> byLanguage = analysed.stream()
                .collect(Collectors.groupingBy(a -> a.language() == null ? "?" : a.language(), TreeMap::new, Collectors.toList()));
        for (var e : byLanguage.entrySet()) {
            List<Article> docs = e.getValue();
            Map<String, Integer> fired = new TreeMap<>();
            for (Article a : docs) a.signals().stream().map(Signal::kind).distinct().forEach(k -> fired.merge(k, 1, Integer::sum));
            System.out.printf(Locale.ROOT, "%nlanguage %s: %d articles; articles on which each signal fires%n", e.getKey(), docs.size());
            fired.forEach((k, n) -> System.out.printf(Locale.ROOT, "  %-36s %4d  %5.1f%%%n", k, n, 100.0 * n / docs.size()));
        }
        if (show == 0) return;
        Map<String, List<String>> examples = new TreeMap<>();
        for (Article a : analysed) {
            for (Signal sig : a.signals()) {
                if (kinds != null && !kinds.contains(sig.kind())) continue;
                List<String> list = examples.computeIfAbsent(sig.kind(), k -> new ArrayList<>());
                if (list.size() >= show) continue;
                list.add("[" + a.language() + "] " + oneLine(a.title()) + "\n      evidence: "
                        + sig.evidence().stream().map(Span::text).map(PageSignalRates::oneLine).collect(Collectors.joining(" | ")));
            }
        }
        examples.forEach((k, list) -> {
            System.out.println("\n" + k + " (first " + list.size() + ")");
            list.forEach(x -> System.out.println("  " + x));
        });
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 140 ? t.substring(0, 140) + "…" : t;
    }
}
