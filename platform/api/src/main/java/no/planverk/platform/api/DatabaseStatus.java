package no.planverk.platform.api;

/** Whether the database answers, which one, and what to do when it does not. */
public record DatabaseStatus(boolean ok, String product, String message) {
}
