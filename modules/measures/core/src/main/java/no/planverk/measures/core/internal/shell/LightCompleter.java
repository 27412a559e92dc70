package no.planverk.measures.core.internal.shell;

import java.util.Arrays;
import java.util.Map;
import no.planverk.measures.api.Light;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** The light ids of {@link Light}, for {@code measures:list --light}. */
@Service
public class LightCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(Arrays.stream(Light.values()).map(Light::id).toList());
    }
}
