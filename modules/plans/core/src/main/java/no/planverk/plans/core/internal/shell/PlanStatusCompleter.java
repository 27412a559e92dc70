package no.planverk.plans.core.internal.shell;

import java.util.Arrays;
import java.util.Map;
import no.planverk.plans.api.PlanStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** Plan statuss for {@code plans:list --status}, as the api names them. */
@Service
public class PlanStatusCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(Arrays.stream(PlanStatus.values()).map(PlanStatus::id).toList());
    }
}
