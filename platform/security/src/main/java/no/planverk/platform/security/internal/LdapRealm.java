package no.planverk.platform.security.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.ldap.LDAPLoginModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JAAS realm that logs in against LDAP or Active Directory with Karaf's {@link LDAPLoginModule}. It exists only while
 * etc/no.planverk.ldap.cfg does (docs/ldap.md); every key there but {@code realm} and {@code rank} is an option of the
 * login module, {@code role.mapping} among them. Planverk uses it when etc/no.planverk.security.cfg names it.
 */
@Component(service = JaasRealm.class, configurationPid = "no.planverk.ldap", configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class LdapRealm implements JaasRealm {

    private static final Logger LOG = LoggerFactory.getLogger(LdapRealm.class);
    static final String DEFAULT_NAME = "planverk-ldap";
    /** Keys of the configuration that are not login module options. */
    private static final Set<String> OWN_KEYS = Set.of("realm", "rank", "service.pid", "service.factoryPid",
            "service.bundleLocation", "felix.fileinstall.filename", "component.name", "component.id");

    private final String name;
    private final int rank;
    private final Map<String, Object> options;

    @Activate
    public LdapRealm(BundleContext context, Map<String, Object> config) {
        this.name = text(config.get("realm"), DEFAULT_NAME);
        this.rank = Integer.parseInt(text(config.get("rank"), "0"));
        Map<String, Object> all = new TreeMap<>(moduleOptions(config));
        all.put(BundleContext.class.getName(), context);
        all.put(ProxyLoginModule.PROPERTY_MODULE, LDAPLoginModule.class.getName());
        // ProxyLoginModule loads the module class from Karaf's jaas.modules bundle
        all.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(FrameworkUtil.getBundle(LDAPLoginModule.class).getBundleId()));
        this.options = Map.copyOf(all);
        LOG.info("JAAS realm {} logs in against LDAP", name);
    }

    /** The login module's options: every key but the realm's own, as text (Karaf's module reads strings). */
    static Map<String, String> moduleOptions(Map<String, ?> config) {
        Map<String, String> options = new TreeMap<>();
        config.forEach((k, v) -> {
            if (v != null && !OWN_KEYS.contains(k)) {
                options.put(k, v.toString().strip());
            }
        });
        return options;
    }

    private static String text(Object value, String otherwise) {
        return value == null || value.toString().isBlank() ? otherwise : value.toString().strip();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getRank() {
        return rank;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)
        };
    }
}
