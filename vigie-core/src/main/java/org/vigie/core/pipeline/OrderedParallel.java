package org.vigie.core.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function on worker threads while keeping input order at the output, with a bounded
 * number of items in flight so memory stays flat on large inputs. Items are fed by one thread.
 * The CLI runs its pipeline with it; the end-to-end benchmark measures the same scheme.
 */
public final class OrderedParallel<I, O> implements AutoCloseable {

    private final ExecutorService pool;
    private final Function<I, O> fn;
    private final Consumer<O> out;
    private final int maxInFlight;
    private final Deque<Future<O>> inFlight = new ArrayDeque<>();

    /**
     * Items in flight per worker thread. The consumer pauses now and then (the CLI commits a batch of
     * 500 articles to Lucene, about half a second), and the workers keep busy only as long as
     * submitted items wait for them: with 4 per thread they ran dry within 0.1 s and idled for the
     * rest of each commit, about 3 % of the machine; 32 cover the pause for a few articles' memory.
     */
    static final int IN_FLIGHT_PER_THREAD = 32;

    public OrderedParallel(int threads, Function<I, O> fn, Consumer<O> out) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigie-worker");
            t.setDaemon(true);
            return t;
        });
        this.fn = fn;
        this.out = out;
        this.maxInFlight = threads * IN_FLIGHT_PER_THREAD;
    }

    /** Hands one item to the workers; blocks while {@link #IN_FLIGHT_PER_THREAD} × threads items are in flight. */
    public void submit(I item) {
        inFlight.addLast(pool.submit(() -> fn.apply(item)));
        while (inFlight.size() >= maxInFlight) drainOne();
    }

    /** Waits for every submitted item and emits the results in order. */
    public void finish() {
        while (!inFlight.isEmpty()) drainOne();
    }

    private void drainOne() {
        Future<O> f = inFlight.removeFirst();
        try {
            out.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
