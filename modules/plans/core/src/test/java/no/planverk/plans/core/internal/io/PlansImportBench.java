package no.planverk.plans.core.internal.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the plan imports of bench/plans.sh without HTTP (issue 18). 2 000 plans, then the 10 000-row CSV, into a
 * fresh Derby on disk, then the 10 000 again (all updates); prints wall time and the import thread's and process's CPU.
 */
class PlansImportBench {

    private static final UserContext BY = UserContext.of("bench", Role.PLANNER);

    @Test
    void run() throws Exception {
        Path dir = Files.createTempDirectory("planverk-plans-bench");
        try (LocalJpaTemplate jpa = LocalJpaTemplate.onDisk("planverk-plans-test", dir.resolve("db"))) {
            PlanTransferServiceImpl t = new PlanTransferServiceImpl(jpa, new RecordingAudit(), new MemoryUnits(), Clock.system(ZoneId.of("Europe/Oslo")));
            String[] types = {"temaplan", "handlingsplan", "strategi", "kommunedelplan"};
            String[] units = {"ALV-HO", "ALV-HO-HEIM", "ALV-KUL", "BRG-BEHO", "BRG-UH"};
            String[] statuses = {"preparation", "in-force", "revision", "expired", "political"};
            StringBuilder p = new StringBuilder("code,type,title,unit,period_from,period_to,status\n");
            for (int i = 0; i < 2000; i++) {
                int y = 2010 + i % 20;
                p.append(String.format(Locale.ROOT, "B%05d,%s,Benchmarkplan %d for helse og omsorg,%s,%d,%d,%s%n", i, types[i % 4], i, units[i % 5], y,
                        y + 4 + i % 8, statuses[i % 5]));
            }
            timed(t, p.toString(), "import 2 000 plans");
            StringBuilder k = new StringBuilder("code,type,title,unit,period_from,period_to,status\n");
            for (int i = 0; i < 10000; i++) {
                k.append(String.format(Locale.ROOT, "I%05d,temaplan,Importplan %d,ALV-HO,2020,2030,preparation%n", i, i));
            }
            timed(t, k.toString(), "import 10 000 plans");
            timed(t, k.toString(), "import the same 10 000 again (updates)");
        }
    }

    private static void timed(PlanTransferServiceImpl t, String csv, String what) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long proc0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ImportSummary s = t.importData(TransferKind.PLANS, TransferFormat.CSV, csv, BY);
        if (!s.committed()) {
            throw new IllegalStateException(s.errors().toString());
        }
        System.out.println(String.format(Locale.ROOT, "| %s | wall %.2f s | thread cpu %.2f s | process cpu %.2f s |", what, (System.nanoTime() - t0) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, (os.getProcessCpuTime() - proc0) / 1e9));
    }
}
