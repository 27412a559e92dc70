package no.planverk.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Planverk login", description = "Login realm and lockout after failed logins")
public @interface SecurityConfig {

    @AttributeDefinition(description = "JAAS realm name (Karaf's default realm is 'karaf'; an LDAP realm can be named here)")
    String realm() default "karaf";

    @AttributeDefinition(description = "Failed logins for one user name before it is locked for a while")
    int maxFailures() default 5;

    @AttributeDefinition(description = "Seconds a user name stays locked after too many failures")
    int lockSeconds() default 60;
}
