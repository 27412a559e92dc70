package no.planverk.plans.core.internal.io;

import static no.planverk.plans.core.internal.PlanServiceImplTest.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.StatusEvent;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.transfer.ImportSummary;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: an import writes its new plans and their first status events in JDBC batches, not through EclipseLink.
 * Read back through the service they hold every field of the file, version 1 and the event persist would write, and
 * they can be changed with that version.
 */
class ImportedPlanRowsTest {

    private static final Instant NOW = Instant.parse("2026-03-04T10:15:30.123Z");

    @Test
    void importedPlansHoldEveryFieldAndTheirFirstEvent() {
        try (PlansFixture f = PlansFixture.inMemory(Clock.fixed(NOW, ZoneId.of("Europe/Oslo")))) {
            Plan parent = f.plans().create(PlanDraft.of("ALV-KDP", PlanType.KOMMUNEDELPLAN, "Kommunedelplan", 2021, 2033), PLANNER);
            String csv = "code,type,title,unit,responsible,period_from,period_to,status,status_date,decision_ref,decision_date,document_url,"
                    + "parent,successor,planned_adoption,description\n"
                    + "T-1,temaplan,Temaplan for eldre,ALV-HO,Kari,2024,2028,in-force,2024-06-20,PS 12/24,18.6.2024,https://alver.kommune.no/t1,"
                    + "ALV-KDP,T-2,2024-05-01,Om eldre\n"
                    + "T-2,handlingsplan,Handlingsplan,,,,,,,,,,,,,\n";
            ImportSummary s = f.transfer().importData(TransferKind.PLANS, TransferFormat.CSV, csv, PLANNER);
            assertTrue(s.committed(), s.errors().toString());

            Plan t2 = f.plans().findByCode("T-2").orElseThrow();
            Plan t1 = f.plans().findByCode("T-1").orElseThrow();
            assertEquals(new Plan(t1.id(), "T-1", PlanType.TEMAPLAN, "Temaplan for eldre", f.units().id("ALV-HO"), "Kari", 2024, 2028, "PS 12/24",
                    LocalDate.of(2024, 6, 18), "https://alver.kommune.no/t1", parent.id(), t2.id(), PlanStatus.IN_FORCE, LocalDate.of(2024, 6, 20),
                    LocalDate.of(2024, 5, 1), "Om eldre", List.of(), 1), t1);
            assertEquals(new Plan(t2.id(), "T-2", PlanType.HANDLINGSPLAN, "Handlingsplan", null, null, null, null, null, null, null, null, null,
                    PlanStatus.PREPARATION, null, null, null, List.of(), 1), t2);
            assertEquals(List.of(parent.id() + 1, parent.id() + 2), List.of(t1.id(), t2.id()), "ids from the plans' generator, in file order");
            List<StatusEvent> events = f.plans().history(t1.id());
            assertEquals(List.of(new StatusEvent(events.get(0).id(), t1.id(), PlanStatus.IN_FORCE, LocalDate.of(2024, 6, 20), "Imported", "planlegg",
                    NOW)), events);

            Plan changed = f.plans().update(t2.id(), 1, PlanDraft.of("T-2", PlanType.HANDLINGSPLAN, "Handlingsplan 2025", 2025, 2026), PLANNER);
            assertEquals(List.of("Handlingsplan 2025", 2L), List.of(changed.title(), changed.version()));
        }
    }
}
