package no.planverk.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

    enum Light { GREEN, RED }

    record Row(LocalDate day, Instant at, Year year, String note, int count, Light light) {
    }

    /** A plain bean: a record's creator refuses a null (or missing) int whatever the setting. */
    public static final class Bean {
        public int count = 7;
        public Light light;
    }

    private final Row row = new Row(LocalDate.of(2025, 3, 1), Instant.parse("2025-03-01T10:15:30Z"), Year.of(2026), null, 2, Light.RED);

    @Test
    void isoDatesAndNullsWritten() throws Exception {
        assertEquals("{\"day\":\"2025-03-01\",\"at\":\"2025-03-01T10:15:30Z\",\"year\":\"2026\",\"note\":null,\"count\":2,\"light\":\"RED\"}",
                JsonMappers.standard().writeValueAsString(row));
        assertEquals(row, JsonMappers.standard().readValue(JsonMappers.standard().writeValueAsString(row), Row.class));
    }

    @Test
    void withoutNullsLeavesThemOut() throws Exception {
        assertEquals("{\"day\":\"2025-03-01\",\"at\":\"2025-03-01T10:15:30Z\",\"year\":\"2026\",\"count\":2,\"light\":\"RED\"}",
                JsonMappers.withoutNulls().writeValueAsString(row));
    }

    @Test
    void prettyIsTheDefaultPrettyPrinter() throws Exception {
        assertEquals("{\n  \"a\" : 1\n}", JsonMappers.standard().writerWithDefaultPrettyPrinter()
                .writeValueAsString(JsonMappers.standard().createObjectNode().put("a", 1)).replace("\r\n", "\n"));
    }

    @Test
    void unknownFieldsRefusedUnlessTheReaderSaysOtherwise() throws Exception {
        String json = "{\"count\":1,\"extra\":true}";
        for (ObjectMapper m : new ObjectMapper[] {JsonMappers.standard(), JsonMappers.withoutNulls(), JsonMappers.requests()}) {
            assertThrows(UnrecognizedPropertyException.class, () -> m.readValue(json, Row.class));
        }
        assertEquals(1, JsonMappers.standard().readerFor(Row.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .<Row>readValue(json).count());
    }

    @Test
    void requestsRefuseNullNumbersAndReadEnumsInAnyCase() throws Exception {
        assertThrows(MismatchedInputException.class, () -> JsonMappers.requests().readValue("{\"count\":null}", Bean.class));
        assertEquals(0, JsonMappers.standard().readValue("{\"count\":null}", Bean.class).count);
        assertEquals(Light.RED, JsonMappers.requests().readValue("{\"light\":\"red\"}", Bean.class).light);
        assertThrows(MismatchedInputException.class, () -> JsonMappers.standard().readValue("{\"light\":\"red\"}", Bean.class));
    }

    @Test
    void eachCallAFreshMapper() {
        assertEquals(false, JsonMappers.standard() == JsonMappers.standard());
    }
}
