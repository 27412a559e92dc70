package no.planverk.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every refused login is counted for the metrics page. */
class FailedLoginsTest {

    private Configuration previous;

    @AfterEach
    void restore() {
        Configuration.setConfiguration(previous);
    }

    @Test
    void aRefusedLoginIsCounted() {
        previous = configuration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return null; // no realm: every login fails
            }
        });
        SecurityConfig defaults = (SecurityConfig) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SecurityConfig.class},
                (p, m, a) -> m.getDefaultValue());
        FailedLogins failed = new FailedLogins();
        JaasAuthenticator authenticator = new JaasAuthenticator(defaults, failed);
        assertTrue(authenticator.authenticate("kari", "wrong".toCharArray()).isEmpty());
        assertTrue(authenticator.authenticate("per", "wrong".toCharArray(), "10.0.0.1").isEmpty());
        assertEquals(2, failed.getAsLong());
        authenticator.authenticate("", "x".toCharArray());
        assertEquals(2, failed.getAsLong(), "an empty form is no login attempt");
    }

    private static Configuration configuration() {
        try {
            return Configuration.getConfiguration();
        } catch (SecurityException e) {
            return null;
        }
    }
}
