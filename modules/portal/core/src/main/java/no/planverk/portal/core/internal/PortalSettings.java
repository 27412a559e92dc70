package no.planverk.portal.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import no.planverk.portal.core.internal.http.PageCache;
import no.planverk.portal.core.internal.http.RateLimiter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The portal's configuration ({@code no.planverk.portal}) as the servlets use it; a change applies at once. */
@Component(service = PortalSettings.class, configurationPid = PortalConfig.PID)
@Designate(ocd = PortalConfig.class)
public class PortalSettings {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSettings.class);

    /** What one configuration gives: the branding, the language, the unit filter, the rate limiter and the cache age. */
    public record Settings(Branding branding, Lang language, String municipalityUnit, RateLimiter limiter, int maxAgeSeconds,
            byte[] logo, PageCache cache) {
    }

    private volatile Settings settings;

    @Activate
    public PortalSettings(PortalConfig config) {
        modified(config);
    }

    @Modified
    void modified(PortalConfig config) {
        Branding brand = Branding.of(config.municipality(), config.logo(), config.colour());
        if (Contrast.valid(config.colour()) && !brand.colour().equals(Contrast.normalise(config.colour()))) {
            LOG.warn("Portal colour {} reads with neither white nor dark text (WCAG 4.5:1); using {}", config.colour(), brand.colour());
        }
        settings = of(brand, Lang.parse(config.language()).orElse(Lang.NN), config.municipalityUnit(),
                config.submissionsPerWindow(), config.windowMinutes(), config.maxAgeSeconds(), config.cacheSeconds());
    }

    public static Settings of(Branding brand, Lang lang, String unit, int perWindow, int windowMinutes, int maxAge, int cacheSeconds) {
        byte[] logo = logo(brand).orElse(null);
        Branding shown = logo == null ? new Branding(brand.municipality(), null, brand.colour(), brand.textColour()) : brand;
        return new Settings(shown, lang, unit == null ? "" : unit.strip(),
                new RateLimiter(perWindow, Duration.ofMinutes(Math.max(1, windowMinutes)), Clock.systemUTC()), maxAge, logo,
                new PageCache(Duration.ofSeconds(Math.max(0, cacheSeconds)), Clock.systemUTC()));
    }

    public Settings get() {
        return settings;
    }

    /** The logo file's bytes, relative paths from Karaf's etc folder; empty when none is configured or it cannot be read. */
    static Optional<byte[]> logo(Branding brand) {
        if (brand.logoFile() == null) {
            return Optional.empty();
        }
        Path path = Path.of(brand.logoFile());
        if (!path.isAbsolute()) {
            path = Path.of(System.getProperty("karaf.etc", "etc")).resolve(path);
        }
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Portal logo {} cannot be read: {}", path, e.toString());
            return Optional.empty();
        }
    }
}
