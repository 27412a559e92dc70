package no.planverk.platform.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import no.planverk.platform.api.InvalidInputException;

/** JSON in and out, with messages a person can act on. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    public static <T> T read(String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The request needs a JSON body (" + type.getSimpleName() + ")");
        }
        try {
            return MAPPER.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw InvalidInputException.field(e.getPropertyName(), "Unknown field '" + e.getPropertyName()
                    + "'; known fields: " + e.getKnownPropertyIds());
        } catch (JsonProcessingException e) {
            // Jackson's limits (nesting depth, name and number length) come without a location
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new InvalidInputException("The body is not valid JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage()
                    + where);
        }
    }
}
