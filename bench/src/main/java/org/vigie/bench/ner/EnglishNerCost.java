package org.vigie.bench.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.bench.gold.GoldFiles;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * What English NER costs: loading the English models (once per JVM, on the first English
 * article), then thread CPU per article for CoreNLP (tokenize, ssplit, CoNLL CRF) and for
 * Vigie's entity stages, on the English gold texts; the French pipeline on the same texts for
 * comparison.
 *
 * <pre>
 * args: [English gold dir, default vigie-nlp/src/test/resources/org/vigie/nlp/entities/english] [repeats, default 100]
 * </pre>
 */
public final class EnglishNerCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Heap in use after a full collection: what the models keep. */
    private static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        Path goldDir = Path.of(args.length > 0 ? args[0] : "vigie-nlp/src/test/resources/org/vigie/nlp/entities/english");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<Article> articles = new ArrayList<>();
        for (GoldFiles.Gold g : GoldFiles.readAll(goldDir, GoldFiles.Texts.under(goldDir.toAbsolutePath().getParent()))) {
            articles.add(g.article().withLanguage("en", null));
        }
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();

        long heap0 = usedHeap();
        long w0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        CoreNlpTokens.english().warm();
        long heap1 = usedHeap();
        System.out.printf(Locale.ROOT, "English models load: %.1f s wall, %.1f s CPU (this thread), %,d MB heap%n",
                (System.nanoTime() - w0) / 1e9, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9, (heap1 - heap0) >> 20);
        w0 = System.nanoTime();
        c0 = THREADS.getCurrentThreadCpuTime();
        CoreNlpTokens.french().warm();
        System.out.printf(Locale.ROOT, "French models load : %.1f s wall, %.1f s CPU (this thread), %,d MB heap%n",
                (System.nanoTime() - w0) / 1e9, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9, (usedHeap() - heap1) >> 20);

        for (String lang : List.of("en", "fr")) {
            Pipeline p = lang.equals("en") ? EntityPipelines.english(null) : EntityPipelines.french();
            double[] cpu = NerCpu.perArticle(p, articles, repeats);
            System.out.printf(Locale.ROOT, "%s pipeline on %d English articles (%,d chars avg), %d repeats: "
                            + "CoreNLP %.2f ms CPU/article, entity stages %.2f ms CPU/article%n",
                    lang.equals("en") ? "English" : "French ", articles.size(), chars / articles.size(), repeats,
                    cpu[0], cpu[1]);
        }
    }
}
