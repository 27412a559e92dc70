package no.planverk.platform.core.internal.stats;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/no.planverk.ssb.cfg}: fetching statistics tables from SSB, off by default. */
@ObjectClassDefinition(name = "Planverk: fetch from SSB",
        description = "Lets administrators fetch statistics tables (population projections, indicator figures) straight from SSB's StatBank API")
public @interface SsbConfig {

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
