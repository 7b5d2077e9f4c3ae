package org.vigie.corpus.store;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A byte budget on what the store writes (index files and journal), to reproduce a full disk
 * without root: once spent, every write fails with the operating system's own words, "No space
 * left on device". {@link #unlimited()} (the default) is never consulted. {@link #set} frees space
 * again, as deleting files would.
 */
public final class DiskQuota {

    /** The error text of ENOSPC, as the JDK reports a real full disk. */
    public static final String NO_SPACE = "No space left on device";

    private static final DiskQuota UNLIMITED = new DiskQuota(Long.MAX_VALUE);

    private final AtomicLong remaining;

    private DiskQuota(long bytes) {
        this.remaining = new AtomicLong(bytes);
    }

    public static DiskQuota unlimited() {
        return UNLIMITED;
    }

    /** A quota of {@code bytes} bytes still writable. */
    public static DiskQuota bytes(long bytes) {
        if (bytes < 0) throw new IllegalArgumentException("negative quota: " + bytes);
        return new DiskQuota(bytes);
    }

    public boolean isUnlimited() {
        return this == UNLIMITED;
    }

    /** Takes {@code n} bytes from the budget, or fails (and the disk stays full) when fewer remain. */
    public void take(long n) throws IOException {
        if (this == UNLIMITED) return;
        while (true) {
            long r = remaining.get();
            if (r < n) {
                remaining.set(0);
                throw new IOException(NO_SPACE);
            }
            if (remaining.compareAndSet(r, r - n)) return;
        }
    }

    /** Sets the bytes still writable (frees space, or fills the disk with 0). */
    public void set(long bytes) {
        if (this == UNLIMITED) throw new IllegalStateException("the unlimited quota cannot change");
        remaining.set(bytes);
    }

    public long remaining() {
        return remaining.get();
    }

    /** True when {@code e} or one of its causes is a full disk or an exceeded quota. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains(NO_SPACE) || m.contains("Disk quota exceeded") || m.contains("ENOSPC"))) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s != t && isDiskFull(s)) return true;
            }
        }
        return false;
    }
}
