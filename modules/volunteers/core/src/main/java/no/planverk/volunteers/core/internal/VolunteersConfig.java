package no.planverk.volunteers.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/no.planverk.volunteers.cfg */
@ObjectClassDefinition(name = "Planverk volunteers", description = "Volunteer coordination")
public @interface VolunteersConfig {

    @AttributeDefinition(name = "Certificate warning", description = "Remind this many days before a police certificate expires")
    int certificateDays() default 30;

    @AttributeDefinition(name = "Idle months", description = "Remind about active volunteers without an assignment for this many months")
    int idleMonths() default 6;
}
