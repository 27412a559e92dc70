package no.planverk.plans.ui.internal.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorStatus;
import no.planverk.plans.api.IndicatorValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Indicators of the selected goal: status badge, trend chart, adding an actual value. */
class IndicatorsSectionTest {

    private static final Pattern POINTS = Pattern.compile("<polyline[^>]*points=\"([^\"]*)\"");
    private final AlverGoals a = new AlverGoals();

    @AfterEach
    void close() {
        a.close();
    }

    private Indicator indicator(List<IndicatorValue> actuals) {
        return a.f.indicators().create(new IndicatorDraft(a.g41.id(), "Del av innbyggjarane som er fysisk aktive", "%", 2020,
                40.0, 2030, 50.0, actuals), AlverGoals.PLANNER);
    }

    private GoalsPanel panelOn41() {
        GoalsPanel p = new GoalsPanel(a.kdp, a.f.goals(), a.f.indicators(), true);
        UI.getCurrent().add(p);
        p.tree.select(a.g41);
        return p;
    }

    private static int points(String svg) {
        Matcher m = POINTS.matcher(svg);
        return m.find() ? m.group(1).trim().split("\\s+").length : 0;
    }

    @Test
    void showsStatusAsATranslatedBadgeAndTheTrendWithAPointPerActual() {
        indicator(List.of(new IndicatorValue(2021, 41.5), new IndicatorValue(2022, 43.0), new IndicatorValue(2023, 43.9)));
        GoalsPanel p = panelOn41();
        IndicatorsSection s = p.indicators;
        assertTrue(s.isVisible());
        assertEquals(1, GridKt._size(s.grid));
        assertEquals("2020: 40", GridKt._getFormatted(s.grid, 0, "baseline"));
        assertEquals("2021: 41,5 · 2022: 43 · 2023: 43,9", GridKt._getFormatted(s.grid, 0, "actuals"));
        Component badge = GridKt._getCellComponent(s.grid, 0, "status");
        assertEquals("I rute", badge.getElement().getText());
        assertEquals("ON_TRACK", badge.getElement().getAttribute("data-status"));
        Svg chart = (Svg) GridKt._getCellComponent(s.grid, 0, "trend");
        String svg = chart.getElement().getProperty("innerHTML");
        assertEquals(3, points(svg));
        assertEquals(3, svg.split("class=\"actual-point\"", -1).length - 1, "a dot per actual");
        assertTrue(svg.contains("stroke-dasharray"), "the baseline-target line is dashed");
        assertTrue(svg.contains(">2020<") && svg.contains(">2030<"), "year labels");
    }

    @Test
    void anIndicatorBehindTheLineIsOffTrackAndOneWithoutActualsHasNoData() {
        indicator(List.of(new IndicatorValue(2025, 41.0)));
        a.f.indicators().create(new IndicatorDraft(a.g41.id(), "Tal frivillige", "personar", 2021, 300.0, 2025, 400.0, List.of()),
                AlverGoals.PLANNER);
        GoalsPanel p = panelOn41();
        assertEquals("Ikkje i rute", GridKt._getCellComponent(p.indicators.grid, 0, "status").getElement().getText());
        assertEquals("Manglar data", GridKt._getCellComponent(p.indicators.grid, 1, "status").getElement().getText());
        String svg = GridKt._getCellComponent(p.indicators.grid, 1, "trend").getElement().getProperty("innerHTML");
        assertFalse(svg.contains("<polyline"));
    }

    @Test
    void anEditorAddsAnActualValueAndTheChartGrows() {
        Indicator ind = indicator(List.of(new IndicatorValue(2021, 41.5)));
        GoalsPanel p = panelOn41();
        IndicatorsSection s = p.indicators;
        s.grid.select(GridKt._get(s.grid, 0));
        s.addActual.click();
        assertTrue(s.actualForm.isOpened());
        s.actualForm.year.setValue("2022");
        s.actualForm.value.setValue("44");
        s.actualForm.save.click();

        assertFalse(s.actualForm.isOpened());
        Indicator stored = a.f.indicators().forGoal(a.g41.id()).get(0);
        assertEquals(List.of(new IndicatorValue(2021, 41.5), new IndicatorValue(2022, 44.0)), stored.actuals());
        assertEquals(ind.version() + 1, stored.version());
        String svg = GridKt._getCellComponent(s.grid, 0, "trend").getElement().getProperty("innerHTML");
        assertEquals(2, points(svg));
        assertEquals(IndicatorStatus.ON_TRACK, stored.status());
    }

    @Test
    void aNewIndicatorWithoutTargetShowsFieldErrors() {
        GoalsPanel p = panelOn41();
        IndicatorsSection s = p.indicators;
        assertEquals(GoalTexts.t("indicator.none"), s.empty.getText());
        s.add.click();
        s.form.name.setValue("Del med vedtak om heimeteneste");
        s.form.baselineYear.setValue("2020");
        s.form.baselineValue.setValue("12");
        s.form.save.click();
        assertTrue(s.form.isOpened());
        assertTrue(s.form.targetYear.isInvalid());
        assertEquals("Del med vedtak om heimeteneste", s.form.name.getValue());

        s.form.targetYear.setValue("2019");
        s.form.targetValue.setValue("10");
        s.form.save.click();
        assertTrue(s.form.targetYear.isInvalid(), "the service refuses a target before the baseline");
        assertTrue(s.form.targetYear.getErrorMessage().contains("before the baseline"), s.form.targetYear.getErrorMessage());

        s.form.targetYear.setValue("2030");
        s.form.save.click();
        assertFalse(s.form.isOpened());
        assertEquals(1, GridKt._size(s.grid));
    }

