package org.vigie.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most a few heavy computations at once: the words that stand out read up to 2,000 stored
 * articles each (a second or more of CPU), a site list or profile reads every article's id and
 * sites and diffs up to 500 copies. Under a loopback load of 64 clients with 2 % of such
 * requests and no gate, they took both cores (p50 11 s for them, load average 40) and every search
 * waited behind them. Past the gate's permits a request waits its turn, up to a bound, then gets a
 * 503 with Retry-After: the server stays responsive for everything else.
 */
public final class HeavyGate {

    /** What a gated request computes. */
    public interface Call<T> {
        T call() throws IOException;
    }

    private final Semaphore permits;
    private final long waitMillis;

    public HeavyGate(int permits, long waitMillis) {
        if (permits < 1) throw new IllegalArgumentException("permits must be at least 1");
        this.permits = new Semaphore(permits, true);
        this.waitMillis = waitMillis;
    }

    /** One permit per two cores (at least one), a 30 s wait. */
    public static HeavyGate forThisMachine() {
        return new HeavyGate(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 30_000);
    }

    /**
     * The answer of {@code call}, computed once a permit is free.
     *
     * @throws ApiException 503 (with Retry-After on {@code ctx}) when no permit came free within the wait
     */
    public <T> T run(Context ctx, Call<T> call) throws IOException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            if (ctx != null) ctx.header("Retry-After", "10");
            throw new ApiException(503, "busy: the server is already computing heavy answers (words that stand out, site"
                    + " profiles) for other requests; retry in a few seconds");
        }
        try {
            return call.call();
        } finally {
            permits.release();
        }
    }
}
