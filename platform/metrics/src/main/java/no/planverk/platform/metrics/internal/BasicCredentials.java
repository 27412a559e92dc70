package no.planverk.platform.metrics.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.LoginBlockedException;
import no.planverk.platform.api.UserContext;

/** The user of an HTTP Basic {@code Authorization} header, if it names one; anonymous on anything else. */
final class BasicCredentials {

    private BasicCredentials() {
    }

    /** Empty without a header, with wrong credentials, or while the user name is locked. */
    static Optional<UserContext> user(String header, Authenticator authenticator) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        char[] password = decoded.substring(colon + 1).toCharArray();
        try {
            return authenticator.authenticate(decoded.substring(0, colon), password);
        } catch (LoginBlockedException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
