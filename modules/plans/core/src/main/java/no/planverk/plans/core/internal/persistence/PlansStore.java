package no.planverk.plans.core.internal.persistence;

import java.util.function.ToLongFunction;
import javax.persistence.EntityManager;
import no.planverk.platform.api.SchemaMigrations;
import no.planverk.platform.persistence.api.JpaWork;
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

    static final String UNIT = PlansSchema.UNIT;
    static final int SCHEMA_VERSION = PlansSchema.VERSION;

    private final JpaTemplate jpa;

    @Activate
    public PlansStore(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        // EclipseLink creates or extends the tables on first use; the steps then move data into them
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select count(i) from IndicatorEntity i").getSingleResult());
        migrations.migrate(UNIT, SCHEMA_VERSION, PlansSchema.steps());
        this.jpa = jpa;
    }

    /** For tests: a template on a database whose schema the test owns. */
    PlansStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** The template of the plans unit, for the services in sub-packages (documents). */
    public JpaTemplate jpa() {
        return jpa;
    }

    /** Runs {@code work} in a transaction and turns what comes out into the platform's errors. */
    public static <R> R write(JpaTemplate jpa, String type, Object id, EmFunction<R> work) {
        return JpaWork.write(jpa, type, id, work);
    }

    public static void write(JpaTemplate jpa, String type, Object id, EmConsumer work) {
        JpaWork.write(jpa, type, id, work);
    }

    public static <E> E load(EntityManager em, Class<E> entity, long id, long version, String name, ToLongFunction<E> versionOf) {
        return JpaWork.load(em, entity, id, version, name, versionOf);
    }

    public static RuntimeException translate(RuntimeException e, String type, Object id) {
        return JpaWork.translate(e, type, id);
    }
}
