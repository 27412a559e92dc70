package no.planverk.measures.core.internal.persistence;

import java.util.List;
import no.planverk.platform.api.SchemaMigrations;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The measures persistence unit, available once its schema version is checked. */
@Component(service = MeasuresStore.class)
public class MeasuresStore {

    static final String UNIT = "planverk-measures";
    static final int SCHEMA_VERSION = 1;

    private final JpaTemplate jpa;

    @Activate
    public MeasuresStore(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        migrations.migrate(UNIT, SCHEMA_VERSION, List.of());
        this.jpa = jpa;
    }

    public JpaTemplate jpa() {
        return jpa;
    }
}
