package org.vigie.bench.signals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.bench.BenchFiles;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.registry.EntityPipelines;
import org.vigie.nlp.signals.support.HeadlineSupportStage;

/**
 * The headline-support stage alone on articles already analysed (a {@code SignalCostBench
 * --prepared} file: a first line with a cost, then one article JSON a line), for a quick loop on
 * its precision: counts per kind, and with {@code --compare DUMP} (a {@code SignalCostBench --dump}
 * or an earlier {@code --dump} of this program) every firing the change adds and removes, per kind,
 * with the article's title. Dump line i is article i. With {@code --entities yes} the entity layer is
 * made again by today's {@link EntityPipelines#french()} (tokens, entities, ids; other layers kept),
 * so that a change to the entity rules shows in the firings.
 *
 * <pre>args: --prepared FILE [--n 2000] [--dump FILE] [--compare FILE] [--show K (removed firings shown, default 40)]
 *       [--entities yes]</pre>
 */
public final class SupportDump {

    private static final String USAGE = "SupportDump --prepared FILE [--n N] [--dump FILE] [--compare FILE] [--show K] [--entities yes]";
    private static final List<String> KINDS = List.of(HeadlineSupportStage.HEADLINE, HeadlineSupportStage.STANDFIRST);

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        if (!o.containsKey("prepared")) throw new IllegalArgumentException("usage: " + USAGE);
        int n = Integer.parseInt(o.getOrDefault("n", "2000"));
        int show = Integer.parseInt(o.getOrDefault("show", "40"));
        List<String> lines = Files.readAllLines(Path.of(o.get("prepared")), StandardCharsets.UTF_8);
        HeadlineSupportStage stage = new HeadlineSupportStage();
        Pipeline entities = "yes".equals(o.get("entities")) ? EntityPipelines.french() : null;
        List<Article> articles = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String l : lines.subList(1, Math.min(lines.size(), n + 1))) {
            Article a = ArticleJson.fromJson(l);
            if (entities != null) a = entities.process(a);
            articles.add(a);
            out.add(SignalCostBench.describe(stage.process(a)));
        }
        for (String k : KINDS) {
            long c = out.stream().filter(x -> find(x, k) != null).count();
            System.out.printf(Locale.ROOT, "%s: %d / %d (%.1f %%)%n", k, c, out.size(), 100.0 * c / out.size());
        }
        if (o.containsKey("dump")) Files.write(Path.of(o.get("dump")), out, StandardCharsets.UTF_8);
        if (!o.containsKey("compare")) return;
        List<String> before = Files.readAllLines(Path.of(o.get("compare")), StandardCharsets.UTF_8);
        for (String k : KINDS) {
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < Math.min(before.size(), out.size()); i++) {
                String b = find(before.get(i), k);
                String a = find(out.get(i), k);
                String title = articles.get(i).title();
                if (b == null && a != null) added.add(i + " " + title + "\n      " + a);
                else if (b != null && a == null) removed.add(i + " " + title + "\n      " + b);
                else if (b != null && !evidence(a).equals(evidence(b))) changed.add(i + " " + title + "\n      before " + evidence(b) + "\n      after  " + evidence(a));
            }
            System.out.printf(Locale.ROOT, "%n%s: %d added, %d removed, %d with other evidence%n", k, added.size(), removed.size(), changed.size());
            added.forEach(x -> System.out.println("  + " + x));
            changed.forEach(x -> System.out.println("  ~ " + x));
            removed.stream().limit(show).forEach(x -> System.out.println("  - " + x));
        }
    }

    /** The signal of {@code kind} in a dump line, or null. */
    private static String find(String line, String kind) {
        for (String s : line.split(" \\|\\| ")) {
            if (s.startsWith(kind + " ")) return s;
        }
        return null;
    }

    /** The evidence words of a dumped signal. */
    private static String evidence(String signal) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while ((i = signal.indexOf("text=", i)) >= 0) {
            int e = signal.indexOf(']', i);
            b.append(signal, i + 5, e).append(" | ");
            i = e;
        }
        return b.toString();
    }

}
