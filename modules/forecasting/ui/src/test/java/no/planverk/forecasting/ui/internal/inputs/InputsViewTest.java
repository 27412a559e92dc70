package no.planverk.forecasting.ui.internal.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.ui.internal.ForecastingUi;
import no.planverk.platform.api.RowError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stored inputs: upload with preview and row errors, content, download, rename, delete, and what readers see. */
class InputsViewTest {

    /** Line 3: a negative population; line 4: no year; line 5: a duplicate of line 2. */
    static final String BAD = """
            year,age,population
            2020,0,100
            2020,1,-5
            ,2,100
            2020,0,100
            """;

    private final ForecastingUi ui = new ForecastingUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private static InputsView open() {
        return ForecastingUi.open("forecasting/inputs", InputsView.class);
    }

    /** The button or link of a row's actions, by its id's kind (view, download, edit, delete). */
    private static <T extends com.vaadin.flow.component.Component> T action(InputsView view, int row, Class<T> type, String what) {
        InputInfo info = GridKt._fetch(view.grid, row, 1).get(0);
        return LocatorJ._get(GridKt._getCellComponent(view.grid, row, "actions"), type,
                s -> s.withId("planverk-forecasting-input-" + what + "-" + info.id()));
    }

    @Test
    void aBadFileListsEveryRowErrorAndSavesNothing() {
        InputsView view = open();
        UploadKt._upload(view.upload.upload, "folketal.csv", BAD.getBytes(StandardCharsets.UTF_8));

        assertTrue(view.upload.errors.isVisible());
        List<RowError> errors = GridKt._fetch(view.upload.errors, 0, 100);
        assertTrue(errors.size() >= 3, errors.toString());
        assertEquals(List.of(3, 4, 5), errors.stream().map(RowError::line).distinct().limit(3).toList(), "sorted by line");
        assertEquals("population", errors.get(0).column());
        assertEquals("3", GridKt._getFormatted(view.upload.errors, 0, "line"));
        assertEquals(errors.size() + " feil: ingenting er lagra. Rett fila og last ho opp på nytt.", view.upload.result.getText());
        assertFalse(view.upload.save.isEnabled());
        assertEquals(null, view.upload.previewTable, "no content shown for a file with errors");
        assertEquals("folketal", view.upload.name.getValue(), "the file's name offered all the same");
        view.upload.save.click();
        assertEquals(0, ui.f.service().inputs(null).size());
        assertEquals(0, GridKt._size(view.grid));
    }

    @Test
    void aGoodFileIsPreviewedThenSavedAndShownDownloadedRenamedAndDeleted() {
        InputsView view = open();
        view.upload.kind.setValue(InputKind.SERVICE_USERS);
        UploadKt._upload(view.upload.upload, "brukarar.csv", ForecastingUi.SERVICE_USERS.getBytes(StandardCharsets.UTF_8));
        assertEquals("Fila er i orden: 5 rader Tenestemottakarar. Sjå over og lagre.", view.upload.result.getText());
        assertEquals("heildøgns omsorg", view.upload.previewTable.cell(2, "service"));
        assertEquals(0, ui.f.service().inputs(null).size(), "a preview saves nothing");

        view.upload.save.click();
        List<InputInfo> stored = ui.f.service().inputs(InputKind.SERVICE_USERS);
        assertEquals(1, stored.size());
        assertEquals("brukarar", stored.get(0).name());
        assertEquals(1, GridKt._size(view.grid));
        assertEquals("5", GridKt._getFormatted(view.grid, 0, "rows"));
        assertFalse(view.upload.save.isEnabled(), "one file, one save");

        InputInfo info = stored.get(0);
        Anchor download = action(view, 0, Anchor.class, "download");
        assertEquals("Last ned «brukarar» som CSV", download.getElement().getAttribute("aria-label"));
        assertEquals("service-users-brukarar.csv", InputsView.fileName(info)); // the content is the service's CSV

        action(view, 0, Button.class, "view").click();
        assertEquals("14,0", view.shownContent.cell(1, "users"));

        action(view, 0, Button.class, "delete").click();
        ConfirmDialogKt._fireConfirm(LocatorJ._get(ConfirmDialog.class));
        assertEquals(0, ui.f.service().inputs(null).size());
        assertEquals(0, GridKt._size(view.grid));
    }

