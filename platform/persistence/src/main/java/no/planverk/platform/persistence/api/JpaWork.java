package no.planverk.platform.persistence.api;

import java.util.function.ToLongFunction;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/** Transactions whose failures come out as the platform's errors, and the versioned load of an entity. */
public final class JpaWork {

    private JpaWork() {
    }

    /** Runs {@code work} in a transaction; a lost update becomes a {@link StaleVersionException} of {@code type} {@code id}. */
    public static <R> R write(JpaTemplate jpa, String type, Object id, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
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
        return jpa.txExpr(TransactionType.Required, work);
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

    /** The PlanverkException inside {@code e}, a StaleVersionException for a lost update, else {@code e}. */
    public static RuntimeException translate(RuntimeException e, String type, Object id) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PlanverkException pe) {
                return pe;
            }
            if (t instanceof OptimisticLockException) {
                return new StaleVersionException(type, id);
            }
        }
        return e;
    }
}
