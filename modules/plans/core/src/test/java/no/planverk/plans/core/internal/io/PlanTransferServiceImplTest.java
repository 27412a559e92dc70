package no.planverk.plans.core.internal.io;

import static no.planverk.plans.core.internal.PlanServiceImplTest.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlanTransferServiceImplTest {

    static final String PLANS = """
            code;type;title;unit;period_from;period_to;status;status_date;parent;successor
            BRG-FHP;temaplan;Folkehelseplan for Bergen kommune 2015-2025;BRG-BEHO;2015;2025;in-force;;;BRG-FHS
            BRG-FHS;strategi;Folkehelsestrategi for Bergen kommune 2023-2030;BRG-BEHO;2023;2030;returned;30.08.2023;;
            BRG-UH;temaplan;Et helt liv med mening, vekst og utvikling;BRG-UH;2018;2028;in-force;2024-01-24;BRG-PARENT;
            BRG-PARENT;kommunedelplan;Overordnet;BRG-BEHO;2018;2030;;;;
            """;

    private final PlansFixture f = PlansFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void importsPlansWithLinksToPlansLaterInTheFile() {
        ImportSummary preview = f.transfer().preview(TransferKind.PLANS, TransferFormat.CSV, PLANS);
        assertEquals(List.of(), preview.errors());
        assertEquals(4, (int) preview.figure(PlanTransfer.PLANS_CREATED));
        assertFalse(preview.committed());
        assertEquals(0, f.plans().all().size(), "a preview saves nothing");

        ImportSummary done = f.transfer().importData(TransferKind.PLANS, TransferFormat.CSV, PLANS, PLANNER);
        assertTrue(done.committed());
        Plan fhp = f.plans().findByCode("BRG-FHP").orElseThrow();
        Plan fhs = f.plans().findByCode("BRG-FHS").orElseThrow();
        assertEquals(fhs.id(), fhp.successorId());
        assertEquals(PlanStatus.RETURNED, fhs.status());
        assertEquals(java.time.LocalDate.of(2023, 8, 30), fhs.statusDate());
        assertEquals(f.plans().findByCode("BRG-PARENT").orElseThrow().id(), f.plans().findByCode("BRG-UH").orElseThrow().parentId());
        assertEquals("import", f.audit().calls().get(f.audit().calls().size() - 1).action());

        ImportSummary again = f.transfer().importData(TransferKind.PLANS, TransferFormat.CSV, PLANS, PLANNER);
        assertEquals(4, (int) again.figure(PlanTransfer.PLANS_UPDATED));
        assertEquals(4, f.plans().all().size(), "matched by code, not duplicated");
    }

    @Test
    void aBadFileChangesNothingAndSaysWhereAndWhy() {
        String bad = """
                code,type,title,unit,period_from,period_to,status
                OK1,temaplan,Fin plan,BRG-BEHO,2020,2024,in-force
                BAD1,roadmap,Plan,BRG-BEHO,2020,2024,
                BAD2,temaplan,Plan,NOPE,twenty,2024,vedteken
                OK1,temaplan,Twice,,2020,2024,
                """;
        ImportSummary s = f.transfer().importData(TransferKind.PLANS, TransferFormat.CSV, bad, PLANNER);
        assertFalse(s.committed());
        assertEquals(List.of("4:period_from", "3:type", "4:status", "4:unit", "5:code"),
                s.errors().stream().map(e -> e.line() + ":" + e.column()).toList());
        assertEquals(0, f.plans().all().size());
    }

    @Test
    void refusesMissingColumnsUnknownColumnsAndNonCsv() {
        assertEquals(List.of(new RowError(1, "nonsense", "Unknown column 'nonsense'; the columns are "
                + String.join(",", CsvFormat.PLAN_COLUMNS)), new RowError(1, "type", "The column 'type' is missing (delimiter found: ',')")),
                f.transfer().preview(TransferKind.PLANS, TransferFormat.CSV, "code,title,nonsense\nA,B,C\n").errors().stream()
                        .map(e -> new RowError(e.line(), e.column(), e.reason())).toList());
        assertFalse(f.transfer().preview(TransferKind.PLANS, TransferFormat.CSV, "").ok());
        assertFalse(f.transfer().preview(TransferKind.ALL, TransferFormat.JSON, "{\"format\":\"planverk-plans\",\"version\":1,\"plans\":[{\"code\":").ok());
        assertEquals("format", f.transfer().preview(TransferKind.ALL, TransferFormat.JSON, "{\"format\":\"x\",\"version\":1,\"plans\":[]}")
                .errors().get(0).column());
    }

    @Test
    void goalCsvMayNameParentsFurtherDownAndLinksUpTheThread() {
        f.transfer().importData(TransferKind.PLANS, TransferFormat.CSV, PLANS, PLANNER);
        String goals = """
                plan,code,level,parent,text,sdgs,serves,ownership
                BRG-UH,1.1,goal,1,Familien får støtte,3|10,BRG-PARENT#A,shared
                BRG-UH,1,main,,Støtte til familien,,,
                BRG-PARENT,A,main,,Gode tjenester,,,
                """;
        ImportSummary s = f.transfer().importData(TransferKind.GOALS, TransferFormat.CSV, goals, PLANNER);
        assertEquals(List.of(), s.errors());
        assertEquals(3, (int) s.figure(PlanTransfer.GOALS_CREATED));
        long uh = f.plans().findByCode("BRG-UH").orElseThrow().id();
        var sub = f.goals().tree(uh).get(0).children().get(0).goal();
        assertEquals(List.of(3, 10), sub.sdgs());
        assertEquals(List.of("A", "1", "1.1"), f.goals().pathToTop(sub.id()).stream().map(r -> r.code()).toList());
    }

    @Test
    void jsonExportImportsAgainWithoutChangesAndCsvExportDefusesFormulas() {
        f.transfer().importData(TransferKind.PLANS, TransferFormat.CSV, PLANS.replace("Overordnet", "=HYPERLINK(\"x\")"), PLANNER);
        f.transfer().importData(TransferKind.GOALS, TransferFormat.CSV,
                "plan,code,level,parent,text\nBRG-UH,1,main,,Støtte til familien\nBRG-UH,1.1,goal,1,Mål\n", PLANNER);
        String json = f.transfer().export(TransferKind.ALL, TransferFormat.JSON, PlanQuery.all());
        ImportSummary again = f.transfer().importData(TransferKind.ALL, TransferFormat.JSON, json, PLANNER);
        assertEquals(List.of(), again.errors());
        assertEquals(4, (int) again.figure(PlanTransfer.PLANS_UPDATED));
        assertEquals(2, (int) again.figure(PlanTransfer.GOALS_UPDATED));
        assertEquals(0, (int) again.figure(PlanTransfer.GOALS_CREATED));
        assertEquals(json, f.transfer().export(TransferKind.ALL, TransferFormat.JSON, PlanQuery.all()));

        String csv = f.transfer().export(TransferKind.PLANS, TransferFormat.CSV, PlanQuery.all());
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertTrue(f.transfer().importData(TransferKind.PLANS, TransferFormat.CSV, csv, PLANNER).committed());
        assertEquals("=HYPERLINK(\"x\")", f.plans().findByCode("BRG-PARENT").orElseThrow().title());
    }

    @Test
    void unitLeadersImportOnlyTheirOwnUnitsPlans() {
        UserContext leader = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("BRG-UH");
        ImportSummary s = f.transfer().importData(TransferKind.PLANS, TransferFormat.CSV, PLANS, leader);
        assertFalse(s.committed());
        assertEquals(List.of(2, 3, 5, 4), s.errors().stream().map(RowError::line).toList(), s.errors().toString());
        assertEquals(0, f.plans().all().size());
    }
}
