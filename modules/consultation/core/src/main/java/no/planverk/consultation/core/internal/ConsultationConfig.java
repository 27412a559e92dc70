package no.planverk.consultation.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/no.planverk.consultation.cfg */
@ObjectClassDefinition(name = "Planverk consultation", description = "Consultations (høyring) and their submissions")
public @interface ConsultationConfig {

    @AttributeDefinition(name = "Erase after months", description = "Erase submitters' names and e-mail addresses this many months"
            + " after the plan was adopted; the text and the assessment stay (0: from the day of adoption)")
    int eraseAfterMonths() default 12;

    @AttributeDefinition(name = "Municipality", description = "The municipality's name in the header of exported documents")
    String municipality() default "";
}
