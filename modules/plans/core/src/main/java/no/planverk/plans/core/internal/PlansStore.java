package no.planverk.plans.core.internal;

import java.util.List;
import javax.persistence.OptimisticLockException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.SchemaMigrations;
import no.planverk.platform.api.StaleVersionException;
import org.apache.aries.jpa.template.JpaTemplate;
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
