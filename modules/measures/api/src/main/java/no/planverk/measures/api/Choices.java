package no.planverk.measures.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Parses an enum from its id ("not-funded") or its name ("NOT_FUNDED"), in any case. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text, Function<E, String> id) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> id.apply(e).equalsIgnoreCase(t) || e.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
