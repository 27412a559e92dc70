package no.planverk.forecasting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.ui.internal.inputs.InputsProbe;
import no.planverk.forecasting.ui.internal.inputs.InputsView;
import no.planverk.forecasting.ui.internal.result.OutcomePanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Run a forecast on inputs uploaded through the inputs view; the worked example of the README. */
class RunViewTest {

    private final ForecastingUi ui = new ForecastingUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private static RunView open() {
        return ForecastingUi.open("forecasting", RunView.class);
    }

    @Test
    void uploadedInputsRunAndShowScenariosSideBySide() {
        InputsView inputs = ForecastingUi.open("forecasting/inputs", InputsView.class);
        InputsProbe.upload(inputs, InputKind.POPULATION, "døme.csv", ForecastingUi.POPULATION);
        InputsProbe.upload(inputs, InputKind.SERVICE_USERS, "brukarar.csv", ForecastingUi.SERVICE_USERS);

        RunView view = open();
        assertEquals("døme", view.form.population.getValue().name(), "the file name without .csv");
        assertEquals(2020, view.form.baseYear.getValue(), "the population's first year");
        assertEquals(2021, view.form.horizon.getValue(), "and its last");
        assertEquals(Set.of("normal", "delayed"), view.form.scenarios.getValue());
        assertEquals("heildøgns omsorg", view.form.welfareFrom.getValue(), "24-hour care is found by name");
        assertEquals("heimetenester", view.form.welfareTo.getValue());
        view.form.delayPerDecade.setValue("5"); // k = 0.5 as in the README
        view.run.click();

        OutcomePanel out = view.outcome;
        assertNotNull(out, ForecastingUi.notifications().toString());
        assertTrue(position(out, out.line) < position(out, grid("planverk-forecasting-by-year")), "the chart comes before its table");
        assertTrue(position(out, out.bar) < position(out, grid("planverk-forecasting-horizon")), "the chart comes before its table");
        assertEquals("heimetenester", out.service.getValue());
        assertEquals(List.of("2020", "17,0", "17,0"), row(out.byYear(), 0, "year", "scenario-normal", "scenario-delayed"));
        assertEquals(List.of("2021", "26,9", "19,3"), row(out.byYear(), 1, "year", "scenario-normal", "scenario-delayed"));
        out.service.setValue("heildøgns omsorg");
        assertEquals(List.of("2021", "28,0", "16,0"), row(out.byYear(), 1, "year", "scenario-normal", "scenario-delayed"));
        assertTrue(out.line.chart.option().contains("\"name\":\"Normal aldring\",\"type\":\"line\""), out.line.chart.option());
        assertTrue(out.line.chart.option().contains("\"data\":[15.0,28.0]"), out.line.chart.option());
        assertTrue(out.bar.chart.option().contains("\"data\":[\"heimetenester\",\"heildøgns omsorg\"]"), out.bar.chart.option());
        assertTrue(out.bar.chart.option().contains("\"data\":[26.9,28.0]"), "normal at the horizon per service");

        assertEquals(List.of("heimetenester", "Normal aldring", "26,9", "9,9", "58,2 %"),
                row(out.atHorizon, 0, "service", "scenario", "users", "change", "changePercent"));
        assertEquals(List.of("2021", "410", "0"), row(out.years, 1, "year", "population", "coverage"),
                "people are whole numbers; nobody is 80 here");
        assertEquals("År\tNormal aldring\tUtsett aldring\n2020\t15,0\t15,0\n2021\t28,0\t16,0\n", out.byYear().tsv());

        String csv = new String(DownloadKt._download(out.downloads.results), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFyear,scenario,service,users"), csv);
        assertTrue(view.save.isEnabled() && view.save.isVisible());
        assertFalse(view.problem.isVisible());
    }

    @Test
    void aRunTheServiceRefusesShowsItsReasonAndNoResult() {
        ui.example();
        RunView view = open();
        view.form.baseYear.setValue(2021);
        view.form.horizon.setValue(2020);
        view.run.click();

        assertTrue(view.problem.isVisible());
        assertTrue(view.problem.getText().startsWith("Noko må rettast: "), view.problem.getText());
        assertTrue(view.problem.getText().contains("2020"), view.problem.getText());
        assertTrue(ForecastingUi.notifications().contains(view.problem.getText()), ForecastingUi.notifications().toString());
        assertNull(view.outcome);
        assertFalse(view.save.isEnabled());

        view.form.baseYear.setValue(2020);
        view.form.horizon.setValue(2021);
        view.form.scenarios.setValue(Set.of("welfare-tech"));
        view.form.welfareShare.clear();
        view.run.click();
        assertEquals("Noko må rettast: Vel tenestene og delen under «Velferdsteknologi» for scenarioa med velferdsteknologi.",
                view.problem.getText());

        view.form.welfareShare.setValue("20");
        view.run.click();
        assertFalse(view.problem.isVisible());
        assertEquals(List.of("2021", "32,5"), row(view.outcome.byYear(), 1, "year", "scenario-welfare-tech"),
                "README: home 26.9 + 0.2 × 28 moved from 24-hour care");
    }

    @Test
    void aNumberWithLettersOrOutOfRangeStaysAsTypedAndBlocksTheRun() {
        ui.example();
        RunView view = open();
        view.form.coverageAge.setValue("-5");
        assertTrue(view.form.coverageAge.isInvalid());
        assertEquals("Skriv eit tal frå 0 til 120.", view.form.coverageAge.getErrorMessage());
        view.run.click();
        assertNull(view.outcome, "nothing runs on a coverage age of -5, and not on the default 80 either");
        assertEquals("Prognosen er ikkje køyrd. Rett feltet først: Alder som tel for dekninga: Skriv eit tal frå 0 til 120.",
                view.problem.getText());

        view.form.coverageAge.setValue("80");
        view.form.delayPerDecade.setValue("20x6");
        assertEquals("20x6", view.form.delayPerDecade.getValue(), "the letters are kept, not dropped to 206");
        assertTrue(view.form.delayPerDecade.isInvalid());
        assertEquals("«20x6» er ikkje eit tal (skriv til dømes 1,5).", view.form.delayPerDecade.getErrorMessage());
        view.run.click();
        assertNull(view.outcome);

        view.form.delayPerDecade.setValue("");
        view.run.click();
        assertEquals("Fyll inn eit tal.", view.form.delayPerDecade.getErrorMessage(), "blank is not a silent default");
        assertNull(view.outcome);

        FactorRows.Row row = view.form.factors.addRow();
        view.form.delayPerDecade.setValue("0,5");
        row.service.setValue("heimetenester");
        row.factor.setValue("1,1");
        row.from.setValue("2021,5");
        view.run.click();
        assertEquals("«2021,5» er ikkje eit heilt tal.", row.from.getErrorMessage());
        assertNull(view.outcome);

        row.from.setValue("2021");
        view.run.click();
        assertFalse(view.problem.isVisible(), view.problem.getText());
        assertNotNull(view.outcome);
    }

    @Test
    void aPlannerSavesTheRunAndItOpensByItsRoute() {
        ui.example();
        RunView view = open();
        view.run.click();
        view.save.click();
        NameDialog dialog = LocatorJ._get(NameDialog.class);
        dialog.ok.click();
        assertTrue(dialog.name.isInvalid(), "a name is needed");
        dialog.name.setValue("x".repeat(2000));
        assertTrue(dialog.name.getHelperText().contains("2\u00a0000 / 200 teikn"), dialog.name.getHelperText());
        dialog.ok.click();
        assertTrue(dialog.name.isInvalid(), "too long: refused, not cut to 200");
        assertTrue(dialog.isOpened());
        assertEquals(0, ui.f.service().runs().size());
        dialog.name.setValue("Alver 2020–2021");
        dialog.description.setValue("Til kommunedelplanen");
        dialog.ok.click();

        List<RunInfo> runs = ui.f.service().runs();
        assertEquals(1, runs.size());
        SavedRunView saved = LocatorJ._get(SavedRunView.class);
        assertEquals("Alver 2020–2021", saved.title.getText());
        assertTrue(ForecastingUi.notifications().contains("Prognosen «Alver 2020–2021» er lagra."), ForecastingUi.notifications().toString());

        SavedRunView again = ForecastingUi.open("forecasting/run/" + runs.get(0).id(), SavedRunView.class);
        assertEquals(List.of("2021", "26,9", "25,4"), row(again.outcome.byYear(), 1, "year", "scenario-normal", "scenario-delayed"),
                "the default k = 0.1 moves a tenth of each age's rate towards the band below in 2021: 0.9·26.9 + 0.1·11.7");
        RunsView list = ForecastingUi.open("forecasting/runs", RunsView.class);
        assertEquals("1 lagra prognose", list.count.getText());
        assertEquals("2020–2021", GridKt._getFormatted(list.grid, 0, "years"));
    }

    @Test
    void aReaderRunsButCannotSave() {
        ui.example();
        ForecastingUi.signIn(ForecastingUi.READER);
        RunView view = open();
        view.run.click();
        assertNotNull(view.outcome);
        assertFalse(view.save.isVisible());
    }

    @Test
    void withoutInputsTheViewSaysWhereToGetThem() {
        RunView view = open();
        assertEquals(0, view.offered(InputKind.POPULATION));
        LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("planverk-forecasting-no-inputs"));
        view.run.click();
        assertEquals("Noko må rettast: Vel folketalsframskriving og tenestemottakarar.", view.problem.getText());
    }

    private static Grid<?> grid(String id) {
        return LocatorJ._get(Grid.class, spec -> spec.withId(id));
    }

    /** Where a component (or the box holding it) stands among the panel's children. */
    private static int position(OutcomePanel panel, com.vaadin.flow.component.Component c) {
        com.vaadin.flow.component.Component at = c;
        while (at.getParent().orElseThrow() != panel) {
            at = at.getParent().orElseThrow();
        }
        return panel.getChildren().toList().indexOf(at);
    }

    static List<String> row(no.planverk.forecasting.ui.internal.result.Table table, int row, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> table.cell(row, k)).toList();
    }

    static List<String> row(Grid<?> grid, int row, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> GridKt._getFormatted(grid, row, k)).toList();
    }
}
