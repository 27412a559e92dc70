package ${package}.core.internal;

import ${package}.api.Item;
import ${package}.api.ItemDraft;
import ${package}.api.${moduleClass}Service;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.RecordingAudit;

/**
 * The real {@link ${moduleClass}Service} on a fresh in-memory Derby database (the test persistence unit
 * {@code ${moduleId}-test} in src/test/resources/META-INF/persistence.xml) with a recorded audit trail, from Planverk's
 * test kit. In core's test-jar, so that the ui module's view tests run on it too.
 */
public final class ${moduleClass}Fixture implements AutoCloseable {

    public static final UserContext EDITOR = UserContext.of("koordinator", ${moduleClass}Service.EDITOR);
    public static final UserContext READER = UserContext.of("lesar", Role.READER);

    private final LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("${moduleId}-test");
    private final RecordingAudit audit = new RecordingAudit();
    private final ${moduleClass}ServiceImpl service = new ${moduleClass}ServiceImpl(jpa, audit);

    public ${moduleClass}Service service() {
        return service;
    }

    public RecordingAudit audit() {
        return audit;
    }

    /** An item added by {@link #EDITOR}. */
    public Item add(String name, String note) {
        return service.create(new ItemDraft(name, note), EDITOR);
    }

    @Override
    public void close() {
        jpa.close();
    }
}
