package no.planverk.platform.security.internal;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.planverk.platform.api.UserContext;

/**
 * Successful logins of the last seconds, so an API client sending the same name and password with every call is not
 * logged in against the realm every time (a JAAS login was a sixth of the server's work under load). Holds a keyed
 * hash of name and password (the key is random per start), never the password; only the same name with the same
 * password finds its entry, and an entry is forgotten after {@code ttl}, so a changed password or removed user is refused
 * again at most that long after the change.
 */
final class RecentLogins {

    private record Entry(byte[] mac, UserContext user, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int max;
    private final Clock clock;
    private final SecretKeySpec key;

    RecentLogins(Duration ttl, int max, Clock clock) {
        this.ttl = ttl;
        this.max = max;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The user of a recent login with this name and password, if any. */
    Optional<UserContext> find(String name, char[] password) {
        if (ttl.isZero()) {
            return Optional.empty();
        }
        Entry e = entries.get(name);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.until())) {
            entries.remove(name, e);
            return Optional.empty();
        }
        return MessageDigest.isEqual(e.mac(), mac(name, password)) ? Optional.of(e.user()) : Optional.empty();
    }

    void remember(String name, char[] password, UserContext user) {
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= max) {
            forgetExpired();
            if (entries.size() >= max) {
                entries.clear();
            }
        }
        entries.put(name, new Entry(mac(name, password), user, clock.instant().plus(ttl)));
    }

    /** After a failed login with this name: its entry goes too. */
    void forget(String name) {
        entries.remove(name);
    }

    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            if (!now.isBefore(it.next().until())) {
                it.remove();
            }
        }
    }

    private byte[] mac(String name, char[] password) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            m.update(name.getBytes(StandardCharsets.UTF_8));
            m.update((byte) 0);
            var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            m.update(bytes);
            return m.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }
}
