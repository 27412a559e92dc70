package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.YearAmount;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.TransferFormat;
import no.planverk.platform.api.OrgUnitService;
import org.junit.jupiter.api.AfterEach;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: an import asks the unit service and the plans module's directory once per file, not once per row
 * (in Karaf each of those calls is a database query); a re-import rewrites links and years only of the measures whose
 * links or years the file changes, deleting the old ones by id in batches, not with two bulk DELETEs per row.
 */
class MeasureImportRoundTripsTest {

    final MeasuresFixture f = MeasuresFixture.inMemory();
    final Map<String, Integer> calls = new ConcurrentHashMap<>();

    @AfterEach
    void close() {
        f.close();
    }

    @SuppressWarnings("unchecked")
    <T> T counted(Class<T> type, String prefix, T target) {
        InvocationHandler h = (proxy, method, args) -> {
            calls.merge(prefix + method.getName(), 1, Integer::sum);
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    @Test
    void twoHundredRowsAskForUnitsPlansAndGoalsOnce() {
        MeasureTransferServiceImpl transfer = new MeasureTransferServiceImpl(f.jpa(), f.audit(),
                counted(OrgUnitService.class, "units.", f.units()));
        transfer.setDirectory(counted(PlanDirectory.class, "plans.", new MemoryPlans()));
        StringBuilder csv = new StringBuilder("plan,number,title,units,carrier,goals\n");
        for (int i = 1; i <= 200; i++) {
            csv.append(i % 2 == 0 ? "ALV-KDP-HSO" : "BRG-UH-2018").append(',').append(i).append(",Tiltak ").append(i).append(',')
                    .append(i % 2 == 0 ? "ALV-HO|ALV-KUL" : "BRG-UH").append(",BRG-UH-2029,").append(i % 2 == 0 ? "3.3|1002" : "5").append('\n');
        }
        ImportSummary s = transfer.importData(TransferFormat.CSV, MeasureTransferTest.utf8(csv.toString()), MeasureTransferTest.PLANNER);
        assertTrue(s.committed(), s.errors().toString());
        assertEquals(200, f.measures().list(MeasureQuery.all()).total());
        assertEquals(Map.of("units.list", 1, "plans.plans", 1, "plans.plan", 3, "plans.goals", 5), calls);
    }

    @Test
    void reImportKeepsLinksAndValuesAndRewritesOnlyWhatChanged() {
        f.directory(new MemoryPlans());
        byte[] first = MeasureTransferTest.utf8(rows(i -> "ALV-HO|ALV-KUL", i -> "3.3|4.1", i -> "650000;funded"));
        assertTrue(f.transfer().importData(TransferFormat.CSV, first, MeasureTransferTest.PLANNER).committed());
        List<Measure> before = all();
        Map<String, Integer> queries = countQueries();

        ImportSummary same = f.transfer().importData(TransferFormat.CSV, first, MeasureTransferTest.PLANNER);
        assertEquals(List.of(0, 300), List.of(same.created(), same.updated()));
        assertEquals(List.of(300, 0, 0, 0), kinds(queries, "UpdateObjectQuery", "InsertObjectQuery", "DeleteObjectQuery", "DeleteAllQuery"),
                "the same file again: a new version of each measure, no link or year written or deleted " + queries);
        queries.clear();
        List<Measure> after = all();
        for (int i = 0; i < before.size(); i++) {
            Measure b = before.get(i);
            Measure a = after.get(i);
            assertEquals(List.of(b.goalIds(), b.unitIds(), b.years(), b.version() + 1), List.of(a.goalIds(), a.unitIds(), a.years(), a.version()));
        }

        // every third measure gets other units, every fifth other money, every seventh loses its goals
        byte[] changed = MeasureTransferTest.utf8(rows(i -> i % 3 == 0 ? "BRG-UH" : "ALV-HO|ALV-KUL", i -> i % 7 == 0 ? "" : "3.3|4.1",
                i -> i % 5 == 0 ? "700000;not-funded" : "650000;funded"));
        ImportSummary s = f.transfer().importData(TransferFormat.CSV, changed, MeasureTransferTest.PLANNER);
        assertEquals(List.of(0, 300), List.of(s.created(), s.updated()));
        // 128 measures get new links (4 removed each, 328 written), 60 new years (60 removed)
        assertEquals(List.of(300, 388, 572, 0), kinds(queries, "UpdateObjectQuery", "InsertObjectQuery", "DeleteObjectQuery", "DeleteAllQuery"),
                "only what changed is rewritten, deleted by id in batches, no bulk DELETE per row " + queries);
        for (Measure m : all()) {
            int i = Integer.parseInt(m.number());
            assertEquals(i % 7 == 0 ? List.of() : List.of(1001L, 1002L), m.goalIds(), m.number());
            assertEquals(i % 3 == 0 ? List.of(f.units().id("BRG-UH")) : List.of(f.units().id("ALV-HO"), f.units().id("ALV-KUL")), m.unitIds());
            assertEquals(List.of(i % 5 == 0 ? new YearAmount(2026, 700_000L, Funding.NOT_FUNDED) : new YearAmount(2026, 650_000L, Funding.FUNDED)),
                    m.years(), m.number());
        }
    }

    /**
     * The import's transaction does not hold the id rows: a measure created while an import is being written (here at
     * the import's audit entry, just before its commit) is saved at once, not after the import (a flush that opened the database
     * transaction early made the TABLE generators take their id blocks inside it, locking them until the commit).
     */
    @Test
    void aMeasureCreatedDuringAnImportDoesNotWaitForIt() {
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            no.planverk.platform.api.AuditLog creating = (no.planverk.platform.api.AuditLog) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {no.planverk.platform.api.AuditLog.class}, (proxy, method, args) -> {
                        if (method.getName().equals("record") && "import".equals(args[1])) {
                            var created = other.submit(() -> f.measures().create(no.planverk.measures.api.MeasureDraft.of(null, "99", "Meanwhile")
                                    .withPlanName("Et helt liv"), MeasureTransferTest.PLANNER));
                            assertEquals("Meanwhile", created.get(10, java.util.concurrent.TimeUnit.SECONDS).title());
                        }
                        return method.invoke(f.audit(), args);
                    });
            MeasureTransferServiceImpl transfer = new MeasureTransferServiceImpl(f.jpa(), creating, f.units());
            f.directory(new MemoryPlans());
            transfer.setDirectory(new MemoryPlans());
            // more rows than an id block holds (500), so the import needs id blocks while it writes
            byte[] csv = MeasureTransferTest.utf8(rows(1200, i -> "ALV-HO", i -> "3.3", i -> "650000;funded"));
            ImportSummary s = transfer.importData(TransferFormat.CSV, csv, MeasureTransferTest.PLANNER);
            assertTrue(s.committed(), s.errors().toString());
            assertEquals(1201, f.measures().list(MeasureQuery.all()).total());
        } finally {
            other.shutdownNow();
        }
    }

