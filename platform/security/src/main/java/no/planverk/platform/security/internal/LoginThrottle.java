package no.planverk.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.planverk.platform.api.LoginBlockedException;

/**
 * Counts failed logins per user name and per client address; after too many, the name or the address is locked
 * for a while. Both maps are bounded: a count is forgotten when its lock has ended or its last failure is older
 * than {@code forget}, and beyond {@code maxEntries} the oldest unlocked counts go first, so a flood of made-up
 * names cannot fill the memory.
 */
final class LoginThrottle {

    /** The limits; a limit of 0 or less turns that count off. */
    record Limits(int perName, int perAddress, Duration lock, Duration forget, int maxEntries) {

        static Limits of(SecurityConfig c) {
            return new Limits(c.maxFailures(), c.maxFailuresPerAddress(), Duration.ofSeconds(c.lockSeconds()),
                    Duration.ofSeconds(c.forgetSeconds()), c.maxEntries());
        }
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Failures> names = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** @throws LoginBlockedException while the name or the address is locked */
    synchronized void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        check(names, key(username), now);
        if (address != null) {
            check(addresses, address, now);
        }
    }

    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        count(names, key(username), limits.perName(), now);
        if (address != null) {
            count(addresses, address, limits.perAddress(), now);
        }
    }

    /** A right password clears the name's count; the address keeps its count, so one good account cannot reset it. */
    synchronized void succeeded(String username) {
        names.remove(key(username));
    }

    synchronized int size() {
        return names.size() + addresses.size();
    }

    private void check(Map<String, Failures> map, String key, Instant now) {
        Failures f = map.get(key);
        if (f == null) {
            return;
        }
        if (f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            throw new LoginBlockedException(Duration.between(now, f.lockedUntil()));
        }
        if (expired(f, now)) {
            map.remove(key);
        }
    }

    private void count(Map<String, Failures> map, String key, int limit, Instant now) {
        if (limit <= 0) {
            return;
        }
        Failures f = map.get(key);
        if (f != null && expired(f, now)) {
            f = null;
        }
        if (f == null && map.size() >= limits.maxEntries()) {
            makeRoom(map, now);
        }
        int count = f == null ? 1 : f.count() + 1;
        map.put(key, new Failures(count, now, count >= limit ? now.plus(limits.lock()) : null));
    }

    /** A count is over when its lock has ended, or, unlocked, when its last failure is older than {@code forget}. */
    private boolean expired(Failures f, Instant now) {
        if (f.lockedUntil() != null) {
            return !now.isBefore(f.lockedUntil());
        }
        return !now.isBefore(f.last().plus(limits.forget()));
    }

    private void makeRoom(Map<String, Failures> map, Instant now) {
        map.values().removeIf(f -> expired(f, now));
        while (!map.isEmpty() && map.size() >= limits.maxEntries()) {
            String oldest = map.entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Failures> e) -> e.getValue().lockedUntil() != null)
                            .thenComparing(e -> e.getValue().last()))
                    .orElseThrow().getKey();
            map.remove(oldest);
        }
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
