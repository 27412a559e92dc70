package no.planverk.forecasting.core.internal.ssb;

import java.net.URI;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** SSB could not be reached or answered with an error: the API answers 502, the UI says it on the table field. */
public final class SsbFetchFailed extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private SsbFetchFailed(Message message) {
        super(message, java.util.Map.of("table", message));
    }

    static SsbFetchFailed unreachable(URI uri) {
        return new SsbFetchFailed(Message.of("forecasting.ssb.unreachable",
                "Could not reach SSB at {0}. The server may have no connection to the Internet: download the file from SSB and upload it instead",
                uri.getScheme() + "://" + uri.getAuthority()));
    }

    static SsbFetchFailed status(String table, int status) {
        return status == 404
                ? new SsbFetchFailed(Message.of("forecasting.ssb.notFound", "SSB has no table {0}", table))
                : new SsbFetchFailed(Message.of("forecasting.ssb.status",
                        "SSB answered with status {0} for table {1}; check the table and the selection", String.valueOf(status), table));
    }

    static SsbFetchFailed tooLarge(long megabytes) {
        return new SsbFetchFailed(Message.of("forecasting.ssb.tooLarge",
                "SSB''s answer is larger than {0} MB; choose fewer regions or years in the selection", String.valueOf(megabytes)));
    }
}
