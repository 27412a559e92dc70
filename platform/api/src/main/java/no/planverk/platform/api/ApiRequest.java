package no.planverk.platform.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** An authenticated call to an {@link ApiEndpoint}. */
@ProviderType
public interface ApiRequest {

    /** GET, POST, PUT, PATCH or DELETE. */
    String method();

    /** Path segments after the endpoint's own path: {@code /api/v1/units/7} gives {@code ["7"]}. */
    List<String> segments();

    Optional<String> query(String name);

    UserContext user();

    /**
     * The JSON body as the given record or DTO type.
     *
     * @throws InvalidInputException when the body is missing or is not valid JSON of that shape
     */
    <T> T body(Class<T> type);

    /**
     * The body as text (strict UTF-8), empty when there is none; for CSV and other non-JSON uploads.
     *
     * @throws InvalidInputException when the body is not UTF-8
     */
    String bodyText();

    /** The body as sent, for binary uploads such as spreadsheets (at most 16 MiB). */
    byte[] bodyBytes();

    /** The query parameter as a number, or a 400 naming it. */
    default Optional<Long> longQuery(String name) {
        return query(name).map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.field(name, Message.of("platform.number", "{0} must be a number, not ''{1}''.", name, v));
            }
        });
    }

    /** The query parameter as an int, or a 400 naming it. */
    default Optional<Integer> intQuery(String name) {
        return longQuery(name).map(v -> {
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                throw InvalidInputException.field(name, Message.of("platform.number.range", "{0} is out of range.", name));
            }
            return v.intValue();
        });
    }

    /** The segment at {@code index} as a number, or a 400 naming it. */
    default long longSegment(int index, String name) {
        if (segments().size() <= index) {
            throw InvalidInputException.field(name, Message.of("platform.path.missing", "The path needs {0}.", name));
        }
        try {
            return Long.parseLong(segments().get(index));
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(name, Message.of("platform.number", "{0} must be a number, not ''{1}''.", name,
                    segments().get(index)));
        }
    }
}
