package no.planverk.portal.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} submissions per client address in a sliding window. Every attempt counts, accepted or not, so a
 * script that sends bad forms is slowed as much as one that sends good ones. Remembers at most {@link #MAX_ADDRESSES}
 * addresses (the oldest are forgotten first), so a flood of addresses cannot fill the memory.
 */
public final class RateLimiter {

    static final int MAX_ADDRESSES = 10_000;
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> seen = new LinkedHashMap<>(16, 0.75f, true);

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = Math.max(1, limit);
        this.window = window;
        this.clock = clock;
    }

    /** Counts an attempt from {@code address}: empty when allowed, else how long until the next is. */
    public synchronized Optional<Duration> attempt(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = seen.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)).plusSeconds(1));
        }
        times.addLast(now);
        trim();
        return Optional.empty();
    }

    private void trim() {
        Iterator<Map.Entry<String, Deque<Instant>>> it = seen.entrySet().iterator();
        while (seen.size() > MAX_ADDRESSES && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    synchronized int addresses() {
        return seen.size();
    }
}
