package no.planverk.plans.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.TransferKind;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.Test;

class PlanCompletersTest {

    private static List<String> complete(Completer completer, String typed) {
        List<String> found = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), found);
        return found;
    }

    @Test
    void typesAndStatusesAreTheApiIdsThatTheCommandParses() {
        List<String> types = complete(new PlanTypeCompleter(), "");
        assertEquals(PlanType.values().length, types.size());
        types.forEach(t -> assertEquals(t, PlanType.parse(t).orElseThrow().id()));
        List<String> statuses = complete(new PlanStatusCompleter(), "");
        assertEquals(PlanStatus.values().length, statuses.size());
        statuses.forEach(s -> assertEquals(s, PlanStatus.parse(s).orElseThrow().id()));
    }

    @Test
    void whatIsTypedNarrowsInAnyCase() {
        assertEquals(List.of("in-force"), complete(new PlanStatusCompleter(), "IN"));
        assertEquals(List.of("planstrategi", "planprogram"), complete(new PlanTypeCompleter(), "plan"));
        assertEquals(List.of(), complete(new PlanTypeCompleter(), "x"));
    }

    @Test
    void aCsvHoldsPlansOrGoals() {
        List<String> kinds = complete(new TransferKindCompleter(), "");
        assertEquals(List.of("plans", "goals"), kinds);
        kinds.forEach(k -> TransferKind.parse(k).orElseThrow());
    }
}
