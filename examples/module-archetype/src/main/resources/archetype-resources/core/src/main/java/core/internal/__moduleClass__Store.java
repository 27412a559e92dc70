package ${package}.core.internal;

import java.util.List;
import no.planverk.platform.api.SchemaMigrations;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence unit {@code ${moduleId}} (META-INF/${moduleId}-persistence.xml), available once Planverk has brought its
 * schema to {@link #SCHEMA_VERSION}. Version 1 needs no steps: EclipseLink creates the tables. A later version that
 * renames or fills a column raises the number and adds a {@code SchemaStep} here.
 */
@Component(service = ${moduleClass}Store.class)
public class ${moduleClass}Store {

    static final String UNIT = "${moduleId}";
    static final int SCHEMA_VERSION = 1;

    private final JpaTemplate jpa;

    @Activate
    public ${moduleClass}Store(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        migrations.migrate(UNIT, SCHEMA_VERSION, List.of());
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }
}
