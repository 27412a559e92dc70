package no.planverk.plans.core.internal;

import java.util.List;
import java.util.function.ToLongFunction;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.SchemaMigrations;
import no.planverk.platform.api.StaleVersionException;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The plans persistence unit, available once its schema version is checked. */
@Component(service = PlansStore.class)
public class PlansStore {

    static final String UNIT = "planverk-plans";
    static final int SCHEMA_VERSION = 1;

    private final JpaTemplate jpa;

    @Activate
    public PlansStore(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        migrations.migrate(UNIT, SCHEMA_VERSION, List.of());
        this.jpa = jpa;
    }

    /** For tests: a template on a database whose schema the test owns. */
    PlansStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }

    /** Runs {@code work} in a transaction and turns what comes out into the platform's errors. */
    static <R> R write(JpaTemplate jpa, String type, Object id, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw translate(e, type, id);
        }
    }

    /** As {@link #write(JpaTemplate, String, Object, EmFunction)}, without a result. */
    static void write(JpaTemplate jpa, String type, Object id, EmConsumer work) {
        write(jpa, type, id, em -> {
            work.accept(em);
            return null;
        });
    }

    /** The entity with this id at this version: 404 when it is gone, 409 when someone else saved first. */
    static <E> E load(EntityManager em, Class<E> entity, long id, long version, String name, ToLongFunction<E> versionOf) {
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
