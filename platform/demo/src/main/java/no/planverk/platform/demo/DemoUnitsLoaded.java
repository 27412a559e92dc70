package no.planverk.platform.demo;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once the demo organisation units exist, so the demo data of modules (which refers to units by
 * code) loads after them: reference this service. A profile may limit the demo to one municipality
 * (configuration {@code no.planverk.demo}, {@code municipalities = alver}); module demos load only the data of
 * the municipalities included.
 */
@ProviderType
public interface DemoUnitsLoaded {

    String ALVER = "alver";
    String BERGEN = "bergen";

    /** The municipalities of the demo: "alver", "bergen" or both. */
    Set<String> municipalities();

    default boolean includes(String municipality) {
        return municipalities().contains(municipality);
    }

    /**
     * Queues demo loading work ({@code what} names it in the health answer and on the home page while it is pending).
     * Cancel the future when the component that queued it goes; a failure is logged, the other work goes on. The
     * platform's demo runs it in the background; this default (for a provider without a thread) runs it now.
     */
    default Future<?> load(String what, Runnable work) {
        work.run();
        return CompletableFuture.completedFuture(null);
    }
}
