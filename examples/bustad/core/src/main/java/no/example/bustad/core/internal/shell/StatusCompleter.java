package no.example.bustad.core.internal.shell;

import java.util.Arrays;
import java.util.Map;
import no.example.bustad.api.EntryStatus;
import no.planverk.platform.shell.ValueCompleter;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** The statuses {@code bustad:list --status} takes, as the api names them. */
@Service
public class StatusCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(Arrays.stream(EntryStatus.values()).map(EntryStatus::id).toList());
    }
}
