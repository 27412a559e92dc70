package no.planverk.plans.api.document;

/** A kind of live block, such as {@code goal-table}; ids are unique across providers (prefix them with the module). */
public record BlockType(String id, String label) {
}