    @Test
    void lettersInAnIndicatorsYearsOrValuesStayMarkedAndNothingIsSaved() {
        GoalsPanel p = panelOn41();
        IndicatorsSection s = p.indicators;
        s.add.click();
        s.form.name.setValue("Del med vedtak om heimeteneste");
        s.form.baselineYear.setValue("20x0");
        s.form.baselineValue.setValue("12,5");
        s.form.targetYear.setValue("2030");
        s.form.targetValue.setValue("1o");
        s.form.save.click();
        assertTrue(s.form.isOpened());
        assertEquals("«20x0» er ikkje eit heilt tal.", s.form.baselineYear.getErrorMessage());
        assertTrue(s.form.baselineYear.isInvalid());
        assertEquals("«1o» er ikkje eit tal (skriv til dømes 1,5).", s.form.targetValue.getErrorMessage());
        assertEquals("20x0", s.form.baselineYear.getValue(), "what the user typed stays");
        assertEquals(0, a.f.indicators().forGoal(a.g41.id()).size(), "never saved as 200 or 1");

        s.form.baselineYear.setValue("2020");
        s.form.targetValue.setValue("10");
        s.form.save.click();
        assertFalse(s.form.isOpened());
        assertEquals(12.5, a.f.indicators().forGoal(a.g41.id()).get(0).baselineValue(), "a decimal comma is read");

        s.grid.select(GridKt._get(s.grid, 0));
        s.addActual.click();
        s.actualForm.value.setValue("4x,5");
        s.actualForm.save.click();
        assertTrue(s.actualForm.isOpened());
        assertTrue(s.actualForm.value.isInvalid());
        assertEquals(List.of(), a.f.indicators().forGoal(a.g41.id()).get(0).actuals());
    }

    @Test
    void aTooLongGoalTextIsCountedAndRefusedNotCut() {
        GoalsPanel p = panelOn41();
        p.addMain.click();
        p.form.text.setValue("x".repeat(2001));
        assertEquals(0, p.form.text.getMaxLength(), "no browser maxlength: it cuts a paste silently");
        assertTrue(p.form.text.getHelperText().replace('\u00a0', ' ').replace('\u202f', ' ').contains("2 001 / 2 000 teikn"),
                p.form.text.getHelperText());
        p.form.save.click();
        assertTrue(p.form.isOpened());
        assertTrue(p.form.text.getErrorMessage().startsWith("For lang: høgst"), p.form.text.getErrorMessage());
    }

    @Test
    void theChartEscapesText() {
        Indicator ind = new Indicator(1, 2, "<script>alert('x')</script> & co", "\"%\"", 2020, 1, 2030, 2,
                List.of(new IndicatorValue(2021, 1.5)), 1);
        String svg = TrendChart.svg(ind);
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), svg);
        assertEquals(1, points(svg));
    }

    static final String SSB_CSV = """
            "12209: Del på institusjon, etter region, statistikkvariabel og år"
            "region";"statistikkvariabel";"år";"Del på institusjon"
            "4601 Bergen";"Del";"2021";11,2
            "4631 Alver";"Del";"2021";40
            "4631 Alver";"Del";"2022";41,5
            """;

    @Test
    void anSsbFileImportsTheValuesAndTheSourceIsShownAndKept() {
        Indicator i = indicator(List.of(new IndicatorValue(2021, 40)));
        GoalsPanel p = panelOn41();
        IndicatorsSection s = p.indicators;
        assertEquals("2021: lagt inn for hand", GridKt._getFormatted(s.grid, 0, "source"));
        s.grid.select(GridKt._get(s.grid, 0));
        s.importActuals.click();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertTrue(s.actualsUpload.isOpened());
        assertTrue(s.actualsUpload.source.getText().contains("inga kjelde"));

        UploadKt._upload(s.actualsUpload.upload, "12209.csv", SSB_CSV.getBytes(StandardCharsets.UTF_8));
        assertTrue(s.actualsUpload.problem.getText().contains("region="), "two regions, none chosen: " + s.actualsUpload.problem.getText());
        assertTrue(s.actualsUpload.problem.getText().contains("4631 Alver"));

        s.actualsUpload.region.setValue("4631");
        UploadKt._upload(s.actualsUpload.upload, "12209.csv", SSB_CSV.getBytes(StandardCharsets.UTF_8));
        assertEquals("", s.actualsUpload.problem.getText());
        assertEquals("Henta. Nye år: 2022. Endra år: ingen. Uendra år: 2021.", s.actualsUpload.result.getText());
        assertEquals("2021: 40 · 2022: 41,5", GridKt._getFormatted(s.grid, 0, "actuals"));
        String today = no.planverk.ui.api.Formats.date(LocalDate.now(ZoneId.of("Europe/Oslo")));
        assertEquals("SSB 12209 · 4631 · 2022: SSB 12209 · 4631, henta " + today, GridKt._getFormatted(s.grid, 0, "source"));

        // a value typed in afterwards and an edit of the indicator keep the source
        s.grid.select(GridKt._get(s.grid, 0));
        Indicator imported = s.grid.asSingleSelect().getValue();
        s.addActual(imported, new IndicatorValue(2023, 42));
        Indicator after = a.f.indicators().find(i.id()).orElseThrow();
        assertEquals("4631", after.source().region());
        assertEquals("SSB 12209 · 4631", after.actuals().get(1).source());
        s.edit.click();
        assertEquals("12209", s.form.sourceTable.getValue());
        assertEquals("4631", s.form.sourceRegion.getValue());
        s.form.sourceCategories.setValue("Kjonn=0");
        s.form.save.click();
        assertEquals(java.util.Map.of("Kjonn", "0"), a.f.indicators().find(i.id()).orElseThrow().source().categories());
    }
}
