package no.planverk.forecasting.core.internal.ssb;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/no.planverk.forecasting.ssb.cfg}: fetching population projections from SSB, off by default. */
@ObjectClassDefinition(name = "Planverk forecasting: fetch from SSB",
        description = "Lets administrators fetch a population projection table straight from SSB's StatBank API")
public @interface SsbConfig {

    String PID = "no.planverk.forecasting.ssb";
    String DEFAULT_BASE_URL = "https://data.ssb.no/api/pxwebapi/v2/tables";

    @AttributeDefinition(description = "true lets administrators fetch tables from the API below; every fetch is audited")
    boolean enabled() default false;

    @AttributeDefinition(description = "The tables of SSB's PxWebApi v2: a table is fetched from <baseUrl>/<id>/data?lang=no&outputFormat=json-stat2")
    String baseUrl() default DEFAULT_BASE_URL;

    @AttributeDefinition(description = "Seconds to wait for SSB to connect and to answer")
    int timeoutSeconds() default 30;

    @AttributeDefinition(description = "The largest answer read, in megabytes")
    int maxMegabytes() default 20;
}
