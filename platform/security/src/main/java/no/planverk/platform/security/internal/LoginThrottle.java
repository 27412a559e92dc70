package no.planverk.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planverk.platform.api.LoginBlockedException;

/** Counts failed logins per user name; after {@code maxFailures} the name is locked for a while. */
final class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final int maxFailures;
    private final Duration lock;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration lock, Clock clock) {
        this.maxFailures = maxFailures;
        this.lock = lock;
        this.clock = clock;
    }

    /** @throws LoginBlockedException while the name is locked */
    void checkAllowed(String username) {
        Failures f = failures.get(key(username));
        if (f != null && f.lockedUntil() != null) {
            Duration left = Duration.between(clock.instant(), f.lockedUntil());
            if (!left.isNegative() && !left.isZero()) {
                throw new LoginBlockedException(left);
            }
            failures.remove(key(username));
        }
    }

    void failed(String username) {
        failures.compute(key(username), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lock) : null);
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
