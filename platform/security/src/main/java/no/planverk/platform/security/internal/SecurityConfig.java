package no.planverk.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Planverk login", description = "Login realm and lockout after failed logins")
public @interface SecurityConfig {

    @AttributeDefinition(description = "JAAS realm name (Karaf's default realm is 'karaf'; an LDAP realm can be named here)")
    String realm() default "karaf";

    @AttributeDefinition(description = "Failed logins for one user name before it is locked for a while")
    int maxFailures() default 5;

    @AttributeDefinition(description = "Seconds a user name or client address stays locked after too many failures")
    int lockSeconds() default 60;

    @AttributeDefinition(description = "Failed logins from one client address, whatever the user names, before it is locked (0: off)")
    int maxFailuresPerAddress() default 30;

    @AttributeDefinition(description = "Seconds after the last failure when an unlocked count is forgotten")
    int forgetSeconds() default 900;

    @AttributeDefinition(description = "Most user names, and most addresses, whose failures are remembered at once")
    int maxEntries() default 10000;

    @AttributeDefinition(description = "Seconds a successful login with the same name and password is not checked against"
            + " the realm again (API clients send them with every call; 0: every call is checked)")
    int loginCacheSeconds() default 30;
}
