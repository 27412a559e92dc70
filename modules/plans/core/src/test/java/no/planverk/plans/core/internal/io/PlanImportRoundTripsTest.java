package no.planverk.plans.core.internal.io;

import static no.planverk.plans.core.internal.PlanServiceImplTest.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 18: a plan import reads the units once per file, not once per row (in Karaf each read is a query). */
class PlanImportRoundTripsTest {

    final LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("planverk-plans-test");
    final Map<String, Integer> calls = new ConcurrentHashMap<>();

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void threeHundredPlansAskForTheUnitsOnce() {
        MemoryUnits memory = new MemoryUnits();
        OrgUnitService units = (OrgUnitService) Proxy.newProxyInstance(OrgUnitService.class.getClassLoader(),
                new Class<?>[] {OrgUnitService.class}, (proxy, method, args) -> {
                    calls.merge(method.getName(), 1, Integer::sum);
                    try {
                        return method.invoke(memory, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        PlanTransferServiceImpl transfer = new PlanTransferServiceImpl(jpa, new RecordingAudit(), units, Clock.system(ZoneId.of("Europe/Oslo")));
        StringBuilder csv = new StringBuilder("code,type,title,unit,period_from,period_to,status,parent\n");
        for (int i = 0; i < 300; i++) {
            csv.append("P").append(i).append(",temaplan,Plan ").append(i).append(',').append(i % 2 == 0 ? "ALV-HO" : "BRG-UH")
                    .append(",2020,2030,in-force,").append(i == 0 ? "" : "P0").append('\n');
        }
        var s = transfer.importData(TransferKind.PLANS, TransferFormat.CSV, csv.toString(), PLANNER);
        assertTrue(s.committed(), s.errors().toString());
        assertEquals(Map.of("list", 1), calls);
        assertEquals(300L, (long) jpa.txExpr(em -> em.createQuery("select count(p) from PlanEntity p", Long.class).getSingleResult()));
        assertEquals(299L, (long) jpa.txExpr(em -> em.createQuery("select count(p) from PlanEntity p where p.parentId is not null", Long.class)
                .getSingleResult()));
    }

    /**
     * The import's transaction does not hold the id rows: a plan created while a big import is being written is saved
     * at once (a flush of the first plan opened the database transaction, the TABLE generators then took their id blocks
     * inside it and held them locked until the import's commit, so the plan waited for the whole import).
     */
    @Test
    void aPlanCreatedDuringAnImportDoesNotWaitForIt() {
        MemoryUnits memory = new MemoryUnits();
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.atomic.AtomicInteger finds = new java.util.concurrent.atomic.AtomicInteger();
        // a unit leader's rows each look up the plan's unit: at row 1 500 (three id blocks into the import), a plan is created
        OrgUnitService units = (OrgUnitService) Proxy.newProxyInstance(OrgUnitService.class.getClassLoader(),
                new Class<?>[] {OrgUnitService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && finds.incrementAndGet() == 1500) {
                        var created = other.submit(() -> jpa.txExpr(em -> {
                            PlanEntity e = new PlanEntity(no.planverk.plans.api.PlanDraft.of("MEANWHILE", no.planverk.plans.api.PlanType.TEMAPLAN,
                                    "Meanwhile", 2025, 2028).validated(), no.planverk.plans.api.PlanStatus.PREPARATION, null);
                            em.persist(e);
                            return e.code();
                        }));
                        assertEquals("MEANWHILE", created.get(10, java.util.concurrent.TimeUnit.SECONDS));
                    }
                    try {
                        return method.invoke(memory, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try {
            PlanTransferServiceImpl transfer = new PlanTransferServiceImpl(jpa, new RecordingAudit(), units, Clock.system(ZoneId.of("Europe/Oslo")));
            StringBuilder csv = new StringBuilder("code,type,title,unit,period_from,period_to,status\n");
            for (int i = 0; i < 2000; i++) {
                csv.append("P").append(i).append(",temaplan,Plan ").append(i).append(",ALV-HO,2020,2030,in-force\n");
            }
            var s = transfer.importData(TransferKind.PLANS, TransferFormat.CSV, csv.toString(),
                    no.planverk.platform.api.UserContext.of("einingsleiar", no.planverk.platform.api.Role.UNIT_LEADER).withUnits("ALV-HO"));
            assertTrue(s.committed(), s.errors().toString());
            assertEquals(2001L, (long) jpa.txExpr(em -> em.createQuery("select count(p) from PlanEntity p", Long.class).getSingleResult()));
        } finally {
            other.shutdownNow();
        }
    }
}