    @Test
    void aPopulationIsShownAsYearsByAgeGroupAndCanBeReplaced() {
        InputInfo first = ui.store(InputKind.POPULATION, "SSB hovudalternativ", ForecastingUi.POPULATION);
        InputsView view = open();
        action(view, 0, Button.class, "view").click();
        assertEquals(List.of("2021", "410", "410"), List.of(view.shownContent.cell(1, "year"), view.shownContent.cell(1, "total"),
                view.shownContent.cell(1, "age-0")), "ages 0..4 are all in the first group");

        view.upload.replace.setValue(view.upload.replace.getListDataView().getItems().findFirst().orElseThrow());
        assertEquals("SSB hovudalternativ", view.upload.name.getValue());
        UploadKt._upload(view.upload.upload, "ny.csv", ForecastingUi.POPULATION.replace("2021,4,40", "2021,4,60")
                .getBytes(StandardCharsets.UTF_8));
        view.upload.save.click();
        List<InputInfo> after = ui.f.service().inputs(InputKind.POPULATION);
        assertEquals(1, after.size(), "replaced, not added");
        assertTrue(ui.f.service().input(first.id()).csv().contains("2021,4,60"));
        assertTrue(ForecastingUi.notifications().contains("«SSB hovudalternativ» er erstatta."), ForecastingUi.notifications().toString());
    }

    /** SSB's files are read as in the tests of the core (its catalog translates the service's messages). */
    private static void uploadTranslated(InputsView view, String fileName, byte[] content) {
        no.planverk.ui.api.ServerTexts.use(no.planverk.platform.testing.Catalogs.translator(
                new no.planverk.forecasting.core.internal.ForecastingMessages()));
        try {
            UploadKt._upload(view.upload.upload, fileName, content);
        } finally {
            no.planverk.ui.api.ServerTexts.use(null);
        }
    }

    @Test
    void aCanonicalPopulationCsvIsShownAsYearsThenStoredAsItIs() {
        InputsView view = open();
        assertEquals(InputKind.POPULATION, view.upload.kind.getValue());
        UploadKt._upload(view.upload.upload, "døme.csv", ForecastingUi.POPULATION.getBytes(StandardCharsets.UTF_8));
        assertEquals("Fila er i orden: 10 rader Folketalsframskriving. Sjå over og lagre.", view.upload.result.getText());
        assertEquals(List.of("2020", "370"), List.of(view.upload.previewTable.cell(0, "year"), view.upload.previewTable.cell(0, "total")));
        assertEquals("", view.upload.source.getText(), "Planverk's own CSV has no source");
        assertFalse(view.upload.choices.isVisible(), "nothing to choose");
        view.upload.save.click();
        InputInfo saved = ui.f.service().inputs(InputKind.POPULATION).get(0);
        assertEquals("døme", saved.name());
        assertEquals(null, saved.source());
        assertEquals(ForecastingUi.POPULATION, ui.f.service().input(saved.id()).csv());
        assertTrue(ForecastingUi.notifications().contains("«døme» er lagra."), ForecastingUi.notifications().toString());
        assertEquals("", view.upload.name.getValue(), "ready for the next file");
        assertEquals(null, view.upload.previewTable);
    }

