package no.planverk.platform.api;

/** Base of the errors that the UI, the HTTP API and the shell turn into a message for a person. */
public class PlanverkException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Message message;

    public PlanverkException(String message) {
        this(Message.plain(message));
    }

    public PlanverkException(String message, Throwable cause) {
        this(Message.plain(message), cause);
    }

    /** With a message key, so the UI and the API can say it in the user's language. */
    public PlanverkException(Message message) {
        super(message.english());
        this.message = message;
    }

    public PlanverkException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    /** The message with its key (a null key when it was made from English text only). */
    public Message message() {
        return message;
    }
}
