package no.example.bustad.core.internal;

import java.util.List;
import no.planverk.platform.api.SchemaMigrations;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence unit {@code bustad}, available once Planverk has checked its schema version (PV_SCHEMA_VERSION). Version
 * 1 needs no steps: EclipseLink creates the table. A later version that renames a column adds a {@code SchemaStep} here.
 */
@Component(service = BustadStore.class)
public class BustadStore {

    static final String UNIT = "bustad";
    static final int SCHEMA_VERSION = 1;

    private final JpaTemplate jpa;

    @Activate
    public BustadStore(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        migrations.migrate(UNIT, SCHEMA_VERSION, List.of());
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }
}
