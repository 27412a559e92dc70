package no.planverk.platform.persistence.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The database slots: at most 12 threads at once, work nested in a slot takes none, a failure gives its slot back. */
class JpaWorkSlotsTest {

    @Test
    void atMostTwelveThreadsWorkAtOnceAndNestedWorkNeedsNoSecondSlot() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(30);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Thread t = new Thread(() -> {
                JpaWork.inSlot(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    // nested work (an audit entry, another module's read) runs in the same slot, even when all are taken
                    JpaWork.inSlot(() -> awaitQuietly(release));
                    inside.decrementAndGet();
                    return null;
                });
                finished.countDown();
            });
            threads.add(t);
            t.start();
        }
        for (int i = 0; i < 100 && inside.get() < 12; i++) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        assertEquals(12, inside.get(), "twelve threads in their slots, the others waiting");
        release.countDown();
        assertTrue(finished.await(20, TimeUnit.SECONDS), "every thread got a slot in turn");
        assertEquals(12, most.get());
    }

    @Test
    void aFailureGivesItsSlotBack() {
        for (int i = 0; i < 20; i++) {
            assertThrows(IllegalStateException.class, () -> JpaWork.inSlot(() -> {
                throw new IllegalStateException("fails");
            }));
        }
        assertEquals("done", JpaWork.inSlot(() -> "done"));
    }

    private static Object awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
