package org.vigie.bench.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.nlp.NlpPipelines;

/**
 * What each stage of {@code vigie analyze} costs on real articles, warm (after one untimed pass):
 * thread CPU time per stage over N OrangeSum articles, and the share of quotes + times and of signals in the whole (issue
 * targets: quotes + times < 15 %, signals < 20 % of analyze).
 *
 * <pre>args: [corpus jsonl.gz, default ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [N, default 300]</pre>
 */
public final class StageCostBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<Article> articles = read(corpus, n);
        List<Stage> stages = new ArrayList<>();
        stages.add(new LanguageStage());
        stages.addAll(NlpPipelines.standard(null).stages());
        Pipeline p = Pipeline.of(stages);
        // warm-up: one untimed pass over the same articles loads models and lazily loaded data and
        // lets the JIT compile the code paths rare articles take (LanguageTool runs on ~4 % of
        // headers: 20 warm-up articles left it cold and its first runs dominated the signals figure)
        for (Article a : articles) p.process(a);

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (Stage s : stages) cpu.merge(group(s), 0L, Long::sum);
        long chars = 0;
        long w0 = System.nanoTime();
        for (Article a : articles) {
            chars += a.text().length();
            Article x = a;
            for (Stage s : stages) {
                long c0 = mx.getCurrentThreadCpuTime();
                x = s.process(x);
                cpu.merge(group(s), mx.getCurrentThreadCpuTime() - c0, Long::sum);
            }
        }
        double wall = (System.nanoTime() - w0) / 1e9;
        long total = cpu.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "%d OrangeSum articles (%,d chars), one thread: %.1f articles/s cpu, %.1f articles/s wall%n",
                articles.size(), chars, articles.size() / (total / 1e9), articles.size() / wall);
        System.out.println("stage                 cpu ms/article   share");
        cpu.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-20s %12.2f   %5.1f %%%n", k, v / 1e6 / articles.size(), 100.0 * v / total));
        long qt = cpu.getOrDefault("quotes", 0L) + cpu.getOrDefault("times", 0L);
        long sig = cpu.entrySet().stream().filter(e -> e.getKey().startsWith("signals/")).mapToLong(Map.Entry::getValue).sum();
        long rest = total - qt - sig;
        System.out.printf(Locale.ROOT, "quotes + times add %.1f %% to analyze without them (target < 15 %%)%n", 100.0 * qt / (total - qt));
        System.out.printf(Locale.ROOT, "signals add %.1f %% to analyze without them (target < 20 %%)%n", 100.0 * sig / (total - sig));
        System.out.printf(Locale.ROOT, "(the rest: language + tokens/NER + entities + ids = %.2f ms/article)%n", rest / 1e6 / articles.size());
    }

    /** Stages by name; signal stages under "signals/". */
    private static String group(Stage s) {
        String pkg = s.getClass().getPackageName();
        return pkg.startsWith("org.vigie.nlp.signals") ? "signals/" + s.name() : s.name();
    }

    public static List<Article> read(Path corpus, int n) throws Exception {
        // as the product reads a record: paragraph breaks restored, the date as metadata
        return org.vigie.bench.BenchFiles.orangesumRead(corpus, n);
    }
}
