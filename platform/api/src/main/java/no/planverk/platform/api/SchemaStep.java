package no.planverk.platform.api;

import java.util.List;

/**
 * One versioned schema change of a persistence unit: SQL statements run in one transaction. Tables
 * and new columns come from the entities (EclipseLink extends the schema); steps carry what it cannot
 * do: renames, data moves, dropped columns.
 */
public record SchemaStep(int version, String description, List<String> statements) {
}
