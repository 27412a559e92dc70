package no.planverk.platform.api;

/** The user is signed in but lacks the role for this action (HTTP 403). */
public class AccessDeniedException extends PlanverkException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    public AccessDeniedException(Message message) {
        super(message);
    }
}
