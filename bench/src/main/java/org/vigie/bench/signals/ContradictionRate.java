package org.vigie.bench.signals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>Then a recall estimate on synthetic contradictions made from the same articles: a headline
 * figure the body restates ("19 morts" with "19 morts" in the lead) is changed (×1.5, ×2 under 10)
 * so that the body now contradicts it, and a headline direction word is swapped ("hausse" for
 * "baisse"); it prints how many of those the stage catches, the first misses, and a table of the
 * rules that dropped the misses ({@link HeadlineContradictionStage#dropped}).
 *
 * <p>{@code --skip N} starts after the first N articles: a slice the rules were not tuned on.
 *
 * <pre>args: [--data jsonl.gz, default ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--n 5000] [--skip 0] [--show 30] [--misses 10]</pre>
 */
public final class ContradictionRate {

    private static final String USAGE = "ContradictionRate [--data FILE] [--n N] [--skip N] [--show K] [--misses K]";
    /** A headline count: digits (no separators), a space, a lower-case word. */
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.,])(\\d{1,6})(?![\\d.,])( [a-zéèàç]{3,})");
    /** Words after a number that make it a date, a duration or an age: not made into a contradiction. */
    private static final Pattern NOT_COUNTS = Pattern.compile("ans?|années?|mois|semaines?|jours?|heures?|minutes?|fois|"
            + "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre");
    /** Headlines about a measured quantity, where a swapped direction word makes a contradiction. */
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\b(chômage|prix|inflation|ventes|popularité|consommation|"
            + "délinquance|mortalité|natalité|naissances|production|croissance|bourse|salaires|loyers|immatriculations|"
            + "exportations|importations|dette|déficit|bénéfices?|fréquentation|audiences?)\\b");
    private static final String[][] SWAPS = {{"hausse", "baisse"}, {"augmente", "diminue"}, {"progresse", "recule"},
            {"bondit", "chute"}, {"grimpe", "chute"}, {"flambe", "chute"}, {"s'envole", "s'effondre"}, {"explose", "s'effondre"},
            {"remonte", "recule"}, {"recul", "hausse"}, {"dégringole", "grimpe"}};

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(o.get("data"));
        int n = Integer.parseInt(o.getOrDefault("n", "5000"));
        int show = Integer.parseInt(o.getOrDefault("show", "30"));
        int skip = Integer.parseInt(o.getOrDefault("skip", "0"));
        List<Article> all = BenchFiles.orangesumRead(data, skip + n);
        List<Article> articles = all.subList(Math.min(skip, all.size()), all.size());
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
                String rule = x.explanation().contains("affirme le contraire") ? "negation"
                        : x.explanation().contains("contraire") ? "direction" : "figure";
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
        System.out.printf(Locale.ROOT, "articles %d (after %d skipped), fired on %d (%.2f %%), signals %d %s%n", articles.size(), skip, fired,
                100.0 * fired / Math.max(1, articles.size()), signals, byRule);
        System.out.printf(Locale.ROOT, "%.3f ms/article%n", ms / Math.max(1, articles.size()));
        System.out.print(examples);
        synthetic(articles, stage, Integer.parseInt(o.getOrDefault("misses", "10")));
    }

    /** Recall on contradictions made by editing headlines the body agrees with. */
    private static void synthetic(List<Article> articles, HeadlineContradictionStage stage, int misses) {
        int figures = 0;
        int figuresCaught = 0;
        int directions = 0;
        int directionsCaught = 0;
        StringBuilder missed = new StringBuilder();
        int shownMisses = 0;
        Map<String, Integer> rules = new TreeMap<>();
        for (Article a : articles) {
            if (!stage.process(a).signals().isEmpty()) continue;
            String lead = a.text().substring(a.title().length());
            Matcher m = COUNT.matcher(a.title());
            if (m.find() && lead.contains(m.group(1) + m.group(2)) && !NOT_COUNTS.matcher(m.group(2).strip()).matches()) {
                int n = Integer.parseInt(m.group(1));
                int changed = n < 10 ? 2 * n : (int) Math.round(1.5 * n);
                if (n > 1 && !lead.contains(Integer.toString(changed))) {
                    figures++;
                    String title = a.title().substring(0, m.start(1)) + changed + a.title().substring(m.end(1));
                    Article edited = edit(a, title);
                    if (!stage.process(edited).signals().isEmpty()) {
                        figuresCaught++;
                    } else {
                        String rule = rule(stage, edited, "figure", Integer.toString(changed));
                        rules.merge("figure    " + rule, 1, Integer::sum);
                        if (shownMisses++ < misses) missed.append("  figure miss [").append(rule).append("]: ").append(title)
                                .append("\n      was: ").append(a.title()).append('\n');
                    }
                }
            }
            if (!QUANTITY.matcher(a.title()).find()) continue;
            for (String[] swap : SWAPS) {
                for (int k = 0; k < 2; k++) {
                    Matcher w = Pattern.compile("(?i)\\b" + Pattern.quote(swap[k]) + "\\b").matcher(a.title());
                    if (!w.find()) continue;
                    String title = a.title().substring(0, w.start()) + swap[1 - k] + a.title().substring(w.end());
                    directions++;
                    Article edited = edit(a, title);
                    if (!stage.process(edited).signals().isEmpty()) {
                        directionsCaught++;
                    } else {
                        String rule = rule(stage, edited, "direction", null);
                        rules.merge("direction " + rule, 1, Integer::sum);
                        if (shownMisses++ < misses) missed.append("  direction miss [").append(rule).append("]: ").append(title)
                                .append("\n      was: ").append(a.title()).append('\n');
                    }
                    k = 2;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nsynthetic contradictions: figures caught %d / %d (%.1f %%), directions caught %d / %d (%.1f %%)%n",
                figuresCaught, figures, 100.0 * figuresCaught / Math.max(1, figures),
                directionsCaught, directions, 100.0 * directionsCaught / Math.max(1, directions));
        System.out.println("rule -> misses");
        rules.forEach((r, k) -> System.out.printf(Locale.ROOT, "  %-50s %d%n", r, k));
        System.out.print(missed);
    }

    private static Article edit(Article a, String title) {
        List<String> paragraphs = a.paragraphs().stream().map(p -> a.text().substring(p.start(), p.end())).toList();
        return Article.compose(title, a.standfirst(), paragraphs);
    }

    /**
     * The rule that dropped the edited headline's claim of {@code kind} (for a figure, the claim
     * holding the edited number {@code number}); "claim not read" when the stage saw no such claim.
     */
    private static String rule(HeadlineContradictionStage stage, Article edited, String kind, String number) {
        for (HeadlineContradictionStage.Dropped d : stage.dropped(edited)) {
            if (!d.part().equals("part.title") || !d.kind().equals(kind)) continue;
            if (number != null && !d.claim().contains(number)) continue;
            return d.rule();
        }
        return "claim-not-read";
    }

    /** The body evidence with some words around it, the conflicting figure marked [[...]]. */
    private static String context(Article a, int s, int e) {
        String t = a.text();
        int from = Math.max(a.bodyStart() > s ? 0 : a.bodyStart(), s - 90);
        int to = Math.min(t.length(), e + 60);
        return ("…" + t.substring(from, s) + "[[" + t.substring(s, e) + "]]" + t.substring(e, to) + "…").replace('\n', ' ');
    }
}
