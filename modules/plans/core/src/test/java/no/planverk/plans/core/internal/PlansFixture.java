package no.planverk.plans.core.internal;

import no.planverk.plans.core.internal.indicators.IndicatorServiceImpl;
import no.planverk.plans.core.internal.io.PlanTransfer;
import no.planverk.plans.core.internal.io.PlanTransferServiceImpl;
import no.planverk.platform.testing.RecordingAudit;
import no.planverk.platform.testing.MemoryUnits;
import java.time.Clock;
import java.time.ZoneId;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.PlanProgramService;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.platform.testing.LocalJpaTemplate;

/**
 * The plans module's real services on a fresh in-memory Derby database, for tests here and in the ui
 * module (core's test-jar). Units are {@link MemoryUnits}; audit calls are kept in {@link RecordingAudit}.
 */
public final class PlansFixture implements AutoCloseable {

    private final LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("planverk-plans-test");
    private final RecordingAudit audit = new RecordingAudit();
    private final MemoryUnits units = new MemoryUnits();
    private final PlanServiceImpl plans;
    private final GoalServiceImpl goals;
    private final IndicatorServiceImpl indicators;
    private final PlanProgramServiceImpl programs;
    private final PlanTransferServiceImpl transfer;
    private final no.planverk.plans.core.internal.document.PlanDocumentServiceImpl documents;
    private final no.planverk.plans.core.internal.document.PlansBlockProvider blocks;

    private PlansFixture(Clock clock) {
        plans = new PlanServiceImpl(jpa, audit, units, clock);
        goals = new GoalServiceImpl(jpa, audit, units);
        indicators = IndicatorServiceImpl.using(jpa, audit, units);
        programs = new PlanProgramServiceImpl(jpa, audit, units);
        transfer = new PlanTransferServiceImpl(jpa, audit, units, clock);
        documents = new no.planverk.plans.core.internal.document.PlanDocumentServiceImpl(jpa, audit, plans, units, clock);
        blocks = new no.planverk.plans.core.internal.document.PlansBlockProvider(plans, goals, indicators);
        documents.addBlockProvider(blocks);
    }

    public static PlansFixture inMemory() {
        return new PlansFixture(Clock.system(ZoneId.of("Europe/Oslo")));
    }

    public static PlansFixture inMemory(Clock clock) {
        return new PlansFixture(clock);
    }

    public PlanService plans() {
        return plans;
    }

    public GoalService goals() {
        return goals;
    }

    public GoalServiceImpl goalsImpl() {
        return goals;
    }

    public IndicatorService indicators() {
        return indicators;
    }

    public PlanProgramService programs() {
        return programs;
    }

    public PlanTransferService transfer() {
        return transfer;
    }

    /** The import and export in the platform's transfer contract, as registered in Karaf. */
    public no.planverk.platform.api.transfer.ModuleTransfer moduleTransfer() {
        return new PlanTransfer(transfer);
    }

    /** Plan documents, with the plans module's own live blocks (goal table, indicator trend) registered. */
    public no.planverk.plans.core.internal.document.PlanDocumentServiceImpl documents() {
        return documents;
    }

    /** Registers another module's goal links, as the dynamic reference does in Karaf. */
    public void addProvider(no.planverk.plans.api.GoalLinkProvider provider) {
        goals.addProvider(provider);
        blocks.addLinkProvider(provider);
    }

    no.planverk.platform.testing.LocalJpaTemplate jpa() {
        return jpa;
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
