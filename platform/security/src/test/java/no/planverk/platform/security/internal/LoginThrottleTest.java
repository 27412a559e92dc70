package no.planverk.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.planverk.platform.api.LoginBlockedException;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

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

    @Test
    void locksAfterTooManyFailuresAndOpensAgainLater() {
        LoginThrottle t = new LoginThrottle(3, Duration.ofSeconds(60), clock);
        t.failed("kari");
        t.failed("Kari ");
        assertDoesNotThrow(() -> t.checkAllowed("kari"));
        t.failed("KARI");
        LoginBlockedException e = assertThrows(LoginBlockedException.class, () -> t.checkAllowed("kari"));
        assertEquals(60, e.retryAfter().toSeconds());
        assertDoesNotThrow(() -> t.checkAllowed("ola"), "other names are not locked");
        now = now.plusSeconds(61);
        assertDoesNotThrow(() -> t.checkAllowed("kari"));
    }

    @Test
    void aSuccessClearsTheCount() {
        LoginThrottle t = new LoginThrottle(2, Duration.ofSeconds(60), clock);
        t.failed("kari");
        t.succeeded("kari");
        t.failed("kari");
        assertDoesNotThrow(() -> t.checkAllowed("kari"));
    }
}
