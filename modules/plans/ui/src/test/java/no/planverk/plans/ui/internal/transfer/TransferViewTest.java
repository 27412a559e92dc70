package no.planverk.plans.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.ui.internal.PlansUi;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Import with preview and the exports, on the real transfer service. */
class TransferViewTest {

    static final String GOOD = """
            code;type;title;unit;period_from;period_to;status;status_date;parent;successor
            BRG-FHP;temaplan;Folkehelseplan for Bergen kommune 2015-2025;BRG-BEHO;2015;2025;in-force;;;BRG-FHS
            BRG-FHS;strategi;Folkehelsestrategi for Bergen kommune 2023-2030;BRG-BEHO;2023;2030;returned;30.08.2023;;
            """;
    static final String BAD = """
            code,type,title,unit,period_from,period_to,status
            OK1,temaplan,Fin plan,BRG-BEHO,2020,2024,in-force
            BAD1,roadmap,Plan,BRG-BEHO,2020,2024,
            BAD2,temaplan,Plan,NOPE,twenty,2024,vedteken
            """;

    private final PlansUi ui = new PlansUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private static TransferView open() {
        return PlansUi.open("plans/import", TransferView.class);
    }

    @Test
    void aBadFileListsItsErrorsAndCannotBeImported() {
        TransferView view = open();
        UploadKt._upload(view.upload, "planar.csv", BAD.getBytes(StandardCharsets.UTF_8));

        assertTrue(view.errors.isVisible());
        List<RowError> errors = GridKt._fetch(view.errors, 0, 100);
        assertEquals(List.of("3:type", "4:period_from", "4:status", "4:unit"),
                errors.stream().map(e -> e.line() + ":" + e.column()).sorted().toList());
        assertEquals(String.valueOf(errors.get(0).line()), GridKt._getFormatted(view.errors, 0, "line"));
        assertFalse(view.importButton.isEnabled());
        assertEquals("3 rader sjekka. 4 feil: ingenting er lagra. Rett fila og last ho opp på nytt.", view.result.getText());
        assertEquals(0, ui.f.plans().all().size());
    }

