package no.planverk.platform.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the schema version of each persistence unit in the table {@code PV_SCHEMA_VERSION} and runs
 * the steps above it, in order, each in its own transaction.
 */
@ProviderType
public interface SchemaMigrations {

    /**
     * Brings {@code unit} to {@code targetVersion}, running the steps with a version above the stored
     * one. A new database starts at {@code targetVersion} without running steps.
     *
     * @return the version now stored
     * @throws PlanverkException when the stored version is newer than {@code targetVersion} (the database
     *         was used by a newer Planverk) or a step fails; nothing of the failed step is kept
     */
    int migrate(String unit, int targetVersion, List<SchemaStep> steps);

    /** The stored version, 0 when the unit was never migrated. */
    int currentVersion(String unit);
}
