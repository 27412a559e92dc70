package no.planverk.platform.api;

/** Base of the errors that the UI, the HTTP API and the shell turn into a message for a person. */
public class PlanverkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanverkException(String message) {
        super(message);
    }

    public PlanverkException(String message, Throwable cause) {
        super(message, cause);
    }
}
