package no.planverk.measures.core.internal.persistence;

import java.util.List;
import no.planverk.platform.api.SchemaMigrations;
import no.planverk.platform.api.SchemaStep;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The measures persistence unit, available once its schema version is checked. */
@Component(service = MeasuresStore.class)
public class MeasuresStore {

    static final String UNIT = "planverk-measures";
    static final int SCHEMA_VERSION = 2;

    /**
     * Issue 18: PV_MEASURE_PLAN (PLAN_KEY) was one b-tree more to write per measure and no query needs it, since
     * PLAN_KEY leads PV_MEASURE_NUMBER and PV_MEASURE_ORDER. A new database never gets it (EclipseLink makes only the
     * entity's indexes); an existing one drops it here.
     */
    static final SchemaStep NO_PLAN_KEY_INDEX = new SchemaStep(2, "PV_MEASURE_PLAN dropped (PLAN_KEY leads two other indexes)",
            List.of("DROP INDEX PV_MEASURE_PLAN"));

    private final JpaTemplate jpa;

    @Activate
    public MeasuresStore(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        migrations.migrate(UNIT, SCHEMA_VERSION, List.of(NO_PLAN_KEY_INDEX));
        this.jpa = jpa;
    }

    public JpaTemplate jpa() {
        return jpa;
    }
}
