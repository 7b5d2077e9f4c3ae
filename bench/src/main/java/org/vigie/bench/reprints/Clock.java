package org.vigie.bench.reprints;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Wall and CPU time of the current thread since start. Both are printed: on a shared machine the
 * wall time measures the neighbours as much as the code, the thread's CPU time does not.
 */
record Clock(long wall, long cpu) {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    static Clock start() {
        return new Clock(System.nanoTime(), MX.getCurrentThreadCpuTime());
    }

    double cpuSecs() {
        return (MX.getCurrentThreadCpuTime() - cpu) / 1e9;
    }

    double wallSecs() {
        return (System.nanoTime() - wall) / 1e9;
    }

    /** "1.23 s CPU (4.56 s wall)". */
    String show() {
        return String.format(Locale.ROOT, "%.2f s CPU (%.2f s wall)", cpuSecs(), wallSecs());
    }
}
