package no.planverk.portal.core.internal;

import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The portal as an installed module (id {@code portal}): the about page lists it, and the plans UI links each plan to
 * its public page while it is there. Also its message catalog ({@code portal.*}).
 */
@Component(service = {ModuleDescriptor.class, MessageCatalog.class})
public class PortalModule implements ModuleDescriptor, MessageCatalog {

    public static final String ID = "portal";
    private final String version;
    private final MessageCatalog texts = MessageCatalog.of(ID, Texts.BUNDLE, PortalModule.class.getClassLoader());

    @Activate
    public PortalModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Offentleg planportal";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "GLOBE";
    }

    @Override
    public String description() {
        return "The plans in force with their documents, goals and measures, and consultations with a submission form, "
                + "for citizens without login at /public/";
    }

    @Override
    public String prefix() {
        return ID;
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return texts.pattern(key, locale);
    }
}
