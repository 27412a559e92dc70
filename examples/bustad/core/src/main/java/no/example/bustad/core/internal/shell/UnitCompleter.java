package no.example.bustad.core.internal.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.shell.ValueCompleter;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Unit codes with the unit's name beside them, for {@code bustad:list --unit}. */
@Service
public class UnitCompleter extends ValueCompleter {

    @Reference
    OrgUnitService units;

    @Override
    protected Map<String, String> values() {
        Map<String, String> codes = new LinkedHashMap<>();
        units.list().forEach(u -> codes.put(u.code(), u.name()));
        return codes;
    }
}
