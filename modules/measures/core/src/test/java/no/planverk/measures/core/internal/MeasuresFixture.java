package no.planverk.measures.core.internal;

import java.time.Clock;
import java.time.ZoneId;
import no.planverk.measures.api.FollowUpReportService;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.api.PeriodKind;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.core.internal.report.FollowUpReportServiceImpl;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;

/**
 * The measures module's real services on a fresh in-memory Derby database, for tests here and in the ui
 * module (core's test-jar). Without {@link #directory} the services run as without the plans module.
 */
public final class MeasuresFixture implements AutoCloseable {

    private final LocalJpaTemplate jpa;
    private final RecordingAudit audit = new RecordingAudit();
    private final MemoryUnits units = new MemoryUnits();
    private final MeasureServiceImpl measures;
    private final FollowUpReportServiceImpl reports;
    private final MeasureTransferServiceImpl transfer;

    private MeasuresFixture(LocalJpaTemplate jpa, Clock clock, PeriodKind period) {
        this.jpa = jpa;
        measures = new MeasureServiceImpl(jpa, audit, units, period, clock);
        reports = FollowUpReportServiceImpl.using(jpa);
        transfer = new MeasureTransferServiceImpl(jpa, audit, units);
    }

    public static MeasuresFixture inMemory() {
        return inMemory(Clock.system(ZoneId.of("Europe/Oslo")), PeriodKind.TERTIAL);
    }

    /** On Derby in a directory, for benchmarks. */
    public static MeasuresFixture onDisk(java.nio.file.Path directory) {
        return new MeasuresFixture(LocalJpaTemplate.onDisk("planverk-measures-test", directory), Clock.system(ZoneId.of("Europe/Oslo")),
                PeriodKind.TERTIAL);
    }

    LocalJpaTemplate jpa() {
        return jpa;
    }

    public static MeasuresFixture inMemory(Clock clock, PeriodKind period) {
        return new MeasuresFixture(LocalJpaTemplate.inMemory("planverk-measures-test"), clock, period);
    }

    /** Plugs in a plans module (or unplugs it, with null), as the dynamic references do in Karaf. */
    public void directory(PlanDirectory d) {
        measures.setDirectory(d);
        reports.setDirectory(d);
        transfer.setDirectory(d);
    }

    public MeasureService measures() {
        return measures;
    }

    public FollowUpReportService reports() {
        return reports;
    }

    public MeasureTransferService transfer() {
        return transfer;
    }

    /** The import and export in the platform's transfer contract, as registered in Karaf. */
    public no.planverk.platform.api.transfer.ModuleTransfer moduleTransfer() {
        return new MeasureTransfer(transfer);
    }

    public MemoryUnits units() {
        return units;
    }

    public RecordingAudit audit() {
        return audit;
    }

    @Override
    public void close() {
        jpa.close();
    }
}
