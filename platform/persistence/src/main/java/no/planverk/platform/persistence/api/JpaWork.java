package no.planverk.platform.persistence.api;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import java.util.function.ToLongFunction;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.StorageGuard;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/** Transactions whose failures come out as the platform's errors, and the versioned load of an entity. */
public final class JpaWork {

    private static volatile StorageGuard guard;

    /**
     * How many threads may work in the database at once (system property {@code planverk.db.concurrency}, default 12).
     * A write holds its module's connection while the audit entry takes a second one from the pool (40 connections):
     * with more threads than slots, fifty writers could each hold one connection and wait for another until the pool
     * timed out. Work nested in a slot (the audit entry, another module's read) needs no second slot.
     */
    private static final Semaphore SLOTS = new Semaphore(Integer.getInteger("planverk.db.concurrency", 12), true);
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * The query hint for reads that only copy entities into records: EclipseLink then does not register, copy and
     * compare each row in the unit of work (issue 18). Never for reads in a write.
     */
    public static final String READ_ONLY = "eclipselink.read-only";

    private JpaWork() {
    }

    /**
     * The platform's guard against a full disk, asked before every {@link #write}; set by the platform's persistence
     * bundle while it runs (modules do not call this).
     */
    public static void guardWith(StorageGuard storageGuard) {
        guard = storageGuard;
    }

    /** Refuses a write with a {@link no.planverk.platform.api.StorageFullException} (503) when the disk is nearly full. */
    public static void requireSpace(String type) {
        StorageGuard g = guard;
        if (g != null) {
            g.requireSpace(type);
        }
    }

    /**
     * Runs {@code work} in a transaction; a lost update becomes a {@link StaleVersionException} of {@code type} {@code id}.
     * Refused before it starts when the disk of the database is nearly full.
     */
    public static <R> R write(JpaTemplate jpa, String type, Object id, EmFunction<R> work) {
        requireSpace(type);
        try {
            return inSlot(() -> jpa.txExpr(TransactionType.Required, work));
        } catch (RuntimeException e) {
            throw translate(e, type, id);
        }
    }

    /** As {@link #write(JpaTemplate, String, Object, EmFunction)}, without a result. */
    public static void write(JpaTemplate jpa, String type, Object id, EmConsumer work) {
        write(jpa, type, id, em -> {
            work.accept(em);
            return null;
        });
    }

    /** A read in a transaction. */
    public static <R> R read(JpaTemplate jpa, EmFunction<R> work) {
        return inSlot(() -> jpa.txExpr(TransactionType.Required, work));
    }

    /** Runs {@code work} in one of the database slots, or in the caller's slot when it has one already. */
    static <R> R inSlot(Supplier<R> work) {
        int[] depth = DEPTH.get();
        if (depth[0] == 0) {
            SLOTS.acquireUninterruptibly();
        }
        depth[0]++;
        try {
            return work.get();
        } finally {
            if (--depth[0] == 0) {
                SLOTS.release();
                DEPTH.remove();
            }
        }
    }

    /** The entity with this id at this version: 404 when it is gone, 409 when someone else saved first. */
    public static <E> E load(EntityManager em, Class<E> entity, long id, long version, String name, ToLongFunction<E> versionOf) {
        E e = em.find(entity, id);
        if (e == null) {
            throw NotFoundException.of(name, id);
        }
        if (versionOf.applyAsLong(e) != version) {
            throw new StaleVersionException(name, id);
        }
        return e;
    }

    /**
     * The PlanverkException inside {@code e}, a StaleVersionException for a lost update, a PlanverkException that
     * says so when the database cannot write (full disk, read-only data directory), else {@code e}.
     */
    public static RuntimeException translate(RuntimeException e, String type, Object id) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PlanverkException pe) {
                return pe;
            }
            if (t instanceof OptimisticLockException) {
                return new StaleVersionException(type, id);
            }
        }
        Message storage = storageProblem(e, type);
        if (storage != null) {
            return new PlanverkException(storage, e);
        }
        return e;
    }

    /** Derby's SQL states for a write that the disk refused: a full disk, a read-only file or container, a log it cannot write. */
    private static final java.util.Set<String> STORAGE_STATES = java.util.Set.of("XSDG1", "XSDG2", "XSDG3", "XSDF1", "XSDF4", "40XD1",
            "25502", "25503",
            "XSLA4", "XSLAB", "XSLAC", "XSLAD", "XSLAE", "XSLAF", "XSLAH", "XSLAJ", "XSLAK", "XSLAN", "XSLAP", "XSLAQ");

    /** What the disk refused, as the message for a write of {@code type}, or null when {@code e} is not about storage. */
    static Message storageProblem(Throwable e, String type) {
        String after = " Nothing of it was saved.";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                for (java.sql.SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && STORAGE_STATES.contains(s.getSQLState())) {
                        return Message.of("platform.storage.refused.derby", "The database could not save this change ({0}): the disk"
                                + " refused the write (Derby {1})." + after + " Free disk space or make the data directory"
                                + " (data/derby) writable, then try again; the administrator finds the details in the log.", type,
                                s.getSQLState());
                    }
                }
            }
            String m = t.getMessage();
            if (m != null && m.contains("No space left on device")) {
                return Message.of("platform.storage.refused.full", "The database could not save this change ({0}): the disk is full."
                        + after + " Free disk space, then try again; the administrator finds the details in the log.", type);
            }
            if (m != null && (m.contains("Read-only file system") || m.contains("read-only connection, user or database"))) {
                return Message.of("platform.storage.refused.readOnly", "The database could not save this change ({0}): the data"
                        + " directory is read-only." + after + " Make the data directory (data/derby) writable, then try again; the"
                        + " administrator finds the details in the log.", type);
            }
        }
        return null;
    }
}
