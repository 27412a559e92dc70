package no.planverk.competence.core.internal.report;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/no.planverk.competence.cfg */
@ObjectClassDefinition(name = "Planverk competence", description = "Assumptions of retirement projections")
public @interface CompetenceConfig {

    @AttributeDefinition(name = "Retirement age", description = "Age at which staff are expected to retire (62: AFP in the municipal"
            + " sector and the earliest age for nurses' special age limit; 67 for a less cautious view)")
    int retirementAge() default 62;

    @AttributeDefinition(name = "Turnover rate", description = "Yearly share of staff leaving for other reasons than retirement, 0..1")
    double turnoverRate() default 0.08;

    @AttributeDefinition(name = "Years", description = "Years ahead a projection runs unless the call says otherwise")
    int years() default 10;
}
