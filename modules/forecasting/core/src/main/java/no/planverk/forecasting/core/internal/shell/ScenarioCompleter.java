package no.planverk.forecasting.core.internal.shell;

import java.util.Map;
import no.planverk.forecasting.api.Scenario;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** The standard scenarios by name, for {@code forecast:run --scenario}. */
@Service
public class ScenarioCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(Scenario.STANDARD.stream().map(Scenario::name).toList());
    }
}
