package no.planverk.consultation.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.Test;

/** {@code consultation:list --plan} completes the plan ids (what the option takes), with code and title beside them. */
class PlanIdCompleterTest {

    @Test
    void offersThePlansIdsWithCodeAndTitle() {
        PlanIdCompleter completer = new PlanIdCompleter();
        completer.plans = (PlanService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PlanService.class},
                (proxy, method, args) -> method.getName().equals("all") ? List.of(plan(1, "KDP-HO", "Kommunedelplan helse"),
                        plan(12, "PP-HO", "Planprogram helse")) : null);
        List<Candidate> all = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("", 0), all);
        assertEquals(List.of("1", "12"), all.stream().map(Candidate::value).toList());
        assertEquals("KDP-HO Kommunedelplan helse", all.get(0).descr());
        List<String> typed = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine("12", 2), typed);
        assertEquals(List.of("12"), typed);
    }

    private static Plan plan(long id, String code, String title) {
        return new Plan(id, code, PlanType.KOMMUNEDELPLAN, title, null, null, 2024, 2034, null, null, null, null, null,
                PlanStatus.PREPARATION, null, null, null, List.of(), 0);
    }
}
