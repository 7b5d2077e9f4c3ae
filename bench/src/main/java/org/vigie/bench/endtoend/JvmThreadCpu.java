package org.vigie.bench.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JVM's own threads, JIT compilers and garbage collector, read from
 * {@code /proc/self/task} (Linux; empty elsewhere). {@link java.lang.management.ThreadMXBean} does
 * not list them, and the JVM's own counters give elapsed compile and pause time, which on a loaded
 * machine counts waiting for a core too. Resolution is the kernel's clock tick (10 ms).
 */
final class JvmThreadCpu {

    /** Linux reports thread times in USER_HZ ticks, 100 per second on every architecture's ABI. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** Thread id to its group and CPU so far. */
    private final Map<String, long[]> byTask;

    private JvmThreadCpu(Map<String, long[]> byTask) {
        this.byTask = byTask;
    }

    static JvmThreadCpu now() {
        Map<String, long[]> m = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended since the listing
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) continue;
                int group = group(stat.substring(open + 1, close));
                if (group < 0) continue;
                String[] f = stat.substring(close + 2).split(" ");
                // after "pid (comm) ": state is field 0, utime field 11, stime field 12
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                m.put(t.getFileName().toString(), new long[] {group, ticks * NANOS_PER_TICK});
            }
        } catch (IOException | RuntimeException e) {
            return new JvmThreadCpu(Map.of());
        }
        return new JvmThreadCpu(m);
    }

    /** 0: JIT compiler threads, 1: GC worker threads and the VM thread that runs collections; -1: others. */
    private static int group(String comm) {
        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) return 0;
        if (comm.startsWith("GC Thread") || comm.equals("VM Thread")) return 1;
        return -1;
    }

    /** CPU nanoseconds of JIT ([0]) and GC ([1]) threads since {@code before} (threads that ended in between are lost). */
    long[] since(JvmThreadCpu before) {
        long[] out = new long[2];
        byTask.forEach((tid, now) -> {
            long[] then = before.byTask.get(tid);
            out[(int) now[0]] += now[1] - (then == null ? 0 : then[1]);
        });
        return out;
    }
}
