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
    /** The work queued or running, in order; a job leaves when it is done or cancelled. */
    private final List<Job> jobs = new CopyOnWriteArrayList<>();

    /** Demo work with its name. */
    private final class Job extends FutureTask<Void> {
        final String what;

        Job(String what, Runnable work) {
            super(() -> runLogged(what, work), null);
            this.what = what;
        }

        /** Leaves the pending list before its future completes, so whoever waited for it sees it gone. */
        @Override
        protected void set(Void result) {
            jobs.remove(this);
            super.set(result);
        }

        @Override
        protected void setException(Throwable t) {
            jobs.remove(this);
            super.setException(t);
        }

        /** A cancelled job (never run) leaves here. */
        @Override
        protected void done() {
            jobs.remove(this);
        }
    }

    Future<?> submit(String what, Runnable work) {
        Job job = new Job(what, work);
        jobs.add(job);
        try {
            worker.execute(job);
        } catch (RejectedExecutionException e) {
            job.cancel(false);
            throw new IllegalStateException("The demo data is stopping; " + what + " is not loaded", e);
        }
        return job;
    }

    private static void runLogged(String what, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
            LOG.debug("Demo data ({}) loaded in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Demo data ({}) could not be loaded", what, e);
        }
    }

    List<String> pending() {
        return jobs.stream().map(j -> j.what).toList();
    }

    /** Drops the queued work and waits (up to 30 s) for the work now running, without interrupting the database. */
    void stop() {
        jobs.forEach(j -> j.cancel(false));
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
