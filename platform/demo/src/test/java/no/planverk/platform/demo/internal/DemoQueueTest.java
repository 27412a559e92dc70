package no.planverk.platform.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Demo loading runs behind the caller, in order, one at a time; what waits is named until it is done. */
class DemoQueueTest {

    @Test
    void runsInTheBackgroundInOrderAndSaysWhatIsPending() throws Exception {
        DemoQueue queue = new DemoQueue();
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        queue.submit("units", () -> {
            threads.add(Thread.currentThread());
            await(release);
            ran.add("units");
        });
        Future<?> plans = queue.submit("plans", () -> ran.add("plans"));
        assertEquals(List.of("units", "plans"), queue.pending(), "the caller is back before any demo data is loaded");
        release.countDown();
        plans.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("units", "plans"), ran);
        assertNotEquals(caller, threads.get(0));
        assertEquals(List.of(), queue.pending());
        queue.stop();
    }

    @Test
    void aFailureIsLoggedAndTheNextWorkStillRuns() throws Exception {
        DemoQueue queue = new DemoQueue();
        queue.submit("broken", () -> {
            throw new IllegalStateException("no such unit");
        });
        List<String> ran = new CopyOnWriteArrayList<>();
        queue.submit("measures", () -> ran.add("measures")).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("measures"), ran);
        assertEquals(List.of(), queue.pending());
        queue.stop();
    }

    @Test
    void workIsNoLongerPendingWhenItsFutureSaysDone() throws Exception {
        DemoQueue queue = new DemoQueue();
        for (int i = 0; i < 2000; i++) {
            queue.submit("plans", () -> { }).get(10, TimeUnit.SECONDS);
            assertEquals(List.of(), queue.pending(), "round " + i);
        }
        queue.stop();
    }

    @Test
    void cancelledAndStoppedWorkIsNotRunAndNotPending() throws Exception {
        DemoQueue queue = new DemoQueue();
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        queue.submit("units", () -> await(release));
        Future<?> plans = queue.submit("plans", () -> ran.add("plans"));
        Future<?> volunteers = queue.submit("volunteers", () -> ran.add("volunteers"));
        plans.cancel(false);
        assertEquals(List.of("units", "volunteers"), queue.pending());
        release.countDown();
        volunteers.get(10, TimeUnit.SECONDS);
        queue.stop();
        assertEquals(List.of("volunteers"), ran);
        assertTrue(queue.pending().isEmpty());
        assertThrows(IllegalStateException.class, () -> queue.submit("late", () -> ran.add("late")));
        assertTrue(queue.pending().isEmpty(), "refused work is not pending");
    }

    @Test
    void stopDropsWhatIsQueuedAndWaitsForWhatRuns() {
        DemoQueue queue = new DemoQueue();
        CountDownLatch started = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        queue.submit("units", () -> {
            started.countDown();
            sleep(300);
            ran.add("units");
        });
        queue.submit("plans", () -> ran.add("plans"));
        await(started);
        queue.stop();
        assertEquals(List.of("units"), ran, "the running work finished, the queued one was dropped");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