    @Test
    void anSsbJsonStatFileWithTwoRegionsAsksForOneThenShowsAndStoresItWithItsSource() {
        InputsView view = open();
        uploadTranslated(view, "14288.json", no.planverk.forecasting.core.internal.io.SsbFiles.file("14288-alver-bergen.json"));
        assertEquals("Fila har 2 kategoriar av «Region»: 4601 Bergen, 4631 Alver. Vel éin i feltet «Region» over, så blir fila"
                + " kontrollert på nytt.", view.upload.result.getText(), "in nynorsk, naming the regions and where to choose");
        assertEquals(List.of(), ForecastingUi.notifications(), "said on the page, not in a notification");
        com.vaadin.flow.component.combobox.ComboBox<String> region = view.upload.choices.field("region");
        assertTrue(view.upload.choices.isVisible() && region.isInvalid());
        assertEquals(List.of("4601 Bergen", "4631 Alver"), region.getListDataView().getItems().toList());
        assertFalse(view.upload.save.isEnabled(), "nothing to save before a region is chosen");
        assertEquals(0, ui.f.service().inputs(null).size());

        region.setValue("4631 Alver");
        assertTrue(view.upload.save.isEnabled(), view.upload.result.getText());
        assertFalse(region.isInvalid());
        assertEquals("Kjelde: SSB, tabell 14288 · 4631 Alver · Framskrevet folkemengde 1. januar, hovedalternativet (MMMM)"
                + " · oppdatert 11.06.2024.", view.upload.source.getText());
        assertEquals("14288", view.upload.name.getValue(), "the file name without .json");
        assertEquals("8780", view.upload.previewTable.cell(0, "age-0").replace("\u00a0", ""), "Alver, ages 0-19 in 2024: 20 * 401 + 4 * 190");
        view.upload.save.click();

        InputInfo saved = ui.f.service().inputs(InputKind.POPULATION).get(0);
        assertEquals("4631 Alver", saved.source().region());
        assertTrue(ui.f.service().input(saved.id()).csv().startsWith("year,age,population\n2024,0,401\n"), "Alver's sexes summed");
        assertTrue(GridKt._getFormatted(view.grid, 0, "summary").endsWith(" · SSB, tabell 14288 · 4631 Alver · Framskrevet folkemengde"
                + " 1. januar, hovedalternativet (MMMM) · oppdatert 11.06.2024"), GridKt._getFormatted(view.grid, 0, "summary"));
        assertFalse(view.upload.choices.isVisible(), "the choice goes with the saved file");
    }

    @Test
    void anSsbPxWebCsvTakesARegionTypedAsItsNumber() {
        InputsView view = open();
        uploadTranslated(view, "14288-long.csv", no.planverk.forecasting.core.internal.io.SsbFiles.file("14288-long.csv"));
        com.vaadin.flow.component.combobox.ComboBox<String> region = view.upload.choices.field("region");
        assertFalse(view.upload.save.isEnabled());
        region.setValue("4631");
        assertTrue(view.upload.save.isEnabled(), view.upload.result.getText());
        assertTrue(view.upload.source.getText().contains("4631 Alver"), view.upload.source.getText());
        view.upload.save.click();
        InputInfo saved = ui.f.service().inputs(InputKind.POPULATION).get(0);
        assertEquals("14288-long", saved.name());
        assertEquals("4631 Alver", saved.source().region());
        assertTrue(ui.f.service().input(saved.id()).csv().startsWith("year,age,population\n2024,0,401\n"));
    }

    @Test
    void anAlternativeIsChosenTooAndAnotherKindForgetsTheChoice() {
        InputsView view = open();
        uploadTranslated(view, "alternativ.json", no.planverk.forecasting.core.internal.io.SsbFiles.file("broken-two-alternatives.json"));
        com.vaadin.flow.component.combobox.ComboBox<String> series = view.upload.choices.field("series");
        assertEquals("Statistikkvariabel", series.getLabel());
        assertEquals(List.of("FolkemengdeMMMM Hovedalternativet (MMMM)", "FolkemengdeLLML Lav nasjonal vekst (LLML)"),
                series.getListDataView().getItems().toList());
        series.setValue("FolkemengdeLLML Lav nasjonal vekst (LLML)");
        assertTrue(view.upload.save.isEnabled(), view.upload.result.getText());
        view.upload.save.click();
        InputInfo saved = ui.f.service().inputs(InputKind.POPULATION).get(0);
        assertEquals("Lav nasjonal vekst (LLML)", saved.source().series());
        assertTrue(ui.f.service().input(saved.id()).csv().startsWith("year,age,population\n2024,0,290\n2024,1,295"),
                ui.f.service().input(saved.id()).csv());

        uploadTranslated(view, "alternativ.json", no.planverk.forecasting.core.internal.io.SsbFiles.file("broken-two-alternatives.json"));
        uploadTranslated(view, "14288.json", no.planverk.forecasting.core.internal.io.SsbFiles.file("14288-alver-bergen.json"));
        assertEquals(null, view.upload.choices.field("series"), "left blank and not asked for by this file");
        assertTrue(view.upload.choices.field("region").isInvalid());
        view.upload.choices.field("region").setValue("4601 Bergen");
        assertTrue(view.upload.save.isEnabled(), view.upload.result.getText());
        uploadTranslated(view, "alternativ.json", no.planverk.forecasting.core.internal.io.SsbFiles.file("broken-two-alternatives.json"));
        assertEquals("«Region» har ingen kategori «4601 Bergen» i denne fila; ho har 4631 Alver. Vel ein av dei i feltet over.",
                view.upload.result.getText(), "a choice kept from the last file that this one does not have");
        assertTrue(view.upload.choices.field("region").isInvalid());
        assertFalse(view.upload.save.isEnabled());
        view.upload.kind.setValue(InputKind.COSTS);
        assertFalse(view.upload.choices.isVisible(), "a choice is for a population from SSB only");
        assertEquals(null, view.upload.choices.field("series"));
        assertTrue(view.upload.panel.file.getText().contains("CSV"), "and a cost file is CSV: " + view.upload.panel.file.getText());
    }

