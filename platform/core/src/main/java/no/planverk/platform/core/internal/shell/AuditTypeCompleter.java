package no.planverk.platform.core.internal.shell;

import no.planverk.platform.shell.ValueCompleter;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Entity types for {@code planverk:audit -t}: those in the newest 1000 entries of the trail. */
@Service
public class AuditTypeCompleter extends ValueCompleter {

    @Reference
    AuditLog audit;

    @Override
    protected Map<String, String> values() {
        Map<String, String> types = new TreeMap<>();
        for (AuditEntry e : audit.find(AuditQuery.latest(1000))) {
            if (e.entityType() != null) {
                types.put(e.entityType(), null);
            }
        }
        return types;
    }
}
