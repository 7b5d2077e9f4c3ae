package org.vigie.bench.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;

/** The CPU an entity pipeline costs per article, split between CoreNLP and Vigie's entity stages (the NerCost benches). */
final class NerCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private NerCpu() {
    }

    /** CPU per article of the pipeline's first stage (CoreNLP) and of the rest (entity stages), after a warm-up. */
    static double[] perArticle(Pipeline p, List<Article> articles, int repeats) {
        Pipeline tokens = Pipeline.of(p.stages().get(0));
        Pipeline rest = Pipeline.of(p.stages().subList(1, p.stages().size()));
        List<Article> tokenized = articles.stream().map(tokens::process).toList();
        for (int i = 0; i < repeats / 2; i++) for (Article a : articles) rest.process(tokens.process(a)); // JIT
        long tok = 0;
        long ent = 0;
        for (int i = 0; i < repeats; i++) {
            for (int k = 0; k < articles.size(); k++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                tokens.process(articles.get(k));
                long t1 = THREADS.getCurrentThreadCpuTime();
                rest.process(tokenized.get(k));
                ent += THREADS.getCurrentThreadCpuTime() - t1;
                tok += t1 - t0;
            }
        }
        double n = (double) repeats * articles.size();
        return new double[] {tok / n / 1e6, ent / n / 1e6};
    }
}
