package no.planverk.platform.api;

/** The thing asked for does not exist (HTTP 404). */
public class NotFoundException extends PlanverkException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(Message message) {
        super(message);
    }

    public static NotFoundException of(String type, Object id) {
        return new NotFoundException(Message.of("platform.notFound", "{0} {1} was not found", type, String.valueOf(id)));
    }
}
