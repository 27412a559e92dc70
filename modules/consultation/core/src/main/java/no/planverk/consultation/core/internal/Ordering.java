package no.planverk.consultation.core.internal;

import java.time.LocalDate;
import java.util.Comparator;
import no.planverk.consultation.api.Phase;

/** The order of consultation lists: open ones first (closing soonest first), then upcoming (opening soonest), then closed (latest first). */
final class Ordering {

    private Ordering() {
    }

    record Key(long id, LocalDate opensOn, LocalDate closesOn) {
    }

    static Comparator<Key> on(LocalDate today) {
        return Comparator.<Key>comparingInt(k -> rank(Phase.on(today, k.opensOn(), k.closesOn())))
                .thenComparingLong(k -> day(Phase.on(today, k.opensOn(), k.closesOn()), k))
                .thenComparing(Comparator.comparingLong(Key::id).reversed());
    }

    private static int rank(Phase p) {
        return switch (p) {
            case OPEN -> 0;
            case UPCOMING -> 1;
            case CLOSED -> 2;
        };
    }

    private static long day(Phase p, Key k) {
        return switch (p) {
            case OPEN -> k.closesOn().toEpochDay();
            case UPCOMING -> k.opensOn().toEpochDay();
            case CLOSED -> -k.closesOn().toEpochDay();
        };
    }
}
