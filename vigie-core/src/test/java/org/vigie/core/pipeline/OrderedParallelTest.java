package org.vigie.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

    @Test
    void resultsComeOutInInputOrder() {
        List<Integer> out = new ArrayList<>();
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(3, i -> {
            if (i % 7 == 0) Thread.onSpinWait(); // uneven work
            return i * i;
        }, out::add)) {
            for (int i = 0; i < 500; i++) p.submit(i);
            p.finish();
        }
        assertEquals(500, out.size());
        for (int i = 0; i < 500; i++) assertEquals(i * i, out.get(i));
    }

    /**
     * While the consumer pauses (a batch commit), workers go on with the items already submitted,
     * up to the window and never beyond it.
     */
    @Test
    void workersKeepGoingWhileTheConsumerPausesUpToTheWindow() throws Exception {
        int threads = 2;
        int window = threads * OrderedParallel.IN_FLIGHT_PER_THREAD;
        AtomicInteger done = new AtomicInteger();
        int[] seenDuringPause = {-1};
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(threads, i -> {
            done.incrementAndGet();
            return i;
        }, i -> {
            if (i != 0) return;
            // the first result pauses the consumer until the workers have drained the window
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (done.get() < window && System.nanoTime() < deadline) Thread.onSpinWait();
            try {
                Thread.sleep(50); // room for a worker to overstep the window, if it could
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seenDuringPause[0] = done.get();
        })) {
            for (int i = 0; i < 10 * window; i++) p.submit(i);
            p.finish();
        }
        assertEquals(window, seenDuringPause[0], "items processed while the consumer paused");
        assertEquals(10 * window, done.get());
    }

    @Test
    void aWorkerFailureReachesTheFeedingThread() {
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(2, i -> {
            if (i == 3) throw new IllegalArgumentException("bad item 3");
            return i;
        }, i -> { })) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
                for (int i = 0; i < 10; i++) p.submit(i);
                p.finish();
            });
            assertTrue(e.getMessage().contains("bad item 3"));
        }
    }
}
