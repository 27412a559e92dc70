package no.planverk.portal.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void limitsEachAddressInItsWindow() {
        Moving clock = new Moving();
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.attempt("10.0.0.1").isEmpty());
        }
        Duration wait = limiter.attempt("10.0.0.1").orElseThrow();
        assertEquals(601, wait.toSeconds());
        assertTrue(limiter.attempt("10.0.0.2").isEmpty(), "another address is not held back");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertTrue(limiter.attempt("10.0.0.1").isEmpty(), "the window has passed");
    }

    @Test
    void remembersABoundedNumberOfAddresses() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(10), new Moving());
        for (int i = 0; i < RateLimiter.MAX_ADDRESSES + 50; i++) {
            limiter.attempt("a" + i);
        }
        assertEquals(RateLimiter.MAX_ADDRESSES, limiter.addresses());
    }
}
