package no.planverk.plans.core.internal.io;

import static no.planverk.plans.core.internal.PlanServiceImplTest.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ExportFile;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plans' import and export in the platform's transfer contract, on Derby. */
class PlanTransferTest {

    static final String GOALS = """
            plan,code,level,parent,text
            BRG-FHP,1,main,,Betre folkehelse
            BRG-FHP,1.1,goal,1,Fleire er fysisk aktive
            """;

    private final PlansFixture f = PlansFixture.inMemory();
    private final ModuleTransfer transfer = f.moduleTransfer();

    @AfterEach
    void close() {
        f.close();
    }

    private static ImportFile csv(String kind, String text) {
        return new ImportFile(FileFormat.CSV, kind, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void kindsAndFormats() {
        assertEquals("plans", transfer.module());
        assertEquals(List.of("plans", "goals", "all"), transfer.kinds());
        assertEquals(Set.of(FileFormat.CSV, FileFormat.JSON), transfer.importFormats("goals"));
        assertEquals(Set.of(FileFormat.JSON), transfer.importFormats("all"));
    }

    @Test
    void aPreviewSavesNothingACommitSavesEveryRow() {
        ImportSummary preview = transfer.preview(csv("plans", PlanTransferServiceImplTest.PLANS), PLANNER);
        assertEquals(List.of(), preview.errors());
        assertEquals(4, preview.rows());
        assertEquals(4, preview.created());
        assertEquals(4.0, preview.figure(PlanTransfer.PLANS_CREATED));
        assertFalse(preview.committed());
        assertEquals(0, f.plans().all().size(), "a preview saves nothing");

        ImportSummary done = transfer.commit(csv("plans", PlanTransferServiceImplTest.PLANS), PLANNER);
        assertTrue(done.committed());
        assertEquals(4, f.plans().all().size());

        ImportSummary goals = transfer.commit(csv("goals", GOALS), PLANNER);
        assertTrue(goals.committed());
        assertEquals(2, goals.created());
        assertEquals(2.0, goals.figure(PlanTransfer.GOALS_CREATED));
        assertEquals(0.0, goals.figure(PlanTransfer.PLANS_CREATED));
    }

    @Test
    void aFileWithOneBadRowSavesNothingAndNamesLineColumnAndKey() {
        String bad = PlanTransferServiceImplTest.PLANS + "BRG-BAD;temaplan;Ein plan;BRG-BEHO;2020;2024;in-force;1.13.2024;;\n";
        ImportSummary s = transfer.commit(csv("plans", bad), PLANNER);
        assertFalse(s.committed());
        assertEquals(0, f.plans().all().size(), "all or nothing");
        RowError e = s.errors().get(0);
        assertEquals(6, e.line());
        assertEquals("statusDate", e.column()); // the field name, as the service has always named this column
        assertEquals("plans.import.date", e.message().key());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsLine() {
        byte[] latin1 = "code,type,title\nBJF-OMS,temaplan,Omsorgsplan for Bjørnafjorden\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportSummary s = transfer.preview(new ImportFile(FileFormat.CSV, "plans", latin1), PLANNER);
        assertFalse(s.ok());
        assertEquals(2, s.errors().get(0).line());
        assertEquals("platform.table.notUtf8", s.errors().get(0).message().key());
    }

    @Test
    void readersMayNotImport() {
        UserContext reader = UserContext.of("lesar", Role.READER);
        assertThrows(AccessDeniedException.class, () -> transfer.preview(csv("plans", PlanTransferServiceImplTest.PLANS), reader));
    }

    @Test
    void aJsonExportComesBackWhateverTheKind() {
        f.plans().create(no.planverk.plans.api.PlanDraft.of("ALV-KPS", PlanType.SAMFUNNSDEL, "Kommuneplanen sin samfunnsdel", 2021, 2033),
                PLANNER);
        ExportFile json = transfer.export("plans", FileFormat.JSON, PLANNER).orElseThrow();
        assertEquals("plans.json", json.name());
        ImportSummary back = transfer.preview(new ImportFile(FileFormat.JSON, "goals", json.content()), PLANNER);
        assertEquals(1, back.updated(), back.errors().toString());
        assertEquals("goals.csv", transfer.export("goals", FileFormat.CSV, PLANNER).orElseThrow().name());
        assertTrue(transfer.export("all", FileFormat.CSV, PLANNER).isEmpty(), "everything only as JSON");
        assertEquals(1, f.transfer().export(no.planverk.plans.api.TransferKind.PLANS, no.planverk.plans.api.TransferFormat.CSV,
                PlanQuery.all()).lines().skip(1).count());
    }
}
