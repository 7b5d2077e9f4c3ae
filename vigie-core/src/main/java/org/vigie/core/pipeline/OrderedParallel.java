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

    public OrderedParallel(int threads, Function<I, O> fn, Consumer<O> out) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigie-worker");
            t.setDaemon(true);
            return t;
        });
        this.fn = fn;
        this.out = out;
        this.maxInFlight = threads * 4;
    }

    /** Hands one item to the workers; blocks while 4 × threads items are in flight. */
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
