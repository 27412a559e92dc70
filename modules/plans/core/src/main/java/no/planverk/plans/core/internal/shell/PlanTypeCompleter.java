package no.planverk.plans.core.internal.shell;

import java.util.Arrays;
import java.util.Map;
import no.planverk.plans.api.PlanType;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** Plan types for {@code plans:list --type}, as the api names them. */
@Service
public class PlanTypeCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(Arrays.stream(PlanType.values()).map(PlanType::id).toList());
    }
}
