package no.planverk.volunteers.core.internal.shell;

import java.util.Map;
import java.util.stream.IntStream;
import no.planverk.volunteers.api.AssignmentDraft;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** The steps of the activity staircase, for {@code volunteers:assignments --step}. */
@Service
public class StepCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(IntStream.rangeClosed(AssignmentDraft.MIN_STEP, AssignmentDraft.MAX_STEP).mapToObj(String::valueOf).toList());
    }
}
