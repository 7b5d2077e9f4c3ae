package org.vigie.nlp.signals.orthography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LendingPoolTest {

    @Test
    void aNewThreadBorrowsTheIdleInstance() throws Exception {
        AtomicInteger built = new AtomicInteger();
        LendingPool<Object> pool = new LendingPool<>(() -> {
            built.incrementAndGet();
            return new Object();
        });
        Object first = pool.with(o -> o);
        for (int i = 0; i < 3; i++) {
            Object[] got = new Object[1];
            Thread t = new Thread(() -> got[0] = pool.with(o -> o));
            t.start();
            t.join();
            assertSame(first, got[0]);
        }
        assertEquals(1, built.get());
        assertEquals(1, pool.idle());
    }

    @Test
    void aCallerWaitsForTheInstanceBeingBuiltInsteadOfBuildingAnother() throws Exception {
        AtomicInteger built = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        LendingPool<Object> pool = new LendingPool<>(() -> {
            built.incrementAndGet();
            building.countDown();
            try {
                finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = threads.submit(() -> pool.with(o -> o));
            assertTrue(building.await(30, TimeUnit.SECONDS));
            Future<Object> second = threads.submit(() -> pool.with(o -> o));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (pool.waiting() == 0 && System.nanoTime() < deadline) Thread.onSpinWait();
            assertEquals(1, pool.waiting(), "the second caller waits");
            finish.countDown();
            assertSame(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
            assertEquals(1, built.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void concurrentCallersNeverHoldTheSameInstance() throws Exception {
        LendingPool<int[]> pool = new LendingPool<>(() -> new int[1]);
        Set<int[]> held = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int k = 0; k < 400; k++) {
                runs.add(threads.submit(() -> pool.with(a -> {
                    boolean alone = held.add(a);
                    a[0]++;
                    Thread.yield();
                    held.remove(a);
                    return alone;
                })));
            }
            for (Future<Boolean> f : runs) assertTrue(f.get());
        } finally {
            threads.shutdownNow();
        }
        assertTrue(pool.idle() >= 1 && pool.idle() <= 4, "at most one instance per concurrent caller: " + pool.idle());
    }
}
