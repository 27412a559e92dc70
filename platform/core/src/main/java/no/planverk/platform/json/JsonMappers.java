package no.planverk.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Jackson as Planverk writes and reads JSON, configured once: {@code java.time} values as ISO-8601 text
 * ({@code "2025-03-01"}, {@code "2025-03-01T10:15:30Z"}), unknown fields refused. Each call gives a new mapper
 * (a caller may register its own serializers). Indented output is {@code writerWithDefaultPrettyPrinter()}; a reader
 * that must accept fields it does not know (stored JSON of an older version) says so with
 * {@code readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)}.
 */
public final class JsonMappers {

    private JsonMappers() {
    }

    /** The standard mapper: ISO dates, null fields written, unknown fields refused. */
    public static ObjectMapper standard() {
        return builder().build();
    }

    /** The standard mapper that leaves null fields out, for file formats and stored snapshots written that way. */
    public static ObjectMapper withoutNulls() {
        return builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();
    }

    /**
     * The standard mapper for request bodies of the HTTP API: also refuses null for a number or a yes/no field and
     * reads enum names in any case ({@code "in_force"}).
     */
    public static ObjectMapper requests() {
        return builder().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
