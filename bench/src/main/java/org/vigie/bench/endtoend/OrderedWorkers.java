package org.vigie.bench.endtoend;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The CLI's worker scheme ({@code org.vigie.cli.OrderedParallel}, package-private there): one
 * feeding thread, N workers, results handed out in input order, at most 4 × N items in flight.
 */
final class OrderedWorkers<I, O> implements AutoCloseable {

    private final ExecutorService pool;
    private final Function<I, O> fn;
    private final Consumer<O> out;
    private final int maxInFlight;
    private final Deque<Future<O>> inFlight = new ArrayDeque<>();

    OrderedWorkers(int threads, Function<I, O> fn, Consumer<O> out) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        this.fn = fn;
        this.out = out;
        this.maxInFlight = threads * 4;
    }

    void submit(I item) {
        inFlight.addLast(pool.submit(() -> fn.apply(item)));
        while (inFlight.size() >= maxInFlight) drainOne();
    }

    void finish() {
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
