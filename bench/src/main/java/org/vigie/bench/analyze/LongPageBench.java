package org.vigie.bench.analyze;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.pipeline.Stage;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.nlp.NlpPipelines;

/**
 * Whether any stage of {@code vigie analyze} grows faster than the page: one article made of
 * consecutive OrangeSum bodies (one paragraph each) at growing sizes, thread CPU time of every
 * stage per 100,000 characters, and each stage's growth from the smallest size to the largest
 * (1.0 = linear; a stage that scans the whole article once per quotation or per mention shows
 * as 2 and more when the size doubles). Heavy: run by hand.
 *
 * <pre>args: [--data jsonl.gz, default ../shared/corpora/orangesum/orangesum_parsed.jsonl.gz] [--sizes 250000,500000,1000000]</pre>
 */
public final class LongPageBench {

    private static final String USAGE = "LongPageBench [--data FILE] [--sizes CHARS,CHARS,...]";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        Path data = BenchFiles.orangesum(o.get("data"));
        List<Integer> sizes = new ArrayList<>();
        for (String s : o.getOrDefault("sizes", "250000,500000,1000000").split(",")) sizes.add(Integer.parseInt(s.strip()));
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<String> bodies = new ArrayList<>();
        int total = 0;
        for (Article a : BenchFiles.orangesumRead(data, Integer.MAX_VALUE)) {
            String body = a.paragraphs().stream().map(p -> a.text().substring(p.start(), p.end())).reduce((x, y) -> x + " " + y).orElse("");
            bodies.add(body);
            total += body.length() + 1;
            if (total >= largest) break;
        }
        List<Stage> stages = new ArrayList<>();
        stages.add(new LanguageStage());
        stages.addAll(NlpPipelines.standard(null).stages());
        run(stages, page(bodies, sizes.get(0) / 4)); // warm-up: models, lazy data, JIT

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Integer, Map<String, Long>> bySize = new LinkedHashMap<>();
        for (int size : sizes) {
            Article page = page(bodies, size);
            Map<String, Long> cpu = new LinkedHashMap<>();
            Article x = page;
            for (Stage s : stages) {
                long c0 = mx.getCurrentThreadCpuTime();
                x = s.process(x);
                cpu.merge(s.name(), mx.getCurrentThreadCpuTime() - c0, Long::sum);
            }
            bySize.put(page.text().length(), cpu);
            long all = cpu.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(Locale.ROOT, "%,d chars: %.1f s cpu, %d quotes, %d entities%n",
                    page.text().length(), all / 1e9, x.quotes().size(), x.entities().size());
        }
        List<Integer> measured = new ArrayList<>(bySize.keySet());
        int small = measured.get(0), large = measured.get(measured.size() - 1);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-22s", "stage (ms/100k chars)"));
        for (int size : measured) head.append(String.format(Locale.ROOT, "%12s", String.format(Locale.ROOT, "%,d", size)));
        System.out.println(head + "   growth");
        for (String stage : bySize.get(small).keySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-22s", stage));
            for (int size : measured) row.append(String.format(Locale.ROOT, "%12.1f", perHundredK(bySize.get(size).get(stage), size)));
            double growth = perHundredK(bySize.get(large).get(stage), large) / Math.max(1e-9, perHundredK(bySize.get(small).get(stage), small));
            System.out.println(row + String.format(Locale.ROOT, "   %6.2f", growth));
        }
        System.out.printf(Locale.ROOT, "growth: cost per character at %,d chars over cost per character at %,d (1.0 = linear)%n", large, small);
    }

    private static double perHundredK(long nanos, int chars) {
        return nanos / 1e6 / (chars / 100_000.0);
    }

    private static Article page(List<String> bodies, int size) {
        List<String> paragraphs = new ArrayList<>();
        int n = 0;
        for (String b : bodies) {
            if (n >= size) break;
            paragraphs.add(b);
            n += b.length() + 1;
        }
        return Article.compose("Une très longue page", null, paragraphs)
                .withMetadata(new Metadata(null, null, null, List.of(), "2020-05-20", "user", null, null));
    }

    private static void run(List<Stage> stages, Article a) {
        for (Stage s : stages) a = s.process(a);
    }
}
