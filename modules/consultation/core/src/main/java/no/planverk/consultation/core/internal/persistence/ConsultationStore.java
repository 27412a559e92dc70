package no.planverk.consultation.core.internal.persistence;

import java.util.List;
import no.planverk.platform.api.SchemaMigrations;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The consultation persistence unit, available once its schema version is checked (tables come from the entities). */
@Component(service = ConsultationStore.class)
public class ConsultationStore {

    static final String UNIT = "planverk-consultation";
    static final int SCHEMA_VERSION = 1;

    private final JpaTemplate jpa;

    @Activate
    public ConsultationStore(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        migrations.migrate(UNIT, SCHEMA_VERSION, List.of());
        this.jpa = jpa;
    }

    public JpaTemplate jpa() {
        return jpa;
    }
}
