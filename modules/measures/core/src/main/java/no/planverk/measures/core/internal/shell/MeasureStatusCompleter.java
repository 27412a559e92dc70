package no.planverk.measures.core.internal.shell;

import java.util.Arrays;
import java.util.Map;
import no.planverk.measures.api.MeasureStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** The status ids of {@link MeasureStatus}, for {@code measures:list --status}. */
@Service
public class MeasureStatusCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(Arrays.stream(MeasureStatus.values()).map(MeasureStatus::id).toList());
    }
}
