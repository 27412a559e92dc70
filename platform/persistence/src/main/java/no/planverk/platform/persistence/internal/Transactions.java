package no.planverk.platform.persistence.internal;

import javax.persistence.OptimisticLockException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;

/** Turns what comes out of a JPA transaction into the platform's errors. */
final class Transactions {

    private Transactions() {
    }

    /** The PlanverkException inside {@code e}, a StaleVersionException for a lost update, else {@code e}. */
    static RuntimeException translate(RuntimeException e, String type, Object id) {
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
