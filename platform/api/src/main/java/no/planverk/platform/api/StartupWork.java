package no.planverk.platform.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Work that runs in the background after a start (the demo data), so no page waits for it: the health answer and the
 * home page say what is still running.
 */
@ProviderType
public interface StartupWork {

    /** What is still running or queued, in order ("plans", "measures" ...); empty once all is done. */
    List<String> pending();
}
