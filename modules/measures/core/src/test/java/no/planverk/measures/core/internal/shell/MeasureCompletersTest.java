package no.planverk.measures.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.Test;

class MeasureCompletersTest {

    /** Two plans, as the plans module's bridge would lend them. */
    private static final class TwoPlans implements PlanDirectory {
        private final List<PlanInfo> plans = List.of(new PlanInfo(7, "KDP-HO", "Helse og omsorg", 2024, 2035),
                new PlanInfo(12, "TP-DEM", "Demensplan", 2025, 2028));

        @Override
        public List<PlanInfo> plans() {
            return plans;
        }

        @Override
        public Optional<PlanInfo> plan(long id) {
            return plans.stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public List<GoalInfo> goals(long planId) {
            return List.of();
        }

        @Override
        public List<GoalInfo> goals(Collection<Long> ids) {
            return List.of();
        }
    }

    private static List<Candidate> candidates(Completer completer, String typed) {
        List<Candidate> found = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine(typed, typed.length()), found);
        return found;
    }

    private static List<String> values(Completer completer, String typed) {
        List<String> found = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), found);
        return found;
    }

    @Test
    void plansAreOfferedByIdWithCodeAndTitleAsDescription() {
        PlanCompleter completer = new PlanCompleter();
        completer.directory = new TwoPlans();
        List<Candidate> found = candidates(completer, "");
        assertEquals(List.of("7", "12"), found.stream().map(Candidate::value).toList());
        assertEquals(List.of("KDP-HO Helse og omsorg", "TP-DEM Demensplan"), found.stream().map(Candidate::descr).toList());
        assertEquals(List.of("12"), values(completer, "1"));
    }

    @Test
    void withoutThePlansModuleTheMeasuresNameTheirPlans() {
        List<Measure> list = List.of(measure(1, 7L, "Helse og omsorg"), measure(2, null, "Bustadplan"), measure(3, 7L, "Helse og omsorg"),
                measure(4, null, " "));
        assertEquals(List.of("7", "Bustadplan"), List.copyOf(PlanCompleter.fromMeasures(list).keySet()));
        assertEquals("Helse og omsorg", PlanCompleter.fromMeasures(list).get("7"));
    }

    @Test
    void theListTakesOnlyPlanIds() {
        PlanIdCompleter completer = new PlanIdCompleter();
        completer.directory = new TwoPlans();
        assertEquals(List.of("7", "12"), values(completer, ""));
    }

    @Test
    void statusesLightsYearsAndLanguagesAreWhatTheCommandsParse() {
        values(new MeasureStatusCompleter(), "").forEach(s -> assertEquals(s, MeasureStatus.parse(s).orElseThrow().id()));
        assertEquals(MeasureStatus.values().length, values(new MeasureStatusCompleter(), "").size());
        assertEquals(List.of("planned", "postponed"), values(new MeasureStatusCompleter(), "p").stream().sorted().toList());
        assertEquals(List.of("red"), values(new LightCompleter(), "R"));
        int now = Year.now().getValue();
        List<String> years = values(new YearCompleter(), "");
        assertEquals(List.of(String.valueOf(now - 3), String.valueOf(now + 4)), List.of(years.get(0), years.get(years.size() - 1)));
        assertEquals(List.of("nn", "nb"), values(new LanguageCompleter(), "n"));
    }

    private static Measure measure(long id, Long planId, String planName) {
        return new Measure(id, planId, planName, String.valueOf(id), "Tiltak " + id, null, null, null, null, null, null, null, null, null,
                null, null, null, null, MeasureStatus.PLANNED, 0, Light.GREEN, null, null, null, 0);
    }
}
