package no.planverk.forecasting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.ForecastOutcome;
import no.planverk.forecasting.api.HousingNeed;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputSource;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.forecasting.api.LinkTarget;
import no.planverk.forecasting.api.ModelVersion;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.WelfareTech;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stored inputs and saved runs on in-memory Derby, with the worked example's figures. */
class ForecastServiceImplTest {

    static final String POPULATION = "year,age,population\n2020,0,100\n2020,1,100\n2020,2,100\n2020,3,50\n2020,4,20\n"
            + "2021,0,90\n2021,1,100\n2021,2,100\n2021,3,80\n2021,4,40\n";
    static final String USERS = "service;age_from;age_to;users\nhome;0;2;3\nhome;3;4;14\ncare;0;2;0\ncare;3;3;5\ncare;4;4;10\n";
    static final String HOUSING = "centre,step,type,places\nKnarvik,6,Sjukeheim langtid,49\nManger,5,Omsorgsbustad heildøgn,21\n";

    private static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    private static final UserContext READER = UserContext.of("lesar", Role.READER);

    private ForecastingFixture fx;

    @BeforeEach
    void setUp() {
        fx = ForecastingFixture.inMemory();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private long input(InputKind kind, String name, String csv) {
        return fx.service().createInput(kind, name, null, bytes(csv), PLANNER).id();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void storesAnInputAsCanonicalCsvWithASummary() {
        InputInfo info = fx.service().createInput(InputKind.SERVICE_USERS, " Brukarar 2020 ", "KOSTRA", bytes(USERS), PLANNER);
        assertEquals("Brukarar 2020", info.name());
        assertEquals(5, info.rows());
        assertEquals("home, care", info.summary());
        assertEquals("service,age_from,age_to,users\nhome,0,2,3\nhome,3,4,14\ncare,0,2,0\ncare,3,3,5\ncare,4,4,10\n",
                fx.service().input(info.id()).csv());
        assertEquals(List.of(info), fx.service().inputs(InputKind.SERVICE_USERS));
        assertEquals(List.of(), fx.service().inputs(InputKind.POPULATION));
        assertEquals("create", fx.audit().calls().get(0).action());
        InputInfo population = fx.service().createInput(InputKind.POPULATION, "SSB", null, bytes(POPULATION), PLANNER);
        assertEquals("2020–2021 · 0–4 · 370", population.summary());
        assertEquals(10, population.rows());
    }

    @Test
    void aBadFileSavesNothingAndListsItsRows() {
        InvalidCsvException e = assertThrows(InvalidCsvException.class, () -> fx.service().createInput(InputKind.SERVICE_USERS, "x", null,
                bytes("service,age_from,age_to,users\nhome,0,2,-3\nhome,2,4,x\n"), PLANNER));
        assertEquals(List.of(2, 3), e.errors().stream().map(r -> r.line()).toList());
        assertEquals(List.of(), fx.service().inputs(null));
        assertTrue(fx.audit().calls().isEmpty());
    }

    @Test
    void onlyPlannersChangeInputsAndNamesAreUniquePerKind() {
        assertThrows(AccessDeniedException.class, () -> fx.service().createInput(InputKind.POPULATION, "x", null, bytes(POPULATION), READER));
        input(InputKind.POPULATION, "SSB", POPULATION);
        InvalidInputException dup = assertThrows(InvalidInputException.class, () -> input(InputKind.POPULATION, "ssb", POPULATION));
        assertTrue(dup.getMessage().contains("already"), dup.getMessage());
        input(InputKind.SERVICE_USERS, "SSB", USERS); // another kind may share the name
        assertThrows(InvalidInputException.class, () -> input(InputKind.POPULATION, " ", POPULATION));
    }

    @Test
    void updateReplacesContentAndGuardsTheVersion() {
        InputInfo info = fx.service().createInput(InputKind.HOUSING, "Alver", null, bytes(HOUSING), PLANNER);
        InputInfo renamed = fx.service().updateInput(info.id(), info.version(), "Alver 2022", "juni 2022", null, PLANNER);
        assertEquals("Alver 2022", renamed.name());
        assertEquals(2, renamed.rows());
        assertThrows(StaleVersionException.class,
                () -> fx.service().updateInput(info.id(), info.version(), "Alver", null, null, PLANNER));
        InputInfo replaced = fx.service().updateInput(info.id(), renamed.version(), "Alver 2022", null,
                bytes("centre,step,type,places\nFrekhaug,6,,34\n"), PLANNER);
        assertEquals(1, replaced.rows());
        assertEquals("Frekhaug · 34", replaced.summary());
        assertThrows(InvalidCsvException.class, () -> fx.service().updateInput(info.id(), replaced.version(), "Alver", null,
                bytes("centre,step,type,places\nFrekhaug,9,,34\n"), PLANNER));
        assertEquals("Frekhaug · 34", fx.service().input(info.id()).info().summary(), "a bad file changes nothing");
        fx.service().deleteInput(info.id(), replaced.version(), PLANNER);
        assertThrows(NotFoundException.class, () -> fx.service().input(info.id()));
        assertEquals(List.of("create", "update", "replace", "delete"), fx.audit().calls().stream().map(c -> c.action()).toList());
    }

    @Test
    void runsFromStoredInputsWithTheWorkedExampleFigures() {
        long pop = input(InputKind.POPULATION, "pop", POPULATION);
        long users = input(InputKind.SERVICE_USERS, "users", USERS);
        long housing = input(InputKind.HOUSING, "housing", HOUSING);
        RunSpec spec = new RunSpec(pop, users, null, null, housing, 10.0, 3, null, null, 0.5, new WelfareTech("care", "home", 0.2),
                List.of(new CustomFactor("home", 2021, 2030, 1.1)), List.of("normal", "delayed", "welfare-tech", "custom"));
        ForecastOutcome out = fx.service().run(spec);
        assertEquals(2020, out.request().baseYear());
        assertEquals(2021, out.request().horizon());
        assertEquals(26.9, out.result().find("normal", "home", 2021).orElseThrow().users(), 1e-9);
        assertEquals(19.3, out.result().find("delayed", "home", 2021).orElseThrow().users(), 1e-9);
        assertEquals(22.4, out.result().find("welfare-tech", "care", 2021).orElseThrow().users(), 1e-9);
        assertEquals(29.59, out.result().find("custom", "home", 2021).orElseThrow().users(), 1e-9);
        assertEquals(17.142857, out.result().year(2021).orElseThrow().placesNeeded(), 1e-6);
        // housing: coverage age 3, pop 3+ is 70 then 120; Knarvik's 49 places need 49·120/70 = 84
        HousingNeed knarvik = out.housingNeeds().stream().filter(n -> n.year() == 2021 && n.centre().equals("Knarvik")).findFirst().orElseThrow();
        assertEquals(84, knarvik.needed(), 1e-9);
        assertEquals(35, knarvik.gap(), 1e-9);
        assertEquals(4, out.housingNeeds().size());
    }

    @Test
    void aRunRefusesMissingOrWrongInputs() {
        long pop = input(InputKind.POPULATION, "pop", POPULATION);
        long users = input(InputKind.SERVICE_USERS, "users", USERS);
        InvalidInputException wrongKind = assertThrows(InvalidInputException.class, () -> fx.service().run(RunSpec.of(users, users)));
        InvalidInputException badAge = assertThrows(InvalidInputException.class, () -> fx.service().run(new RunSpec(pop, users, null, null,
                null, null, -5, null, null, null, null, null, null)), "a coverage age of -5 is refused, not run as 80");
        assertTrue(badAge.fieldErrors().containsKey("coverageAge"), badAge.fieldErrors().toString());
        assertTrue(wrongKind.getMessage().contains("not population"), wrongKind.getMessage());
        assertThrows(InvalidInputException.class, () -> fx.service().run(RunSpec.of(pop, 999)));
        assertThrows(InvalidInputException.class, () -> fx.service().run(new RunSpec(pop, null, null, null, null, null, null, null, null,
                null, null, null, null)));
        InvalidInputException scenario = assertThrows(InvalidInputException.class, () -> fx.service().run(new RunSpec(pop, users, null, null,
                null, null, null, null, null, null, null, null, List.of("optimistic"))));
        assertTrue(scenario.getMessage().contains("optimistic"));
        assertThrows(InvalidInputException.class, () -> fx.service().run(new RunSpec(pop, users, null, null, null, null, null, 2019, null,
                null, null, null, null)), "a base year the projection does not have");
    }

    @Test
    void aSavedRunKeepsItsInputsWhenTheStoredOnesChange() {
        long pop = input(InputKind.POPULATION, "pop", POPULATION);
        InputInfo users = fx.service().createInput(InputKind.SERVICE_USERS, "users", null, bytes(USERS), PLANNER);
        RunInfo saved = fx.service().saveRun("Alver 2021", "worked example", RunSpec.of(pop, users.id()), PLANNER);
        assertEquals(List.of("normal", "delayed"), saved.scenarios());
        fx.service().updateInput(users.id(), users.version(), "users", null, bytes("service,age_from,age_to,users\nhome,0,4,37\n"), PLANNER);
        fx.service().deleteInput(pop, fx.service().input(pop).info().version(), PLANNER);

        SavedRun run = fx.service().savedRun(saved.id());
        assertEquals(26.9, run.outcome().result().find("normal", "home", 2021).orElseThrow().users(), 1e-9);
        assertEquals(Optional.empty(), run.outcome().result().find("normal", "home", 2022));
        assertEquals(USERS.replace(';', ','), run.inputs().get(InputKind.SERVICE_USERS));
        assertEquals(pop, run.spec().populationId());
        assertEquals(List.of(saved), fx.service().runs());
        assertThrows(InvalidInputException.class, () -> fx.service().saveRun("alver 2021", null, RunSpec.of(pop, users.id()), PLANNER));
        assertThrows(AccessDeniedException.class, () -> fx.service().saveRun("x", null, RunSpec.of(pop, users.id()), READER));
    }

    @Test
    void aSavedRunIsComputedWithTheModelVersionItWasSavedWith() {
        long pop = input(InputKind.POPULATION, "pop", POPULATION);
        long users = input(InputKind.SERVICE_USERS, "users", USERS);
        RunSpec spec = new RunSpec(pop, users, null, null, null, null, null, null, null, 0.5, null, null, null);
        RunInfo now = fx.service().saveRun("now", null, spec, PLANNER);
        RunInfo before = fx.service().saveRun("before", null, spec, PLANNER);
        assertEquals(ModelVersion.AVERAGED, now.modelVersion());
        // a run saved before the version was stored has no MODEL_VERSION: it keeps the stepped definition
        fx.forgetModelVersion(before.id());

        SavedRun old = fx.service().savedRun(before.id());
        assertEquals(ModelVersion.STEPPED, old.info().modelVersion());
        assertEquals(11.7, old.outcome().result().find("delayed", "home", 2021).orElseThrow().users(), 1e-9);
        SavedRun current = fx.service().savedRun(now.id());
        assertEquals(ModelVersion.AVERAGED, current.info().modelVersion());
        assertEquals(19.3, current.outcome().result().find("delayed", "home", 2021).orElseThrow().users(), 1e-9);
        assertEquals(List.of(ModelVersion.STEPPED, ModelVersion.AVERAGED),
                fx.service().runs().stream().map(RunInfo::modelVersion).sorted().toList());
    }

    @Test
    void anSsbProjectionIsStoredAsCanonicalCsvWithItsSourceAndASavedRunKeepsIt() {
        byte[] json = no.planverk.forecasting.core.internal.io.SsbFiles.file("14288-alver-bergen.json");
        InvalidInputException choose = assertThrows(InvalidInputException.class,
                () -> fx.service().createInput(InputKind.POPULATION, "SSB 14288", null, json, java.util.Map.of(), PLANNER));
        assertTrue(choose.getMessage().contains("4601 Bergen, 4631 Alver"), choose.getMessage());
        assertEquals(List.of(), fx.service().inputs(InputKind.POPULATION), "nothing saved");

        InputInfo info = fx.service().createInput(InputKind.POPULATION, "SSB 14288 Alver", null, json, java.util.Map.of("region", "4631"),
                PLANNER);
        assertEquals("2024–2025 · 0–105+ · " + (401 * 106 + 4 * 105 * 106 / 2), info.summary());
        InputSource source = info.source();
        assertEquals("14288", source.table());
        assertEquals("4631 Alver", source.region());
        assertEquals("Framskrevet folkemengde 1. januar, hovedalternativet (MMMM)", source.series());
        assertEquals("2024-06-11T06:00:00Z", source.updated());
        assertEquals(List.of(info), fx.service().inputs(InputKind.POPULATION), "the list carries the source too");
        assertTrue(fx.service().input(info.id()).csv().startsWith("year,age,population\n2024,0,401\n"));

        long users = input(InputKind.SERVICE_USERS, "users", "service,age_from,age_to,users\nhome,0,79,0\nhome,80,120,2004.6\n");
        // by hand: pop(a, y) = 401 + 4a + 2(y − 2024); 80+ is 20046 in 2024 and 20098 in 2025, so the rate is 0.1
        ForecastOutcome out = fx.service().run(RunSpec.of(info.id(), users));
        assertEquals(2009.8, out.result().find("normal", "home", 2025).orElseThrow().users(), 1e-9);
        // d = 0.1: only age 80 changes, to 0.9·0.1 + 0.1·0 = 0.09: 2009.8 − 0.01·pop(80, 2025) = 2009.8 − 7.23
        assertEquals(2002.57, out.result().find("delayed", "home", 2025).orElseThrow().users(), 1e-9);
        RunInfo run = fx.service().saveRun("Alver frå SSB", null, RunSpec.of(info.id(), users), PLANNER);
        fx.service().deleteInput(info.id(), info.version(), PLANNER);
        SavedRun saved = fx.service().savedRun(run.id());
        assertEquals(source, saved.sources().get(InputKind.POPULATION));
        assertEquals(null, saved.sources().get(InputKind.SERVICE_USERS));
    }

    @Test
    void linksNeedAnInstalledTargetAndAreListedPerTarget() {
        long pop = input(InputKind.POPULATION, "pop", POPULATION);
        long users = input(InputKind.SERVICE_USERS, "users", USERS);
        RunInfo saved = fx.service().saveRun("run", null, RunSpec.of(pop, users), PLANNER);
        List<RunLink> goal = List.of(new RunLink("goal", 7));
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> fx.service().updateRun(saved.id(), saved.version(), "run", null, goal, PLANNER));
        assertTrue(none.getMessage().contains("not installed"), none.getMessage());
        assertEquals(List.of(), fx.service().linkKinds());

        LinkTarget goals = new LinkTarget() {
            @Override
            public String kind() {
                return "goal";
            }

            @Override
            public Optional<RunLink> describe(long id) {
                return id == 7 ? Optional.of(new RunLink("goal", 7, "3.3.1 Fleire skal bu heime", "plans/plan/1")) : Optional.empty();
            }
        };
        fx.linkTarget(goals);
        assertEquals(List.of("goal"), fx.service().linkKinds());
        assertThrows(InvalidInputException.class,
                () -> fx.service().updateRun(saved.id(), saved.version(), "run", null, List.of(new RunLink("goal", 8)), PLANNER));
        RunInfo linked = fx.service().updateRun(saved.id(), saved.version(), "run", null, List.of(goal.get(0), goal.get(0)), PLANNER);
        assertEquals(1, linked.links().size());
        assertEquals("3.3.1 Fleire skal bu heime", linked.links().get(0).label());
        assertEquals(List.of(saved.id()), fx.service().runsLinkedTo("goal", 7).stream().map(RunInfo::id).toList());
        assertEquals(List.of(), fx.service().runsLinkedTo("goal", 8));

        fx.removeLinkTarget(goals);
        RunLink kept = fx.service().savedRun(saved.id()).info().links().get(0);
        assertEquals(7, kept.targetId(), "the link stays when the plans module goes");
        assertNull(kept.label());
        assertThrows(StaleVersionException.class, () -> fx.service().deleteRun(saved.id(), saved.version(), PLANNER));
        fx.service().deleteRun(saved.id(), linked.version(), PLANNER);
        assertFalse(fx.service().runs().stream().anyMatch(r -> r.id() == saved.id()));
        assertThrows(NotFoundException.class, () -> fx.service().savedRun(saved.id()));
    }

    @Test
    void aLargeProjectionFitsItsColumn() {
        StringBuilder csv = new StringBuilder("year,age,population\n");
        for (int year = 2020; year <= 2070; year++) {
            for (int age = 0; age <= 120; age++) {
                csv.append(year).append(',').append(age).append(',').append(1234.5678).append('\n');
            }
        }
        long id = input(InputKind.POPULATION, "big", csv.toString());
        assertEquals(51 * 121, fx.service().input(id).info().rows());
        assertEquals(csv.toString(), fx.service().input(id).csv());
    }
}
