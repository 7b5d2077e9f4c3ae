package org.vigie.bench.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.vigie.bench.gold.GoldFiles;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * What German and Spanish NER cost, as {@link EnglishNerCost} measures English: loading each
 * language's models (once per JVM, on its first article: wall and CPU time, heap kept after a full
 * collection), then thread CPU per article for CoreNLP (tokenize, ssplit, the language's CRF) and
 * for Vigie's entity stages, on the in-repo gold texts of the language; the French pipeline on the
 * same texts for comparison.
 *
 * <pre>
 * args: [resources dir holding german/ and spanish/, default vigie-nlp/src/test/resources/org/vigie/nlp/entities] [repeats, default 100]
 * </pre>
 */
public final class GermanSpanishNerCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Language(String name, String code, String folder, Supplier<CoreNlpTokens> tokens, Supplier<Pipeline> pipeline) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("German", "de", "german", CoreNlpTokens::german, () -> EntityPipelines.german(null)),
            new Language("Spanish", "es", "spanish", CoreNlpTokens::spanish, () -> EntityPipelines.spanish(null)));

    /** Heap in use after a full collection: what the models keep. */
    private static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "vigie-nlp/src/test/resources/org/vigie/nlp/entities");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 100;

        long heap = usedHeap();
        for (Language l : LANGUAGES) {
            long w0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            l.tokens().get().warm();
            long after = usedHeap();
            System.out.printf(Locale.ROOT, "%-7s models load: %.1f s wall, %.1f s CPU (this thread), %,d MB heap%n", l.name(),
                    (System.nanoTime() - w0) / 1e9, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9, (after - heap) >> 20);
            heap = after;
        }
        long w0 = System.nanoTime();
        CoreNlpTokens.french().warm();
        System.out.printf(Locale.ROOT, "French  models load: %.1f s wall, %,d MB heap%n", (System.nanoTime() - w0) / 1e9,
                (usedHeap() - heap) >> 20);

        for (Language l : LANGUAGES) {
            Path goldDir = dir.resolve(l.folder());
            List<Article> articles = new ArrayList<>();
            for (GoldFiles.Gold g : GoldFiles.readAll(goldDir, GoldFiles.Texts.under(dir))) {
                articles.add(g.article().withLanguage(l.code(), null));
            }
            long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
            for (boolean own : List.of(true, false)) {
                Pipeline p = own ? l.pipeline().get() : EntityPipelines.french();
                double[] ms = NerCpu.perArticle(p, articles, repeats);
                System.out.printf(Locale.ROOT, "%-7s pipeline on %d %s articles (%,d chars avg), %d repeats: "
                                + "CoreNLP %.2f ms CPU/article, entity stages %.2f ms CPU/article%n",
                        own ? l.name() : "French", articles.size(), l.name(), chars / articles.size(), repeats, ms[0], ms[1]);
            }
        }
    }
}
