package no.planverk.competence.core.internal.shell;

import java.util.List;
import java.util.Map;
import no.planverk.competence.api.WorkforceService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** The workforce register's years, newest first, for {@code competence:gaps --year}. */
@Service
public class RegisterYearCompleter extends ValueCompleter {

    @Reference
    WorkforceService workforce;

    @Override
    protected Map<String, String> values() {
        List<Integer> years = workforce.years();
        return plain(years.stream().map(String::valueOf).toList());
    }
}
