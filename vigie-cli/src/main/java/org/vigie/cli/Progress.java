package org.vigie.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long run on stderr: a bar redrawn in place with rate and ETA on a terminal,
 * plain periodic lines otherwise (logs, CI). Silent for runs of a few inputs.
 */
final class Progress {

    private static final long MIN_INTERVAL_NANOS = 200_000_000L;
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final long total;
    private final boolean terminal;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile long lastDraw;

    Progress(PrintStream err, long total, boolean terminal, int threshold) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        this.enabled = total > threshold;
        // a log line at the first input would only say "1/11 files  49399.8/s  ETA 0m00s"
        if (!terminal) lastDraw = startNanos;
    }

    static Progress forStderr(long total) {
        return new Progress(System.err, total, System.console() != null, 5);
    }

    void step(String unit) {
        long n = done.incrementAndGet();
        if (!enabled) return;
        long now = System.nanoTime();
        long interval = terminal ? MIN_INTERVAL_NANOS : LOG_INTERVAL_NANOS;
        if (now - lastDraw < interval && n < total) return;
        synchronized (this) {
            if (now - lastDraw < interval && n < total) return;
            lastDraw = now;
            String line = line(n, now, unit);
            if (terminal) {
                err.print("\r" + line);
                if (n >= total) err.println();
            } else {
                err.println(line);
            }
            err.flush();
        }
    }

    String line(long n, long now, String unit) {
        double secs = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = n / secs;
        StringBuilder b = new StringBuilder();
        if (terminal) {
            int width = 30;
            int filled = total > 0 ? (int) Math.min(width, width * n / total) : 0;
            b.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
        }
        b.append(n).append('/').append(total).append(' ').append(unit);
        if (secs < 1) return b.toString();   // a rate over a few milliseconds means nothing
        b.append(String.format(java.util.Locale.ROOT, "  %.1f/s", rate));
        if (n < total && rate > 0) {
            b.append("  ETA ").append(format(Duration.ofSeconds((long) ((total - n) / rate))));
        }
        return b.toString();
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format("%dm%02ds", s / 60, s % 60);
    }
}
