package org.vigie.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.core.read.ReadException;

/** Counts of a run: articles read, inputs skipped by reason; printed at the end on stderr. */
final class RunSummary {

    private final AtomicLong read = new AtomicLong();
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private final PrintWriter err;
    private final boolean quiet;

    RunSummary(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    void read() {
        read.incrementAndGet();
    }

    long readCount() {
        return read.get();
    }

    /** Reports a skipped input at once (one line) and counts it under a coarse reason. */
    synchronized void skipped(ReadException e) {
        err.println("vigie: skipped " + e.getMessage());
        skippedByReason.merge(reasonKey(e.reason()), 1L, Long::sum);
        err.flush();
    }

    private final Map<String, Long> passedOver = new TreeMap<>();

    /** What readers passed over on purpose (non-HTML WARC records, files of no known format). */
    synchronized void passedOver(Map<String, Long> counts) {
        counts.forEach((k, v) -> passedOver.merge(k, v, Long::sum));
    }

    synchronized long skippedCount() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    private static final java.util.regex.Pattern WHERE =
            java.util.regex.Pattern.compile("\\s+(?:at|in|after) (?:column|line|byte|record|offset) \\d+");

    private static String reasonKey(String reason) {
        if (reason == null) return "unknown";
        int cut = reason.indexOf(':');
        String k = cut > 0 ? reason.substring(0, cut) : reason;
        // "malformed JSON at column 26" and "… at column 3" are one reason: the place is on each line already
        k = WHERE.matcher(k).replaceAll("");
        return k.length() > 60 ? k.substring(0, 60) : k;
    }

    synchronized void print(String verb) {
        if (quiet && skippedByReason.isEmpty() && passedOver.isEmpty()) return;
        StringBuilder b = new StringBuilder("vigie: ").append(verb).append(' ').append(read.get())
                .append(read.get() == 1 ? " article" : " articles");
        long skipped = skippedCount();
        if (skipped > 0) {
            b.append(", skipped ").append(skipped);
            skippedByReason.forEach((k, v) -> b.append("\n  ").append(v).append(" × ").append(k));
        }
        if (!passedOver.isEmpty()) {
            b.append("\n  passed over:");
            passedOver.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v));
        }
        err.println(b);
        err.flush();
    }
}
