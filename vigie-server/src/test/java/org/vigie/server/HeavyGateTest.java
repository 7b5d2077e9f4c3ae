package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vigie.server.api.ApiException;
import org.vigie.server.api.HeavyGate;

/** The gate in front of heavy computations: one at a time per permit, the others wait, then 503. */
class HeavyGateTest {

    @Test
    void aSecondComputationWaitsForTheFirstThenIsRefusedWhenTheWaitRunsOut() throws Exception {
        HeavyGate gate = new HeavyGate(1, 200);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.run(null, () -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "first";
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        ApiException busy = assertThrows(ApiException.class, () -> gate.run(null, () -> "second"));
        assertEquals(503, busy.status());
        assertTrue(busy.getMessage().startsWith("busy:"), busy.getMessage());
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals("third", gate.run(null, () -> "third"), "the permit is given back, even after a refusal");
    }

    @Test
    void aFailingComputationGivesItsPermitBack() throws Exception {
        HeavyGate gate = new HeavyGate(1, 100);
        assertThrows(java.io.IOException.class, () -> gate.run(null, () -> {
            throw new java.io.IOException("disk");
        }));
        assertEquals("next", gate.run(null, () -> "next"));
    }
}
