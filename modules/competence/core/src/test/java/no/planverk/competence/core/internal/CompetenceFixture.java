package no.planverk.competence.core.internal;

import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.api.FteForecasts;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.core.internal.io.WorkforceTransfer;
import no.planverk.competence.core.internal.report.FulltimeServiceImpl;
import no.planverk.competence.core.internal.report.RetirementServiceImpl;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;

/**
 * The competence module's real services on a fresh in-memory Derby database, for tests here, in the bridges, the demo
 * and a ui module (core's test-jar). Without {@link #forecasts} and {@link #directory} they run as without the
 * forecasting and measures modules. Defaults: 10 years, retirement at 62, 8 % turnover (as the configuration).
 */
public final class CompetenceFixture implements AutoCloseable {

    private final LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("planverk-competence-test");
    private final RecordingAudit audit = new RecordingAudit();
    private final MemoryUnits units = new MemoryUnits();
    private final WorkforceServiceImpl workforce = new WorkforceServiceImpl(jpa, audit, units);
    private final WorkforceTransfer transfer = WorkforceTransfer.using(jpa, audit, units);
    private final RequirementServiceImpl requirements = new RequirementServiceImpl(jpa, audit, units);
    private final FulltimeServiceImpl fulltime = FulltimeServiceImpl.using(jpa, audit, units);
    private final RetirementServiceImpl retirements = RetirementServiceImpl.using(jpa, units, new RetirementParams(10, 62, 0.08));
    private final CompetenceMeasureServiceImpl measures = new CompetenceMeasureServiceImpl(jpa, audit, units);

    private CompetenceFixture() {
    }

    public static CompetenceFixture inMemory() {
        return new CompetenceFixture();
    }

    /** Plugs in the forecasting bridge (or unplugs it, with null), as the dynamic reference does in Karaf. */
    public void forecasts(FteForecasts f) {
        retirements.setForecasts(f);
    }

    /** Plugs in the measures bridge (or unplugs it, with null). */
    public void directory(MeasureDirectory d) {
        measures.setDirectory(d);
    }

    public WorkforceService workforce() {
        return workforce;
    }

    /** The workforce import as the module's transfer contract. */
    public no.planverk.platform.api.transfer.ModuleTransfer transfer() {
        return transfer;
    }

    public RequirementService requirements() {
        return requirements;
    }

    public FulltimeService fulltime() {
        return fulltime;
    }

    public RetirementService retirements() {
        return retirements;
    }

    public CompetenceMeasureService measures() {
        return measures;
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
