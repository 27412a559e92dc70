package no.planverk.platform.security.internal;

import java.security.Principal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs in against a Karaf JAAS realm and keeps the roles that are Planverk roles. */
@Component(service = Authenticator.class, configurationPid = "no.planverk.security")
@Designate(ocd = SecurityConfig.class)
public class JaasAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private volatile String realm;
    private volatile LoginThrottle throttle;
    private volatile RecentLogins recent;
    private final FailedLogins failed;

    @Activate
    public JaasAuthenticator(SecurityConfig config, @Reference FailedLogins failed) {
        this.realm = config.realm();
        this.failed = failed;
        this.throttle = new LoginThrottle(LoginThrottle.Limits.of(config), Clock.systemUTC());
        this.recent = recentLogins(config);
    }

    private static RecentLogins recentLogins(SecurityConfig config) {
        return new RecentLogins(java.time.Duration.ofSeconds(Math.max(0, config.loginCacheSeconds())), 10_000, Clock.systemUTC());
    }

    /**
     * A changed etc/no.planverk.security.cfg takes effect in place: without this, DS restarted the component, which
     * restarted every servlet that uses it and left the UI answering 404 until Karaf was restarted.
     */
    @Modified
    void modified(SecurityConfig config) {
        realm = config.realm();
        throttle = new LoginThrottle(LoginThrottle.Limits.of(config), Clock.systemUTC());
        recent = recentLogins(config);
        LOG.info("Login settings changed: realm {}", realm);
    }

    @Override
    public Optional<UserContext> authenticate(String username, char[] password) {
        return authenticate(username, password, null);
    }

    @Override
    public Optional<UserContext> authenticate(String username, char[] password, String clientAddress) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        String name = username.trim();
        throttle.checkAllowed(name, clientAddress);
        RecentLogins cache = recent;
        Optional<UserContext> known = cache.find(name, password);
        if (known.isPresent()) {
            return known;
        }
        Optional<Subject> subject = login(name, password);
        Set<Role> roles = subject.map(JaasAuthenticator::planverkRoles).orElse(Set.of());
        if (roles.isEmpty()) {
            throttle.failed(name, clientAddress);
            failed.add();
            cache.forget(name);
            LOG.info("Login refused for a user name ({})", subject.isPresent() ? "no Planverk role" : "bad credentials");
            return Optional.empty();
        }
        throttle.succeeded(name);
        UserContext user = new UserContext(name, roles, subject.map(JaasAuthenticator::units).orElse(Set.of()));
        cache.remember(name, password, user);
        return Optional.of(user);
    }

    private Optional<Subject> login(String name, char[] password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads Karaf's ProxyLoginModule through the context class loader
        thread.setContextClassLoader(RolePrincipal.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> answer(callbacks, name, password));
            context.login();
            return Optional.of(subject);
        } catch (LoginException e) {
            LOG.debug("JAAS login failed", e);
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String name, char[] password) throws UnsupportedCallbackException {
        for (Callback c : callbacks) {
            if (c instanceof NameCallback n) {
                n.setName(name);
            } else if (c instanceof PasswordCallback p) {
                p.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(c);
            }
        }
    }

    /** Unit codes from roles named {@code unit:<CODE>}. */
    static Set<String> units(Subject subject) {
        Set<String> units = new java.util.TreeSet<>();
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            if (p.getName().startsWith(UserContext.UNIT_ROLE_PREFIX)) {
                units.add(p.getName().substring(UserContext.UNIT_ROLE_PREFIX.length()).trim());
            }
        }
        units.remove("");
        return units;
    }

    static Set<Role> planverkRoles(Subject subject) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            Role.fromId(p.getName()).ifPresent(roles::add);
        }
        return roles;
    }
}
