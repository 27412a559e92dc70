package no.planverk.consultation.ui.internal;

import java.util.List;
import java.util.Optional;

/** The plans a consultation can be opened on, as the form offers them, and a plan's label for lists. */
public interface PlanChoices {

    /** A plan as the form offers it: its id and "code title". */
    record PlanOption(long id, String label) {
    }

    List<PlanOption> all();

    default Optional<String> label(long planId) {
        return all().stream().filter(p -> p.id() == planId).map(PlanOption::label).findFirst();
    }
}