    @Test
    void aGoodFileIsPreviewedThenImported() {
        TransferView view = open();
        UploadKt._upload(view.upload, "planar.csv", GOOD.getBytes(StandardCharsets.UTF_8));

        assertEquals("Kontroll: 2 rader. Planar: 2 nye, 0 endra. Mål: 0 nye, 0 endra.", view.result.getText());
        assertFalse(view.errors.isVisible());
        assertTrue(view.importButton.isEnabled());
        assertEquals(0, ui.f.plans().all().size(), "a preview saves nothing");

        view.importButton.click();
        assertEquals("Importert: 2 rader. Planar: 2 nye, 0 endra. Mål: 0 nye, 0 endra.", view.result.getText());
        assertFalse(view.importButton.isEnabled(), "one file, one import");
        assertEquals(PlanStatus.RETURNED, ui.f.plans().findByCode("BRG-FHS").orElseThrow().status());
        assertEquals(ui.f.plans().findByCode("BRG-FHS").orElseThrow().id(), ui.f.plans().findByCode("BRG-FHP").orElseThrow().successorId());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAndNothingElseHappens() {
        TransferView view = open();
        byte[] latin1 = "code,type,title\nBJF-OMS,temaplan,Omsorgsplan for Bjørnafjorden\n".getBytes(StandardCharsets.ISO_8859_1);
        UploadKt._upload(view.upload, "bjørnafjorden.csv", latin1);
        assertTrue(view.file.getText().startsWith("Fila «bjørnafjorden.csv» er ikkje lagra som UTF-8."), view.file.getText());
        assertEquals("", view.result.getText());
        assertFalse(view.importButton.isEnabled());
        assertFalse(view.errors.isVisible());
        assertEquals(0, ui.f.plans().all().size());
    }

    @Test
    void changingTheKindChecksTheFileAgainAndJsonIsPickedByName() {
        TransferView view = open();
        UploadKt._upload(view.upload, "planar.csv", GOOD.getBytes(StandardCharsets.UTF_8));
        view.kind.setValue(Choice.GOALS_CSV);
        assertTrue(view.errors.isVisible(), "a plan file read as a goal table has errors");
        assertFalse(view.importButton.isEnabled());

        ui.plan("ALV-KPS", PlanType.SAMFUNNSDEL, "Kommuneplanen sin samfunnsdel", 2021, 2033);
        String json = ui.f.transfer().export(Choice.JSON.kind, Choice.JSON.format, no.planverk.plans.api.PlanQuery.all());
        UploadKt._upload(view.upload, "planar.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(Choice.JSON, view.kind.getValue());
        assertEquals("Kontroll: 1 rad. Planar: 0 nye, 1 endra. Mål: 0 nye, 0 endra.", view.result.getText());
        assertTrue(view.importButton.isEnabled());
    }

    @Test
    void theKindSelectDecidesHowACsvFileIsReadAndAGoalTableIsImportedAsGoals() {
        ui.plan("BRG-FHP", PlanType.TEMAPLAN, "Folkehelseplan for Bergen kommune 2015-2025", 2015, 2025);
        TransferView view = open();
        view.kind.setValue(Choice.GOALS_CSV);
        String goals = "plan,code,level,parent,text\nBRG-FHP,1,main,,Betre folkehelse\nBRG-FHP,1.1,goal,1,Fleire er fysisk aktive\n";
        UploadKt._upload(view.upload, "mal.csv", goals.getBytes(StandardCharsets.UTF_8));
        assertEquals("Kontroll: 2 rader. Planar: 0 nye, 0 endra. Mål: 2 nye, 0 endra.", view.result.getText());
        view.importButton.click();
        assertEquals("Importert: 2 rader. Planar: 0 nye, 0 endra. Mål: 2 nye, 0 endra.", view.result.getText());
        var tree = ui.f.goals().tree(ui.f.plans().findByCode("BRG-FHP").orElseThrow().id());
        assertEquals(List.of("1"), tree.stream().map(n -> n.goal().code()).toList());
        assertEquals(List.of("1.1"), tree.get(0).children().stream().map(n -> n.goal().code()).toList());

        view.kind.setValue(Choice.PLANS_CSV);
        assertEquals("Importert: 2 rader. Planar: 0 nye, 0 endra. Mål: 2 nye, 0 endra.", view.result.getText(),
                "an imported file is not checked again");
        view.kind.setValue(Choice.JSON);
        UploadKt._upload(view.upload, "mal.csv", goals.getBytes(StandardCharsets.UTF_8));
        assertTrue(view.file.getText().startsWith("Fila «mal.csv» er ikkje i eit format som kan importerast her (JSON)"), view.file.getText());
        assertFalse(view.importButton.isEnabled());
    }

    @Test
    void exportsTheSameFormats() {
        ui.plan("ALV-KPS", PlanType.SAMFUNNSDEL, "Kommuneplanen sin samfunnsdel", 2021, 2033);
        TransferView view = open();
        assertEquals(3, view.export.links.size());
        view.export.links.values().forEach(a -> assertFalse(a.getHref().isBlank()));
        String csv = new String(ExportLinks.content(ui.f.transfer(), Choice.PLANS_CSV), StandardCharsets.UTF_8);
        assertTrue(csv.contains("ALV-KPS"), csv);
        assertTrue(csv.replace("\uFEFF", "").startsWith("code,type,title"), csv);
        assertEquals("Last ned plans.csv", view.export.links.get(Choice.PLANS_CSV).getText());
    }

    @Test
    void onlyPlannersGetTheView() {
        assertEquals(Role.PLANNER, new TransferContribution(ui.f.moduleTransfer(), ui.f.transfer()).requiredRole());
        assertNull(new TransferContribution(ui.f.moduleTransfer(), ui.f.transfer()).menu());
    }
}
