package org.vigie.bench.ner;

import org.vigie.bench.gold.GoldFiles;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.corenlp.CoreNlpModels;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * Throughput of Vigie's whole analysis (language, tokens + NER, entities, ids, quotes, times,
 * signals: what {@code vigie analyze} runs) next to CoreNLP
 * tokenize+ssplit+ner alone, on the same article, in the same JVM, alternating rounds so that JIT
 * and machine load weigh on both alike.
 *
 * <pre>
 * args: [sample dump, default ../shared/samples/aleppo-putin-erdogan.txt] [repeats, default 200] [rounds, default 3]
 * </pre>
 */
public final class NerBenchmark {

    public static void main(String[] args) throws java.io.IOException {
        Path sample = Path.of(args.length > 0 ? args[0] : "../shared/samples/aleppo-putin-erdogan.txt");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Article article = GoldFiles.fromDump(sample);
        StanfordCoreNLP corenlp = CoreNlpModels.pipeline(CoreNlpModels.frenchNer());
        Pipeline entityPipeline = EntityPipelines.french();
        Pipeline vigie = Pipeline.of(new LanguageStage()).then(NlpPipelines.standard(null));

        int tokens = new Annotation(article.text()) {
            {
                corenlp.annotate(this);
            }
        }.get(CoreAnnotations.TokensAnnotation.class).size();
        int vigieTokens = vigie.process(article).sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        if (vigieTokens != tokens) {
            throw new IllegalStateException("token counts differ: CoreNLP " + tokens + ", Vigie " + vigieTokens);
        }
        int entities = vigie.process(article).entities().size();
        System.out.printf(Locale.ROOT, "sample %s: %d chars, %d tokens, %d entities; %d repeats x %d rounds%n",
                sample, article.text().length(), tokens, entities, repeats, rounds);

        // warm-up: JIT both paths
        for (int i = 0; i < Math.max(50, repeats / 2); i++) {
            corenlp.annotate(new Annotation(article.text()));
            vigie.process(article);
        }
        // the entity stages alone, on an article already tokenized: Vigie's own cost
        Article tokenized = entityPipeline.stages().get(0).process(article);
        Pipeline afterTokens = Pipeline.of(entityPipeline.stages().subList(1, entityPipeline.stages().size()));
        for (int i = 0; i < repeats; i++) afterTokens.process(tokenized);
        long[] entity = new long[2];
        long[] core = new long[2];
        long[] vig = new long[2];
        time(entity, () -> {
            for (int i = 0; i < repeats * rounds; i++) afterTokens.process(tokenized);
        });
        for (int r = 0; r < rounds; r++) {
            // one document each in turn, so drift in machine load weighs on both alike
            long[] c = new long[2];
            long[] v = new long[2];
            for (int i = 0; i < repeats; i++) {
                time(c, () -> corenlp.annotate(new Annotation(article.text())));
                time(v, () -> vigie.process(article));
            }
            for (int k = 0; k < 2; k++) {
                core[k] += c[k];
                vig[k] += v[k];
            }
            System.out.printf(Locale.ROOT, "  round %d: CoreNLP %,.0f tok/s (cpu), Vigie %,.0f tok/s (cpu)%n", r + 1,
                    rate(tokens, repeats, c[1]), rate(tokens, repeats, v[1]));
        }
        long docs = (long) repeats * rounds;
        System.out.println("throughput, one thread; 'cpu' = tokens per second of this thread's CPU time (robust to a"
                + " loaded machine), 'wall' = elapsed time");
        System.out.printf(Locale.ROOT, "CoreNLP tokenize+ssplit+ner alone         : %,9.0f tokens/s cpu  %,9.0f tokens/s wall%n",
                rate(tokens, docs, core[1]), rate(tokens, docs, core[0]));
        System.out.printf(Locale.ROOT, "Vigie analyze (all stages)                : %,9.0f tokens/s cpu  %,9.0f tokens/s wall%n",
                rate(tokens, docs, vig[1]), rate(tokens, docs, vig[0]));
        System.out.printf(Locale.ROOT, "ratio Vigie / CoreNLP throughput          : %.3f cpu  %.3f wall (Vigie adds %.1f%% CPU time)%n",
                (double) core[1] / vig[1], (double) core[0] / vig[0], 100.0 * (vig[1] - core[1]) / core[1]);
        System.out.printf(Locale.ROOT, "entity stages alone (cleanup, grouping, roles, ids): %,.0f tokens/s cpu, %.2f ms cpu per article%n",
                rate(tokens, docs, entity[1]), entity[1] / 1e6 / docs);
    }

    /** Runs {@code work}, adds its wall and thread-CPU nanoseconds to {@code total}, returns this run's. */
    private static long[] time(long[] total, Runnable work) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        work.run();
        long[] d = {System.nanoTime() - w0, mx.getCurrentThreadCpuTime() - c0};
        total[0] += d[0];
        total[1] += d[1];
        return d;
    }

    private static double rate(int tokens, long docs, long nanos) {
        return tokens * (double) docs / (nanos / 1e9);
    }
}
