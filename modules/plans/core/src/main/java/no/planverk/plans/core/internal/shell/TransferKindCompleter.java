package no.planverk.plans.core.internal.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import no.planverk.plans.api.TransferKind;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** What a CSV file holds, for {@code --kind}: plans or goals (a JSON file always holds all). */
@Service
public class TransferKindCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(Arrays.stream(TransferKind.values()).filter(k -> k != TransferKind.ALL)
                .map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }
}
