package no.planverk.platform.api;

import java.time.Duration;

/** Too many failed logins for one user name: wait and try again. */
public class LoginBlockedException extends PlanverkException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    public LoginBlockedException(Duration retryAfter) {
        super("Too many failed logins. Try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
