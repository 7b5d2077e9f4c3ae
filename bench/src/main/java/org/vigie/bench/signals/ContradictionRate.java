package org.vigie.bench.signals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.nlp.signals.support.HeadlineContradictionStage;

/**
 * How often {@code headline-contradicts-body} fires on wire copy (OrangeSum: title, lead as
 * standfirst, body), and the firings themselves, headline evidence against body evidence, for a
 * human to judge precision (wire copy rarely contradicts its own headline: most firings on it are
 * false alarms, so the rate is an upper bound of the false-alarm rate). Also prints throughput.
 *
 * <pre>args: [--data jsonl.gz, default ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--n 5000] [--show 30]</pre>
 */
public final class ContradictionRate {

    private static final String USAGE = "ContradictionRate [--data FILE] [--n N] [--show K]";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(o.get("data"));
        int n = Integer.parseInt(o.getOrDefault("n", "5000"));
        int show = Integer.parseInt(o.getOrDefault("show", "30"));
        List<Article> articles = BenchFiles.orangesumArticles(data, n);
        HeadlineContradictionStage stage = new HeadlineContradictionStage();
        for (int i = 0; i < Math.min(200, articles.size()); i++) stage.process(articles.get(i)); // warm-up
        int fired = 0;
        int signals = 0;
        int shown = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        long t0 = System.nanoTime();
        StringBuilder examples = new StringBuilder();
        for (Article a : articles) {
            List<Signal> s = stage.process(a).signals();
            if (s.isEmpty()) continue;
            fired++;
            signals += s.size();
            for (Signal x : s) {
                String rule = x.explanation().contains("contraire") ? "direction" : "figure";
                byRule.merge(rule, 1, Integer::sum);
                if (shown < show) {
                    shown++;
                    examples.append(String.format(Locale.ROOT, "%n#%d %s %s [%s %.2f]%n  title: %s%n  head:  %s%n  body:  %s%n  why:   %s%n",
                            shown, a.id(), rule, x.kind(), x.score(), a.title(), x.evidence().get(0).text(),
                            context(a, x.evidence().get(1).start(), x.evidence().get(1).end()), x.explanation()));
                }
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "articles %d, fired on %d (%.2f %%), signals %d %s%n", articles.size(), fired,
                100.0 * fired / Math.max(1, articles.size()), signals, byRule);
        System.out.printf(Locale.ROOT, "%.3f ms/article%n", ms / Math.max(1, articles.size()));
        System.out.print(examples);
    }

    /** The body evidence with some words around it, the conflicting figure marked [[...]]. */
    private static String context(Article a, int s, int e) {
        String t = a.text();
        int from = Math.max(a.bodyStart() > s ? 0 : a.bodyStart(), s - 90);
        int to = Math.min(t.length(), e + 60);
        return ("…" + t.substring(from, s) + "[[" + t.substring(s, e) + "]]" + t.substring(e, to) + "…").replace('\n', ' ');
    }
}