    private static String rows(java.util.function.IntFunction<String> units, java.util.function.IntFunction<String> goals,
            java.util.function.IntFunction<String> money) {
        return rows(300, units, goals, money);
    }

    private static String rows(int count, java.util.function.IntFunction<String> units, java.util.function.IntFunction<String> goals,
            java.util.function.IntFunction<String> money) {
        StringBuilder csv = new StringBuilder("plan;number;title;units;goals;cost_2026;funding_2026\n");
        for (int i = 1; i <= count; i++) {
            csv.append("ALV-KDP-HSO;").append(i).append(";Tiltak ").append(i).append(';').append(units.apply(i)).append(';')
                    .append(goals.apply(i)).append(';').append(money.apply(i)).append('\n');
        }
        return csv.toString();
    }

    private static List<Integer> kinds(Map<String, Integer> counted, String... kinds) {
        return java.util.Arrays.stream(kinds).map(k -> counted.getOrDefault(k, 0)).toList();
    }

    private List<Measure> all() {
        return f.measures().list(MeasureQuery.all().page(0, 500)).items();
    }

    /** Counts the queries the measures' persistence unit runs from now on, by kind (DeleteAllQuery, DeleteObjectQuery, ...). */
    private Map<String, Integer> countQueries() {
        Map<String, Integer> n = new ConcurrentHashMap<>();
        f.jpa().tx(em -> em.getEntityManagerFactory().unwrap(Server.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteQuery(SessionEvent event) {
                n.merge(event.getQuery().getClass().getSimpleName(), 1, Integer::sum);
            }
        }));
        return n;
    }
}
