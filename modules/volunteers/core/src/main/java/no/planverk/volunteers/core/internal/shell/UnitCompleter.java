package no.planverk.volunteers.core.internal.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** Unit codes with the unit's name beside them, for a unit option. */
@Service
public class UnitCompleter extends ValueCompleter {

    @Reference
    OrgUnitService units;

    @Override
    protected Map<String, String> values() {
        return codes(units.list());
    }

    static Map<String, String> codes(List<OrgUnit> list) {
        Map<String, String> codes = new LinkedHashMap<>();
        list.forEach(u -> codes.put(u.code(), u.name()));
        return codes;
    }
}
