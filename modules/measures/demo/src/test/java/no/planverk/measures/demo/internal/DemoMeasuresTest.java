package no.planverk.measures.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.planverk.platform.demo.DemoUnitsLoaded;
import java.util.Optional;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.measures.core.internal.MeasuresFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoMeasuresTest {

    final MeasuresFixture f = MeasuresFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    Measure number(String n) {
        return f.measures().list(MeasureQuery.all()).items().stream().filter(m -> m.number().equals(n)).findFirst().orElseThrow();
    }

    /** Alver's measures: all 86 entries of the goal table (seed 004 ch. 6); Bergen's: 86-91 (seed 001). */
    static final int ALVER = 86;
    static final int BERGEN = 6;

    static final Set<String> BOTH = Set.of(DemoUnitsLoaded.ALVER, DemoUnitsLoaded.BERGEN);

    @Test
    void aProfileLoadsOnlyItsMunicipalitysMeasures() {
        DemoMeasures.load(f.measures(), f.transfer(), Set.of(DemoUnitsLoaded.ALVER));
        assertEquals(ALVER, f.measures().list(MeasureQuery.all()).total(), "every 'Slik skal vi gjere det' entry of seed 004 ch. 6");
        DemoMeasures.load(f.measures(), f.transfer(), BOTH);
        assertEquals(ALVER + BERGEN, f.measures().list(MeasureQuery.all()).total(), "Bergen's come when the demo includes Bergen");
        assertEquals(1, f.measures().reports(number("3.3.1.1-b").id()).size(), "Alver's reports are not made twice");
        assertEquals(1, f.measures().reports(number("86").id()).size());
    }

    @Test
    void loadsTheSeedsMeasuresOnceWithReports() {
        DemoMeasures.load(f.measures(), f.transfer(), BOTH);
        DemoMeasures.load(f.measures(), f.transfer(), BOTH);
        assertEquals(ALVER + BERGEN, f.measures().list(MeasureQuery.all()).total());
        Measure coordinator = number("3.3.1.1-b");
        assertTrue(coordinator.years().isEmpty() && coordinator.fromYear() == null, "the seed's x marks lost their year columns");
        assertTrue(coordinator.description().contains("650 000 kr"), coordinator.description());
        assertEquals(List.of(f.units().id("ALV-KUL"), f.units().id("ALV-HO")), coordinator.unitIds());
        assertEquals(Light.RED, coordinator.light());
        org.junit.jupiter.api.Assertions.assertTrue(coordinator.description().startsWith("Ei eiga stilling skal samordne den frivillige innsatsen"),
                "a nynorsk description, not developer notes: " + coordinator.description());
        assertEquals(List.of("86", "87", "88", "89", "90", "91"), f.measures().list(MeasureQuery.all()).items().stream()
                .map(Measure::number).filter(n -> n.matches("\\d+")).toList());
    }

    @Test
    void alversMeasuresKeepTheSeedsResponsibleAndYears() {
        DemoMeasures.load(f.measures(), f.transfer(), Set.of(DemoUnitsLoaded.ALVER));
        List<Measure> all = f.measures().list(MeasureQuery.all()).items();
        assertEquals(29, all.stream().filter(m -> m.kind() == no.planverk.measures.api.MeasureKind.PLAN_REFERENCE).count(),
                "entries that name a theme or action plan are carried by it");
        assertEquals(9, all.stream().filter(m -> m.fromYear() != null).count(), "years only where the entry names its period");
        assertEquals(no.planverk.measures.api.Responsibility.ALL, number("4.1.1.1-b").responsibility());
        assertEquals(no.planverk.measures.api.Responsibility.CROSS_SECTOR, number("4.3.1.4-a").responsibility());
        assertEquals(List.of(f.units().id("ALV-HO"), f.units().id("ALV-OPP")), number("4.2.1-a").unitIds());
        assertEquals("Digitalisering og innovasjon Nordhordland", number("1.2.6.2-a").contact(), "a responsible body that is no demo unit");
        assertEquals(2023, number("4.5.2.2-a").fromYear(), "Plan for legetenesta 2023-2026");
        assertTrue(number("5.1.5.1-a").goalText().startsWith("5.1.5.1 "), "the last entry of the table, under its goal");
    }

    @Test
    void linksToTheDemoPlansWhenThePlansModuleIsThere() {
        DemoMeasures.load(f.measures(), f.transfer(), BOTH);
        Directory dir = new Directory();
        f.directory(dir);
        assertEquals(0, DemoLinks.link(f.measures(), dir, DemoMeasures.DEMO));
        assertEquals(100L, number("3.3.1.1-b").planId());
        assertEquals(List.of(11L), number("3.3.1.1-b").goalIds());
        assertEquals(List.of(22L), number("89").goalIds(), "'Nytt mål 2024 ...' finds the goal coded 'Nytt mål 2024'");
        assertEquals(300L, number("4.1.1.4-a").carrierPlanId());
        assertTrue(number("1.2.7.1-a").goalIds().isEmpty(), "the directory has no goal 1.2.7.1: the goal text stays");
        assertEquals(0, DemoLinks.link(f.measures(), dir, DemoMeasures.DEMO), "linking again changes nothing");
    }

    @Test
    void plansNotThereYetAreAnsweredNotLoggedAndTheNextLoadTakesThem() {
        Directory empty = new Directory() { // the plans module is there, its demo plans are still loading
            @Override
            public List<PlanInfo> plans() {
                return List.of();
            }
        };
        f.directory(empty);
        java.util.Map<String, List<no.planverk.platform.api.RowError>> refused = DemoMeasures.load(f.measures(), f.transfer(), BOTH);
        assertEquals(java.util.Set.of(DemoUnitsLoaded.ALVER, DemoUnitsLoaded.BERGEN), refused.keySet());
        assertTrue(refused.get(DemoUnitsLoaded.BERGEN).get(0).reason().contains("No plan has the code or title"),
                String.valueOf(refused));
        assertEquals(0, f.measures().list(MeasureQuery.all()).total(), "all or nothing");

        f.directory(new Directory());
        assertTrue(DemoMeasures.load(f.measures(), f.transfer(), BOTH).isEmpty());
        assertEquals(ALVER + BERGEN, f.measures().list(MeasureQuery.all()).total());
    }

    @Test
    void waitsOnlyForThePlansOfTheDemosMunicipalities() {
        Directory dir = new Directory();
        assertTrue(DemoLinks.plansLoaded(dir, BOTH));
        Directory bergenOnly = new Directory() {
            @Override
            public List<PlanInfo> plans() {
                return plans.stream().filter(p -> p.code().startsWith("BRG")).toList();
            }
        };
        assertTrue(DemoLinks.plansLoaded(bergenOnly, Set.of(DemoUnitsLoaded.BERGEN)), "Bergen's profile has no Alver plan to wait for");
        org.junit.jupiter.api.Assertions.assertFalse(DemoLinks.plansLoaded(bergenOnly, BOTH));
    }

    /** The demo plans and a few goals, as the plans module lends them. */
    static class Directory implements PlanDirectory {
        final List<PlanInfo> plans = List.of(new PlanInfo(100, "ALV-KDP-HSO", "Kommunedelplan for helse, sosial og omsorg 2021-2033",
                2021, 2033), new PlanInfo(200, "BRG-UH-2018", "Et helt liv med mening, vekst og utvikling", 2018, 2028),
                new PlanInfo(300, "ALV-DEMENS", "Heilskapleg demensomsorg i Alver kommune 2023-2026", 2023, 2026));
        final List<GoalInfo> goals = List.of(new GoalInfo(11, 100, "3.3.1.1", "Vi har system ..."), new GoalInfo(12, 100, "3.3.1", "Vi skal"),
                new GoalInfo(21, 200, "Satsingsområde 2", "Gode overganger"), new GoalInfo(22, 200, "Nytt mål 2024", "Bruk av tvang"),
                new GoalInfo(23, 200, "Satsingsområde 5", "Gode og helhetlige helse- og omsorgstjenester"));

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
            return goals.stream().filter(g -> g.planId() == planId).toList();
        }

        @Override
        public List<GoalInfo> goals(Collection<Long> ids) {
            return goals.stream().filter(g -> ids.contains(g.id())).toList();
        }
    }
}
