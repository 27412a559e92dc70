package no.planverk.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.planverk.platform.api.LoginBlockedException;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String HOME = "10.0.0.7";
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private LoginThrottle throttle(int perName, int perAddress, int maxEntries) {
        return new LoginThrottle(new LoginThrottle.Limits(perName, perAddress, Duration.ofSeconds(60), Duration.ofSeconds(900),
                maxEntries), clock);
    }

    @Test
    void locksAfterTooManyFailuresAndOpensAgainLater() {
        LoginThrottle t = throttle(3, 0, 100);
        t.failed("kari", HOME);
        t.failed("Kari ", HOME);
        assertDoesNotThrow(() -> t.checkAllowed("kari", HOME));
        t.failed("KARI", HOME);
        LoginBlockedException e = assertThrows(LoginBlockedException.class, () -> t.checkAllowed("kari", "10.9.9.9"));
        assertEquals(60, e.retryAfter().toSeconds());
        assertDoesNotThrow(() -> t.checkAllowed("ola", HOME), "other names are not locked");
        now = now.plusSeconds(61);
        assertDoesNotThrow(() -> t.checkAllowed("kari", HOME));
    }

    @Test
    void aSuccessClearsTheCount() {
        LoginThrottle t = throttle(2, 0, 100);
        t.failed("kari", HOME);
        t.succeeded("kari");
        t.failed("kari", HOME);
        assertDoesNotThrow(() -> t.checkAllowed("kari", HOME));
    }

    @Test
    void manyNamesFromOneAddressLockTheAddress() {
        LoginThrottle t = throttle(5, 10, 1000);
        for (int i = 0; i < 10; i++) {
            t.failed("user" + i, HOME);
        }
        LoginBlockedException e = assertThrows(LoginBlockedException.class, () -> t.checkAllowed("kari", HOME));
        assertEquals(60, e.retryAfter().toSeconds());
        assertDoesNotThrow(() -> t.checkAllowed("kari", "10.0.0.8"), "another address may still try");
        t.succeeded("user3");
        assertThrows(LoginBlockedException.class, () -> t.checkAllowed("user3", HOME), "a good password does not reset the address");
        now = now.plusSeconds(61);
        assertDoesNotThrow(() -> t.checkAllowed("kari", HOME));
    }

    @Test
    void countsAreForgottenAfterAWhile() {
        LoginThrottle t = throttle(3, 0, 100);
        t.failed("kari", HOME);
        t.failed("kari", HOME);
        now = now.plusSeconds(901);
        t.failed("kari", HOME);
        assertDoesNotThrow(() -> t.checkAllowed("kari", HOME), "the first two failures are forgotten");
    }

    @Test
    void aFloodOfNamesStaysWithinTheCapAndKeepsTheLocks() {
        LoginThrottle t = throttle(2, 0, 50);
        t.failed("kari", null);
        t.failed("kari", null);
        for (int i = 0; i < 10_000; i++) {
            now = now.plusMillis(1);
            t.failed("made-up-" + i, null);
        }
        assertTrue(t.size() <= 50, "entries: " + t.size());
        assertThrows(LoginBlockedException.class, () -> t.checkAllowed("kari", null), "a lock is not evicted before unlocked counts");
    }

    @Test
    void expiredEntriesLeaveTheMap() {
        LoginThrottle t = throttle(5, 5, 100);
        for (int i = 0; i < 20; i++) {
            t.failed("name" + i, "10.1.0." + i);
        }
        assertEquals(40, t.size());
        now = now.plusSeconds(1000);
        t.failed("other", "10.2.0.1");
        for (int i = 0; i < 20; i++) {
            t.checkAllowed("name" + i, "10.1.0." + i);
        }
        assertEquals(2, t.size());
    }
}
