package org.vigie.nlp.signals.orthography;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Costly objects that are not thread-safe (LanguageTool's checkers and spellers), lent to one
 * caller at a time and kept for the next, whatever its thread: as many exist as callers ever
 * needed one at once. Thread-local instances were rebuilt for every new thread (a new worker pool,
 * a server thread, the start-up preload) and kept for as long as it lived.
 *
 * <p>A caller that finds none idle while one is being built waits for one to come back rather
 * than build another: builds run one at a time (LanguageTool's loading is serialised), and the
 * one in progress is usually back first (the start-up preload uses it for one sentence).
 */
final class LendingPool<T> {

    private final Supplier<T> factory;
    /** The most recently returned is lent first, so warm ones stay in use. */
    private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger building = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();

    LendingPool(Supplier<T> factory) {
        this.factory = factory;
    }

    /** Applies {@code use} to an instance no other caller holds meanwhile. */
    <R> R with(Function<T, R> use) {
        T t = idle.pollFirst();
        if (t == null) t = awaitIdle();
        boolean built = false;
        if (t == null) {
            // counted as being built until first returned: a waiter must not give up on it in between
            building.incrementAndGet();
            try {
                t = factory.get();
                built = true;
            } finally {
                if (!built) {
                    building.decrementAndGet();
                    wakeWaiters();
                }
            }
        }
        try {
            return use.apply(t);
        } finally {
            idle.offerFirst(t);
            if (built) building.decrementAndGet();
            wakeWaiters();
        }
    }

    /** Instances idle now (reuse across threads keeps this flat). */
    int idle() {
        return idle.size();
    }

    /** Callers waiting for an instance now. */
    int waiting() {
        return waiting.get();
    }

    /** An idle instance, waiting for one while another is being built; null when none is. */
    private T awaitIdle() {
        T t = null;
        synchronized (this) {
            waiting.incrementAndGet();
            try {
                while (building.get() > 0 && (t = idle.pollFirst()) == null) {
                    wait(50); // woken on a return or a failed build; the timeout only guards a missed one
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
        }
        return t != null ? t : idle.pollFirst();
    }

    private void wakeWaiters() {
        if (waiting.get() == 0) return;
        synchronized (this) {
            notifyAll();
        }
    }
}
