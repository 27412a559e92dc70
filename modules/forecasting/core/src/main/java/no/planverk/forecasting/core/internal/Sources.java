package no.planverk.forecasting.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.planverk.forecasting.api.InputSource;

/** An input's SSB source as stored: JSON in a column of at most {@link #MAX} characters, null for Planverk's CSV. */
final class Sources {
    static final int MAX = 2000;
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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
            return JSON.readValue(json, InputSource.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored input source could not be read", e);
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
