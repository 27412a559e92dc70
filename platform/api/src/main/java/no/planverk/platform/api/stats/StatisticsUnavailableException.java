package no.planverk.platform.api.stats;

import java.net.URI;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * SSB could not be reached, answered with an error or with more than the limit: the API answers 502, a form says it on
 * the table field. Carries what an audit keeps: the address, SSB's status (0 when none came) and the outcome.
 */
public class StatisticsUnavailableException extends InvalidInputException {

    private static final long serialVersionUID = 1L;
    private final URI address;
    private final int status;
    private final String outcome;

    public StatisticsUnavailableException(Message message, URI address, int status, String outcome) {
        super(message, Map.of("table", message));
        this.address = address;
        this.status = status;
        this.outcome = outcome;
    }

    public URI address() {
        return address;
    }

    public int status() {
        return status;
    }

    /** For the audit trail: "unreachable: ConnectException", "refused", "too large". */
    public String outcome() {
        return outcome;
    }
}
