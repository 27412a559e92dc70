package no.planverk.platform.api;

/** Someone else changed the record since it was read (optimistic locking, HTTP 409). */
public class StaleVersionException extends PlanverkException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String type, Object id) {
        super(Message.of("platform.stale", "{0} {1} was changed by someone else. Reload it and make your change again.",
                type, String.valueOf(id)));
    }
}
