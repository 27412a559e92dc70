package no.planverk.portal.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/no.planverk.portal.cfg}; the Bergen and Alver profiles set their own. */
@ObjectClassDefinition(name = "Planverk public portal", description = "The municipality on the public plan portal at /public/")
public @interface PortalConfig {

    String PID = "no.planverk.portal";

    @AttributeDefinition(description = "The municipality's name in the banner and page titles")
    String municipality() default "Planverk";

    @AttributeDefinition(description = "Code of the municipality's top organisation unit (ALVER, BERGEN): only plans owned by it or a unit below it are shown; empty for all")
    String municipalityUnit() default "";

    @AttributeDefinition(description = "The logo: an SVG or PNG file, relative to Karaf's etc folder or absolute; empty for none")
    String logo() default "";

    @AttributeDefinition(description = "The banner's colour as #rrggbb; the text on it is white or dark, whichever reads (WCAG 4.5:1)")
    String colour() default Branding.DEFAULT_COLOUR;

    @AttributeDefinition(description = "Language when neither ?lang= nor the browser names nn, nb or en")
    String language() default "nn";

    @AttributeDefinition(description = "Submissions one client address may send per window")
    int submissionsPerWindow() default 5;

    @AttributeDefinition(description = "The window of the rate limit, in minutes")
    int windowMinutes() default 10;

    @AttributeDefinition(description = "Seconds the portal keeps a rendered page before it builds it again (0: never kept)")
    int cacheSeconds() default 10;

    @AttributeDefinition(description = "Seconds browsers and proxies may keep a page before they ask again (with its ETag)")
    int maxAgeSeconds() default 60;
}
