package no.planverk.measures.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/no.planverk.measures.cfg */
@ObjectClassDefinition(name = "Planverk measures", description = "Follow-up of measures")
public @interface MeasuresConfig {

    @AttributeDefinition(name = "Reporting period", description = "tertial (three times a year) or year")
    String reportingPeriod() default "tertial";
}
