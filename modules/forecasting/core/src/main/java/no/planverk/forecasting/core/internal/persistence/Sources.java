package no.planverk.forecasting.core.internal.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import no.planverk.forecasting.api.InputSource;
import no.planverk.platform.json.JsonMappers;

/** An input's SSB source as stored: JSON in a column of at most {@link #MAX} characters, null for Planverk's CSV. */
final class Sources {
    static final int MAX = 2000;
    private static final ObjectMapper JSON = JsonMappers.standard();
    /** A source stored by another version may carry a field this one does not know: it is left out. */
    private static final ObjectReader SOURCES = JSON.readerFor(InputSource.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Sources() {
    }

    static String write(InputSource source) {
        if (source == null) {
            return null;
        }
        try {
            InputSource s = source;
            String json = JSON.writeValueAsString(s);
            if (json.length() > MAX && s.title() != null) {
                // the title is the only long part; cut it, the table number says which table it is
                s = new InputSource(s.format(), s.table(), s.title().substring(0, Math.min(s.title().length(), 300)) + "…", cut(s.region()),
                        cut(s.series()), cut(s.updated()));
                json = JSON.writeValueAsString(s);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An input source could not be written as JSON", e);
        }
    }

    static InputSource read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return SOURCES.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored input source could not be read", e);
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
