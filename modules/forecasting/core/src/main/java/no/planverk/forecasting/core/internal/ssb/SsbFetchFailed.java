package no.planverk.forecasting.core.internal.ssb;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.stats.StatisticsUnavailableException;

/** SSB could not be reached or answered with an error: the API answers 502, the UI says it on the table field. */
public final class SsbFetchFailed extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private SsbFetchFailed(StatisticsUnavailableException cause) {
        super(cause.message(), cause.fieldMessages());
        initCause(cause);
    }

    /** The platform's reason (keys {@code platform.ssb.*}), said the same way. */
    static SsbFetchFailed of(StatisticsUnavailableException cause) {
        return new SsbFetchFailed(cause);
    }
}
