package no.planverk.measures.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.measures.api.TransferFormat;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the import part of the measures benchmark alone (bench/measures.sh import). The 50 000-row CSV of
 * {@link MeasuresBench} into a fresh Derby on disk, with -Dbench.update=true the same file again (all updates); -Dbench.rows picks fewer rows.
 */
class MeasuresImportBench {

    @Test
    void run() throws Exception {
        int rows = Integer.getInteger("bench.rows", 50_000);
        byte[] csv = MeasuresBench.csv();
        if (rows < 50_000) {
            String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
            int end = 0;
            for (int i = 0; i <= rows; i++) {
                end = text.indexOf('\n', end) + 1;
            }
            csv = text.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        Path dir = Files.createTempDirectory("planverk-bench");
        try (MeasuresFixture f = MeasuresFixture.onDisk(dir.resolve("db"))) {
            double created = timed(f, csv);
            double updated = Boolean.getBoolean("bench.update") ? timed(f, csv) : Double.NaN;
            System.out.println();
            System.out.println("| measures import bench: " + rows + " rows | s |");
            System.out.println("|---|---|");
            System.out.println(String.format(Locale.ROOT, "| import %d measures (CSV, one transaction, new) | %.1f s |", rows, created));
            if (!Double.isNaN(updated)) {
                System.out.println(String.format(Locale.ROOT, "| import the same %d again (all updates) | %.1f s |", rows, updated));
            }
        }
    }

    /** Wall seconds; prints the import thread's and the whole process's CPU seconds too (the machine is shared). */
    private static double timed(MeasuresFixture f, byte[] csv) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long proc0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ImportSummary s = f.transfer().importData(TransferFormat.CSV, csv, MeasuresBench.PLANNER);
        if (!s.committed()) {
            throw new IllegalStateException(s.errors().toString());
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.println(String.format(Locale.ROOT, "| cpu: import thread %.1f s, process %.1f s, wall %.1f s |",
                (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, (os.getProcessCpuTime() - proc0) / 1e9, wall));
        return wall;
    }
}
