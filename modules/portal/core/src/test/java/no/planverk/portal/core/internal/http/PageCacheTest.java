package no.planverk.portal.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    @Test
    void buildsOncePerIntervalAndAgainAfterIt() {
        RateLimiterTest.Moving clock = new RateLimiterTest.Moving();
        PageCache cache = new PageCache(Duration.ofSeconds(10), clock);
        AtomicInteger builds = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.of("page 1"), cache.get("nn|plan/1", () -> Optional.of("page " + builds.incrementAndGet())));
        }
        assertEquals(1, builds.get());
        clock.now = clock.now.plusSeconds(10);
        assertEquals(Optional.of("page 2"), cache.get("nn|plan/1", () -> Optional.of("page " + builds.incrementAndGet())));
        cache.clear();
        assertEquals(Optional.of("page 3"), cache.get("nn|plan/1", () -> Optional.of("page " + builds.incrementAndGet())));
    }

    @Test
    void keysAreApartAndUnknownPagesAreKeptToo() {
        PageCache cache = new PageCache(Duration.ofSeconds(10), new RateLimiterTest.Moving());
        AtomicInteger builds = new AtomicInteger();
        cache.get("nn|plan/1", () -> Optional.of("nn"));
        assertEquals(Optional.of("en"), cache.get("en|plan/1", () -> Optional.of("en")));
        cache.get("nn|plan/2", () -> { builds.incrementAndGet(); return Optional.empty(); });
        assertEquals(Optional.empty(), cache.get("nn|plan/2", () -> { builds.incrementAndGet(); return Optional.of("x"); }));
        assertEquals(1, builds.get());
    }

    @Test
    void aZeroTtlKeepsNothing() {
        PageCache cache = new PageCache(Duration.ZERO, new RateLimiterTest.Moving());
        AtomicInteger builds = new AtomicInteger();
        cache.get("k", () -> Optional.of("a" + builds.incrementAndGet()));
        cache.get("k", () -> Optional.of("a" + builds.incrementAndGet()));
        assertEquals(2, builds.get());
    }
}
