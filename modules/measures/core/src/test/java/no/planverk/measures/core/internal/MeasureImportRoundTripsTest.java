package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.TransferFormat;
import no.planverk.platform.api.OrgUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: an import asks the unit service and the plans module's directory once per file, not once per row
 * (in Karaf each of those calls is a database query).
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
}
