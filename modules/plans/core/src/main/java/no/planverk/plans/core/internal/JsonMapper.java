package no.planverk.plans.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.planverk.platform.json.JsonMappers;

/** The platform's JSON configuration without nulls (plan files, editions and programmes are written that way). */
public final class JsonMapper {

    public static final ObjectMapper MAPPER = JsonMappers.withoutNulls();

    private JsonMapper() {
    }
}
