package org.vigie.bench.endtoend;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.pipeline.Stage;

/**
 * Thread CPU time per named step, summed over every thread that ran it. CPU time, not wall time:
 * the machine is shared, and a step's CPU cost does not change with the load of others.
 */
final class StageClock {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    /** Insertion order kept for the table (steps are registered before the run). */
    private final Map<String, LongAdder> cpu = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, LongAdder> byName = new ConcurrentHashMap<>();

    static long threadCpu() {
        return MX.getCurrentThreadCpuTime();
    }

    LongAdder step(String name) {
        return byName.computeIfAbsent(name, k -> {
            LongAdder a = new LongAdder();
            cpu.put(k, a);
            return a;
        });
    }

    void add(String name, long nanos) {
        step(name).add(nanos);
    }

    /** {@code p}'s stages, each wrapped to add its thread CPU time under its group name. */
    Pipeline timed(Pipeline p) {
        List<Stage> out = new ArrayList<>();
        for (Stage s : p.stages()) {
            LongAdder a = step(group(s));
            out.add(new Stage() {
                @Override
                public String name() {
                    return s.name();
                }

                @Override
                public Article process(Article article) {
                    long c0 = threadCpu();
                    try {
                        return s.process(article);
                    } finally {
                        a.add(threadCpu() - c0);
                    }
                }
            });
        }
        return Pipeline.of(out);
    }

    /** Stage name as the table shows it; signal stages under "signals/". */
    static String group(Stage s) {
        String n = s.name();
        return n.startsWith("signals-") ? "signals/" + n.substring("signals-".length()) : n;
    }

    Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        synchronized (cpu) {
            cpu.forEach((k, v) -> m.put(k, v.sum()));
        }
        return m;
    }
}
