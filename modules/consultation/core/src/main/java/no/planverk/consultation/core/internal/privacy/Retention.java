package no.planverk.consultation.core.internal.privacy;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.planverk.consultation.core.internal.ConsultationConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases submitters' names and e-mail addresses {@code eraseAfterMonths} months after adoption: a few minutes after
 * start and then once a day. A change of the configuration restarts it with the new number of months.
 */
@Component(service = Retention.class, configurationPid = "no.planverk.consultation", immediate = true)
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final ScheduledExecutorService timer;

    @Activate
    public Retention(@Reference AdoptionErasure erasure, ConsultationConfig config) {
        int months = config.eraseAfterMonths();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "planverk-consultation-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                erasure.eraseAfterAdoption(months);
            } catch (RuntimeException e) {
                LOG.warn("Erasure after adoption failed; tried again tomorrow", e);
            }
        }, 3, 24 * 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
