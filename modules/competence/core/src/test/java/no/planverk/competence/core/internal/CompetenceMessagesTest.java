package no.planverk.competence.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.FileFormat;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.competence.api.PositionDraft;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The catalog is complete in nn, nb and en; the import's row errors and the drafts' rules are said in nynorsk. */
class CompetenceMessagesTest {

    private static final String BASE = CompetenceMessages.BASE_NAME;
    private static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    private final CompetenceFixture f = CompetenceFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    private static String nn(no.planverk.platform.api.Message m) {
        // the file errors (platform.table.*) are in the platform's catalog, as in a running Planverk
        return Catalogs.nynorsk(m, new CompetenceMessages(), new PlatformMessages());
    }

    @Test
    void everyKeyHasEveryLanguage() {
        assertEquals(List.of(), Catalogs.problems(CompetenceMessages.class, BASE));
    }

    @Test
    void everyKeyOfCoreAndApiIsInTheCatalog() {
        assertEquals(List.of(), Catalogs.unknownKeys(Path.of("src/main/java"), "competence", CompetenceMessages.class, BASE));
        assertEquals(List.of(), Catalogs.unknownKeys(Path.of("../api/src/main/java"), "competence", CompetenceMessages.class, BASE));
        var nn = Catalogs.files(CompetenceMessages.class, BASE).get("nn");
        assertEquals("Kompetanseplanlegging", nn.getProperty("competence.module.name"));
        assertTrue(nn.getProperty("competence.module.description").startsWith("Bemanningsregister"));
    }

    @Test
    void aFileThatIsNotAnXlsxSaysSoInNynorskWithoutTheReadersWords() {
        ImportSummary r = f.workforce().preview(FileFormat.XLSX, "unit,year\nALV-HO,2025\n".getBytes(StandardCharsets.UTF_8),
                PLANNER);
        assertEquals(1, r.errors().size());
        String text = nn(r.errors().get(0).message());
        assertEquals("Fila er ikkje eit XLSX-rekneark som kan lesast. Lagre ho i Excel som Excel-arbeidsbok (.xlsx) eller som CSV UTF-8"
                + " og last ho opp på nytt", text);
        assertFalse(r.errors().get(0).reason().contains("Zip"), r.errors().get(0).reason());
        assertFalse(r.errors().get(0).reason().contains("SeekableByteChannel"), r.errors().get(0).reason());
    }

    @Test
    void rowErrorsAndTheDraftsRulesAreSaidInNynorsk() {
        byte[] csv = "unit,year,category,percent,age\nALV-HO-HEIM,2025,kokk,100,40\nALV-HO-HEIM,2025,lege,150,40\n"
                .getBytes(StandardCharsets.UTF_8);
        ImportSummary r = f.workforce().preview(FileFormat.CSV, csv, PLANNER);
        assertEquals(2, r.errors().size(), r.errors().toString());
        assertTrue(nn(r.errors().get(0).message()).startsWith("Ukjent kategori «kokk»; bruk ein av sjukepleiar"), nn(r.errors().get(0).message()));
        assertEquals("Stillingsstorleiken i prosent av heil stilling, over 0 og høgst 100", nn(r.errors().get(1).message()));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PositionDraft(null, 2025, Category.LEGE, 100.0,
                1, 40, 40, false, null, null, null, null).validated());
        assertEquals("Vel eininga", nn(e.message()));
        assertEquals("Vel eininga", nn(e.fieldMessages().get("unitId")));
        assertEquals("The position has errors: Choose the unit", e.getMessage(), "English as before, for the log and the API");
    }
}