    @Test
    void theColumnsOfTheChosenKindAreExplained() {
        InputsView view = open();
        String population = view.upload.panel.columns.getElement().getTextRecursively();
        assertTrue(population.contains("age: alder 0–120; den høgaste kan vere open, t.d. «90+» (må vere med)"), population);
        assertTrue(population.contains("JSON-stat 2.0"), "SSB's files are named: " + population);
        view.upload.kind.setValue(InputKind.DEMENTIA);
        String dementia = view.upload.panel.columns.getElement().getTextRecursively();
        assertTrue(dementia.contains("rate: delen med demens, 0–1 (1,81 % er 0,0181) (må vere med)"), dementia);
        assertFalse(dementia.contains("population"), dementia);
    }

    @Test
    void aPlannerRenamesAnInputAndKeepsItsContent() {
        InputInfo info = ui.store(InputKind.SERVICE_USERS, "Brukarar", ForecastingUi.SERVICE_USERS);
        InputsView view = open();
        action(view, 0, Button.class, "edit").click();
        no.planverk.forecasting.ui.internal.NameDialog dialog = LocatorJ._get(no.planverk.forecasting.ui.internal.NameDialog.class);
        assertEquals("Brukarar", dialog.name().getValue());
        dialog.name().setValue("Brukarar 2020 (IPLOS)");
        dialog.description().setValue("Frå Kostra");
        dialog.save();
        InputInfo after = ui.f.service().inputs(InputKind.SERVICE_USERS).get(0);
        assertEquals("Brukarar 2020 (IPLOS)", after.name());
        assertEquals("Frå Kostra", after.description());
        assertEquals(5, after.rows(), "the content stays");
        assertEquals("Brukarar 2020 (IPLOS)", GridKt._getFormatted(view.grid, 0, "name"));
        assertTrue(info.version() < after.version());
    }

    @Test
    void aReaderSeesInputsButNoUploadEditOrDelete() {
        InputInfo info = ui.store(InputKind.POPULATION, "Døme", ForecastingUi.POPULATION);
        ForecastingUi.signIn(ForecastingUi.READER);
        InputsView view = open();
        assertFalse(view.upload.isVisible());
        assertEquals(1, GridKt._size(view.grid));
        com.vaadin.flow.component.Component actions = GridKt._getCellComponent(view.grid, 0, "actions");
        LocatorJ._assertNone(actions, Button.class, s -> s.withId("planverk-forecasting-input-delete-" + info.id()));
        LocatorJ._assertNone(actions, Button.class, s -> s.withId("planverk-forecasting-input-edit-" + info.id()));
        LocatorJ._assertOne(actions, Anchor.class, s -> s.withId("planverk-forecasting-input-download-" + info.id()));
        LocatorJ._assertOne(actions, Button.class, s -> s.withId("planverk-forecasting-input-view-" + info.id()));
    }
}
