package no.planverk.platform.api;

/** The thing asked for does not exist (HTTP 404). */
public class NotFoundException extends PlanverkException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String type, Object id) {
        return new NotFoundException(type + " " + id + " was not found");
    }
}
