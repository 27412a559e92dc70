package no.planverk.platform.core.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.RowError;
import no.planverk.platform.json.JsonMappers;

/** JSON in and out, with messages a person can act on. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMappers.requests();

    /** How a {@link Message} is said in the answer being written (English unless the caller asked for nn or nb). */
    private static final ThreadLocal<Function<Message, String>> TEXTS = ThreadLocal.withInitial(() -> Message::english);

    static {
        // a row error goes out with its reason in the caller's language, without the message key behind it
        MAPPER.registerModule(new SimpleModule("planverk-texts").addSerializer(RowError.class, new JsonSerializer<RowError>() {
            @Override
            public void serialize(RowError e, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartObject();
                out.writeNumberField("line", e.line());
                out.writeStringField("column", e.column());
                out.writeStringField("reason", TEXTS.get().apply(e.message()));
                out.writeEndObject();
            }
        }).addSerializer(Message.class, new JsonSerializer<Message>() {
            // any answer may carry a Message: it goes out as text in the caller's language
            @Override
            public void serialize(Message m, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(TEXTS.get().apply(m));
            }
        }).addSerializer(Double.class, new JsonSerializer<Double>() {
            @Override
            public void serialize(Double d, JsonGenerator out, SerializerProvider provider) throws IOException {
                writeRounded(d, out);
            }
        }).addSerializer(double.class, new JsonSerializer<Double>() {
            @Override
            public void serialize(Double d, JsonGenerator out, SerializerProvider provider) throws IOException {
                writeRounded(d, out);
            }
        }));
    }

    /**
     * A double as people and other programs expect it: the binary noise of sums gone (992.4699999999943 is 992.47), by
     * rounding to 12 significant digits, far beyond what any figure in Planverk means.
     */
    static void writeRounded(double d, JsonGenerator out) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.writeNumber(d);
            return;
        }
        out.writeNumber(new java.math.BigDecimal(d).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString());
    }

    private Json() {
    }

    interface Output {
        void write() throws IOException;
    }

    /** Writes with {@code texts} saying the messages inside the value (row errors). */
    static void withTexts(Function<Message, String> texts, Output output) throws IOException {
        TEXTS.set(texts);
        try {
            output.write();
        } finally {
            TEXTS.remove();
        }
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
            throw new InvalidInputException(Message.of("platform.json.missing", "The request needs a JSON body ({0}).", type.getSimpleName()));
        }
        try {
            return MAPPER.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw InvalidInputException.field(e.getPropertyName(), Message.of("platform.json.unknownField",
                    "Unknown field ''{0}''; known fields: {1}", e.getPropertyName(), String.valueOf(e.getKnownPropertyIds())));
        } catch (JsonProcessingException e) {
            // Jackson's limits (nesting depth, name and number length) come without a location
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new InvalidInputException(Message.of("platform.json.invalid", "The body is not valid JSON for {0}: {1}",
                    type.getSimpleName(), e.getOriginalMessage() + where));
        }
    }
}
