package no.planverk.measures.core.internal;

import static no.planverk.measures.core.internal.MeasureTransferTest.CSV;
import static no.planverk.measures.core.internal.MeasureTransferTest.PLANNER;
import static no.planverk.measures.core.internal.MeasureTransferTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ExportFile;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.platform.testing.ApiCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measures' import and export in the platform's transfer contract (and the REST route on it), on Derby. */
class MeasureTransferContractTest {

    static final String BAD = """
            plan,number,title,units,from_year,to_year,cost_2025,funding_2025
            P,1,Ok,ALV-HO,2025,2026,100,funded
            P,2,,NOPE,twenty,2026,-5,maybe
            """;

    private final MeasuresFixture f = MeasuresFixture.inMemory();
    private final ModuleTransfer transfer = f.moduleTransfer();

    @AfterEach
    void close() {
        f.close();
    }

    private long count() {
        return f.measures().list(MeasureQuery.all()).total();
    }

    @Test
    void oneKindInThreeFormats() {
        assertEquals("measures", transfer.module());
        assertEquals(List.of("measures"), transfer.kinds());
        assertEquals(Set.of(FileFormat.CSV, FileFormat.XLSX, FileFormat.JSON), transfer.importFormats("measures"));
    }

    @Test
    void aPreviewSavesNothingACommitSavesEveryRow() {
        ImportSummary preview = transfer.preview(new ImportFile(FileFormat.CSV, "measures", utf8(CSV)), PLANNER);
        assertTrue(preview.ok(), preview.errors().toString());
        assertEquals(3, preview.created());
        assertFalse(preview.committed());
        assertEquals(0, count(), "a preview saves nothing");
        ImportSummary done = transfer.commit(new ImportFile(FileFormat.CSV, "measures", utf8(CSV)), PLANNER);
        assertTrue(done.committed());
        assertEquals(3, count());
    }

    @Test
    void aFileWithABadRowSavesNothingAndNamesLineColumnAndKey() {
        ImportSummary s = transfer.commit(new ImportFile(FileFormat.CSV, "measures", utf8(BAD)), PLANNER);
        assertFalse(s.committed());
        assertEquals(0, count(), "row 2 was fine, but nothing is saved");
        RowError units = s.errors().stream().filter(e -> "units".equals(e.column())).findFirst().orElseThrow();
        assertEquals(3, units.line());
        assertEquals("measures.import.unit.unknown", units.message().key());
        assertThrows(AccessDeniedException.class, () -> transfer.preview(new ImportFile(FileFormat.CSV, "measures", utf8(CSV)),
                UserContext.of("lesar", Role.READER)));
    }

    @Test
    void anXlsxExportComesBack() {
        transfer.commit(new ImportFile(FileFormat.CSV, "measures", utf8(CSV)), PLANNER);
        ExportFile xlsx = transfer.export("measures", FileFormat.XLSX, PLANNER).orElseThrow();
        assertEquals("tiltak.xlsx", xlsx.name());
        ImportSummary back = transfer.preview(new ImportFile(FileFormat.XLSX, "measures", xlsx.content()), PLANNER);
        assertEquals(3, back.updated(), back.errors().toString());
    }

    @Test
    void theRestRouteKeepsItsAnswer() {
        var endpoint = new no.planverk.measures.core.internal.rest.MeasuresEndpoint(f.measures(), f.reports(), f.transfer(), transfer);
        ApiResponse dry = endpoint.routes().handle(ApiCall.of("POST", "import?format=csv&dryRun=true", PLANNER, CSV));
        assertEquals(200, dry.status());
        assertEquals("{\"rows\":3,\"created\":3,\"updated\":0,\"errors\":[],\"committed\":false}", ApiCall.json(dry.body()));
        ApiResponse bad = endpoint.routes().handle(ApiCall.of("POST", "import?format=csv", PLANNER, BAD));
        assertEquals(400, bad.status());
        assertTrue(ApiCall.json(bad.body()).contains("\"line\":3,\"column\":\"units\""), ApiCall.json(bad.body()));
        assertEquals(0, count());
        byte[] latin1 = "plan,number,title\nP,1,Bj\u00f8rn\n".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(transfer.preview(new ImportFile(FileFormat.CSV, "measures", latin1), PLANNER).errors().get(0).reason().contains("UTF-8"));
    }
}
