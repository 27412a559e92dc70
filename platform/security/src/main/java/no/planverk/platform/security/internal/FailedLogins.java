package no.planverk.platform.security.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.osgi.service.component.annotations.Component;

/**
 * Logins refused since start (wrong password, unknown name, no Planverk role), in the UI, the API and the metrics page;
 * offered to the metrics bundle as the counter {@code planverk_logins_failed_total}.
 */
@Component(service = {FailedLogins.class, LongSupplier.class},
        property = {"planverk.metric=planverk.logins.failed", "planverk.metric.description=Logins refused: wrong password, unknown user or no Planverk role"})
public class FailedLogins implements LongSupplier {

    private final AtomicLong count = new AtomicLong();

    void add() {
        count.incrementAndGet();
    }

    @Override
    public long getAsLong() {
        return count.get();
    }
}
