package no.planverk.portal.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered public pages and JSON for a few seconds, so a town's traffic on one plan page builds it once per interval,
 * not once per visitor (published content changes seldom; a change shows within {@code ttl}). Concurrent requests for
 * a page being built wait for that one build. At most {@link #MAX_ENTRIES} pages; beyond that it starts afresh.
 * A ttl of zero caches nothing.
 */
public final class PageCache {

    static final int MAX_ENTRIES = 2_000;

    private record Entry(Optional<String> body, Instant until) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public PageCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The page under {@code key}, built by {@code build} when missing or older than the ttl; empty is kept too (404). */
    public Optional<String> get(String key, Supplier<Optional<String>> build) {
        if (ttl.isZero() || ttl.isNegative()) {
            return build.get();
        }
        Instant now = clock.instant();
        Entry e = entries.get(key);
        if (e != null && now.isBefore(e.until())) {
            return e.body();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        return entries.compute(key, (k, old) -> old != null && clock.instant().isBefore(old.until()) ? old
                : new Entry(build.get(), clock.instant().plus(ttl))).body();
    }

    /** Forgets every page, e.g. after a submission changed a consultation's count. */
    public void clear() {
        entries.clear();
    }
}
