package no.planverk.platform.demo.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One background thread for the demo's loading work, in the order it was queued, and what is still pending. */
final class DemoQueue {

    private static final Logger LOG = LoggerFactory.getLogger(DemoQueue.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "planverk-demo");
        t.setDaemon(true);
        return t;
    });
    private final List<String> pending = new CopyOnWriteArrayList<>();
    private final List<Future<?>> queued = new CopyOnWriteArrayList<>();

    Future<?> submit(String what, Runnable work) {
        FutureTask<Void> task = new FutureTask<>(() -> run(what, work), null) {
            @Override
            protected void done() {
                pending.remove(what);
                queued.remove(this);
            }
        };
        pending.add(what);
        queued.add(task);
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            task.cancel(false);
            throw new IllegalStateException("The demo data is stopping; " + what + " is not loaded", e);
        }
        return task;
    }

    private static void run(String what, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
            LOG.debug("Demo data ({}) loaded in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Demo data ({}) could not be loaded", what, e);
        }
    }

    List<String> pending() {
        return List.copyOf(pending);
    }

    /** Drops the queued work and waits (up to 30 s) for the work now running, without interrupting the database. */
    void stop() {
        queued.forEach(f -> f.cancel(false));
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Demo data loading did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
