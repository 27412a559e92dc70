package no.planverk.platform.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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

    /** The optimistic lock of a DELETE: {@code ?version=N}, the version that was read, or a 400 asking for it. */
    default long version() {
        return longQuery("version").orElseThrow(() -> InvalidInputException.field("version",
                Message.of("platform.version.query", "Add ?version=N: the version you read")));
    }

    /** The optimistic lock of a PUT or POST: the body's {@code version}, or a 400 asking for it. */
    default long version(Long sent) {
        if (sent == null) {
            throw InvalidInputException.field("version", Message.of("platform.version.body",
                    "Send the version you read, to guard against lost updates"));
        }
        return sent;
    }

    /** {@code ?format=}, one of {@code names} (at least two, any case, answered in lower case); a 400 when absent or another. */
    default String format(String... names) {
        String f = query("format").orElseThrow(() -> InvalidInputException.field("format", Message.of("platform.format.missing",
                "Add ?format={0} or {1}", allButLast(names), names[names.length - 1])));
        return oneOf(f, names);
    }

    /** {@code ?format=}, one of {@code names} (at least two, any case, answered in lower case), {@code fallback} when absent. */
    default String formatOr(String fallback, String... names) {
        return oneOf(query("format").orElse(fallback), names);
    }

    /** An optional choice such as an enum: {@code parse} of the parameter, empty when absent, a 400 naming it when unknown. */
    default <E> Optional<E> choice(String name, Function<String, Optional<E>> parse) {
        return query(name).map(v -> parse.apply(v.strip()).orElseThrow(() -> InvalidInputException.field(name,
                Message.of("platform.choice", "Unknown {0} ''{1}''", name, v))));
    }

    /** A yes/no parameter such as {@code ?dryRun=true}: true only for "true" (any case). */
    default boolean flag(String name) {
        return query(name).map(Boolean::parseBoolean).orElse(false);
    }

    private static String oneOf(String value, String... names) {
        String f = value.strip().toLowerCase(Locale.ROOT);
        if (!Arrays.asList(names).contains(f)) {
            throw InvalidInputException.field("format", Message.of("platform.format", "format is {0} or {1}, not ''{2}''",
                    allButLast(names), names[names.length - 1], value));
        }
        return f;
    }

    private static String allButLast(String... names) {
        return String.join(", ", Arrays.asList(names).subList(0, names.length - 1));
    }
}
