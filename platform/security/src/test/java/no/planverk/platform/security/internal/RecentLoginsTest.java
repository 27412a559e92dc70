package no.planverk.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A recent login is taken again without the realm, only with the same password, and only for loginCacheSeconds. */
class RecentLoginsTest {

    static final AtomicInteger REALM_LOGINS = new AtomicInteger();
    private Configuration previous;

    @AfterEach
    void restore() {
        Configuration.setConfiguration(previous);
    }

    @Test
    void theSameNameAndPasswordAreNotCheckedAgainstTheRealmWithinTheTime() {
        JaasAuthenticator authenticator = withRealm(30);
        assertEquals(Set.of(Role.PLANNER), authenticator.authenticate("kari", "rett".toCharArray()).orElseThrow().roles());
        assertEquals(Set.of(Role.PLANNER), authenticator.authenticate("kari", "rett".toCharArray()).orElseThrow().roles());
        assertEquals(1, REALM_LOGINS.get(), "the second call was answered from the recent login");
        assertTrue(authenticator.authenticate("kari", "feil".toCharArray()).isEmpty(), "another password is checked, and refused");
        assertEquals(2, REALM_LOGINS.get());
        authenticator.authenticate("kari", "rett".toCharArray()).orElseThrow();
        assertEquals(3, REALM_LOGINS.get(), "a failed login forgets the name's recent login");
    }

    @Test
    void zeroSecondsAsksTheRealmEveryTime() {
        JaasAuthenticator authenticator = withRealm(0);
        authenticator.authenticate("kari", "rett".toCharArray()).orElseThrow();
        authenticator.authenticate("kari", "rett".toCharArray()).orElseThrow();
        assertEquals(2, REALM_LOGINS.get());
    }

    @Test
    void anEntryIsForgottenAfterItsTimeAndTheNumberOfEntriesIsBounded() {
        Instant[] now = {Instant.parse("2026-12-07T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        RecentLogins recent = new RecentLogins(Duration.ofSeconds(30), 3, clock);
        UserContext kari = new UserContext("kari", Set.of(Role.PLANNER), Set.of());
        recent.remember("kari", "rett".toCharArray(), kari);
        assertEquals(kari, recent.find("kari", "rett".toCharArray()).orElseThrow());
        assertTrue(recent.find("kari", "Rett".toCharArray()).isEmpty());
        assertTrue(recent.find("per", "rett".toCharArray()).isEmpty());
        now[0] = now[0].plusSeconds(30);
        assertTrue(recent.find("kari", "rett".toCharArray()).isEmpty(), "30 s later the realm is asked again");
        for (String name : new String[] {"a", "b", "c", "d", "e"}) {
            recent.remember(name, "x".toCharArray(), kari);
        }
        assertTrue(recent.size() <= 3);
    }

    private JaasAuthenticator withRealm(int cacheSeconds) {
        previous = configuration();
        REALM_LOGINS.set(0);
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(CountingModule.class.getName(),
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of())};
            }
        });
        SecurityConfig config = (SecurityConfig) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SecurityConfig.class},
                (p, m, a) -> m.getName().equals("loginCacheSeconds") ? cacheSeconds : m.getDefaultValue());
        return new JaasAuthenticator(config, new FailedLogins());
    }

    private static Configuration configuration() {
        try {
            return Configuration.getConfiguration();
        } catch (SecurityException e) {
            return null;
        }
    }

    /** A realm of one user, kari with the password "rett" and the role planner, counting its logins. */
    public static class CountingModule implements LoginModule {

        private Subject subject;
        private CallbackHandler handler;

        @Override
        public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> shared, Map<String, ?> options) {
            this.subject = subject;
            this.handler = handler;
        }

        @Override
        public boolean login() throws LoginException {
            REALM_LOGINS.incrementAndGet();
            NameCallback name = new NameCallback("name");
            PasswordCallback password = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] {name, password});
            } catch (Exception e) {
                throw new LoginException(e.toString());
            }
            if (!"kari".equals(name.getName()) || !"rett".equals(new String(password.getPassword()))) {
                throw new FailedLoginException("wrong");
            }
            subject.getPrincipals().add(new RolePrincipal("planner"));
            return true;
        }

        @Override
        public boolean commit() {
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }
}
