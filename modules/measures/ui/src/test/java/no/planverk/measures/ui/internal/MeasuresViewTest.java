package no.planverk.measures.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.ui.internal.measure.MeasureView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measure grid on the real measure service, without the plans module: paging, filters, flags, opening. */
class MeasuresViewTest {

    private final MeasuresUi ui = new MeasuresUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private void report(Measure m, MeasureStatus status, Light light, String comment) {
        Measure now = ui.f.measures().find(m.id()).orElseThrow();
        ui.f.measures().report(m.id(), now.version(), new ReportDraft(ui.f.measures().currentPeriod(), status, 40, light, comment, null),
                MeasuresUi.PLANNER);
    }

    @Test
    void pagesThroughManyMeasuresWithTheTotal() {
        for (int i = 1; i <= 120; i++) {
            ui.bergen(Integer.toString(i), "Tiltak " + i, "ALV-HO-HEIM");
        }
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        assertEquals(120, GridKt._size(view.grid));
        assertEquals("120 tiltak", view.count.getText());
        assertEquals(20, GridKt._fetch(view.grid, 100, 50).size(), "the third page holds the rest");
        assertEquals("1", GridKt._get(view.grid, 0).number(), "plan, then number order (numbers sort as numbers)");
        assertEquals("120", GridKt._get(view.grid, 119).number());
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("number"), SortDirection.DESCENDING)));
        assertEquals("120", GridKt._get(view.grid, 0).number());
    }

    @Test
    void filtersNarrowTheGrid() {
        List<Measure> seed = ui.seed();
        ui.bergen("3.3.2", "Koordinator for frivillig innsats", "ALV-KUL-FRIV");
        report(seed.get(1), MeasureStatus.ONGOING, Light.RED, "Tomta er ikkje klar");
        report(seed.get(4), MeasureStatus.STARTED, Light.GREEN, null);
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        assertEquals(7, GridKt._size(view.grid));

        view.unit.setValue(ui.f.units().findByCode("BRG-BEHO").orElseThrow());
        assertEquals(List.of("86", "87", "88", "89", "90", "91"), numbers(view), "a unit and the units below it");
        view.unit.setValue(ui.f.units().findByCode("BRG-UH").orElseThrow());
        assertEquals(List.of("86", "87", "88", "90"), numbers(view));
        view.light.setValue(Light.RED);
        assertEquals(List.of("87"), numbers(view));
        view.clear.click();
        assertEquals(7, GridKt._size(view.grid));

        view.status.setValue(MeasureStatus.STARTED);
        assertEquals(List.of("90"), numbers(view));
        view.status.clear();
        view.funding.setValue(Funding.NOT_FUNDED);
        assertEquals(List.of("88"), numbers(view));
        view.funding.clear();
        view.attention.setValue(true);
        assertEquals(List.of("87", "88"), numbers(view), "late (red) or unfunded");
        view.attention.clear();
        view.year.setValue(Integer.toString(ui.year + 2));
        assertEquals(List.of("88"), numbers(view), "only 88 runs two years from now");
        view.year.clear();
        view.text.setValue("frivillig");
        assertEquals(List.of("3.3.2"), numbers(view));
        view.text.setValue("helt liv");
        assertEquals(7, GridKt._size(view.grid), "without the plans module the plan name is searched as text");
        assertEquals("7 tiltak", view.count.getText());
    }

    @Test
    void showsCostLightAndFlagsAndHighlightsLateAndUnfundedRows() {
        List<Measure> seed = ui.seed();
        report(seed.get(1), MeasureStatus.ONGOING, Light.RED, "Tomta er ikkje klar");
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        int row88 = numbers(view).indexOf("88");
        int row87 = numbers(view).indexOf("87");
        int row86 = numbers(view).indexOf("86");
        assertEquals("2 650 000 kr", plain(GridKt._getFormatted(view.grid, row88, "cost")));
        assertEquals("measure-unfunded", view.grid.getClassNameGenerator().apply(GridKt._get(view.grid, row88)));
        assertEquals("measure-late", view.grid.getClassNameGenerator().apply(GridKt._get(view.grid, row87)));
        assertEquals(null, view.grid.getClassNameGenerator().apply(GridKt._get(view.grid, row86)));
        var light = GridKt._getCellComponent(view.grid, row87, "light");
        assertEquals("red", light.getElement().getAttribute("data-light"));
        assertTrue(LocatorJ._find(light, com.vaadin.flow.component.html.Span.class).stream().anyMatch(s -> "Raud".equals(s.getText())),
                "the light has its name beside the colour");
        var flags = GridKt._getCellComponent(view.grid, row88, "title");
        assertTrue(flags.getElement().toString().contains("Ikkje finansiert"), flags.getElement().toString());
        assertEquals("Pågår", MeasureLabels.status(GridKt._get(view.grid, row87).status()));
        assertEquals("40 %", GridKt._getFormatted(view.grid, row87, "percent"));
        assertEquals("Tjenester til personer med utviklingshemming", GridKt._getFormatted(view.grid, row86, "units"));
    }

    @Test
    void aRowOpensTheMeasure() {
        ui.seed();
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        view.grid.select(GridKt._get(view.grid, numbers(view).indexOf("90")));
        MeasureView page = LocatorJ._get(MeasureView.class);
        String title = LocatorJ._get(page, com.vaadin.flow.component.html.H2.class, spec -> spec.withId("planverk-measure-title")).getText();
        assertTrue(title.startsWith("90 Bergen kommune vil sikre en god start"), title);
    }

    @Test
    void readersGetNoCreateButtonUnitLeadersDo() {
        MeasuresUi.signIn(MeasuresUi.READER);
        assertFalse(MeasuresUi.open("measures", MeasuresView.class).add.isAttached());
        MeasuresUi.signIn(MeasuresUi.UH_LEADER);
        assertTrue(MeasuresUi.open("measures/unit", UnitView.class).isAttached(), "another route, so the grid is built anew");
        assertTrue(MeasuresUi.open("measures", MeasuresView.class).add.isAttached());
    }

    @Test
    void groupsByFreeTextGoalWithoutThePlansModule() {
        ui.seed();
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        view.byGoal.setValue(true);
        assertTrue(view.tree.isVisible());
        assertFalse(view.grid.isVisible());
        List<MeasuresTreeRows.Row> roots = MeasuresTreeRows.roots(view);
        assertEquals(List.of("Gode og helhetlige helse- og omsorgstjenester (5)", "Riktig bolig til rett tid (1)"),
                roots.stream().map(MeasuresTreeRows.Row::text).toList());
        GridKt._expandAll(view.tree, 2);
        assertEquals(8, GridKt._size(view.tree), "2 goals and 6 measures");
        view.unit.setValue(ui.f.units().findByCode("BRG-SHJ").orElseThrow());
        assertEquals(List.of("Gode og helhetlige helse- og omsorgstjenester (1)"), MeasuresTreeRows.roots(view).stream()
                .map(MeasuresTreeRows.Row::text).toList(), "the filters apply to the groups");
    }

    @Test
    void aYearWithLettersStaysMarkedAndFiltersNothingIn() {
        ui.seed();
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        view.year.setValue("20x6");
        assertTrue(view.year.isInvalid());
        assertEquals("«20x6» er ikkje eit heilt tal.", view.year.getErrorMessage());
        assertEquals("20x6", view.year.getValue(), "what the user typed stays");
        assertEquals(List.of(), numbers(view), "never read as 206, never ignored");
        assertEquals(0, GridKt._size(view.grid));
        assertEquals("Ingen tiltak", view.count.getText());
        view.year.setValue(Integer.toString(ui.year + 2));
        assertFalse(view.year.isInvalid());
        assertEquals(List.of("88"), numbers(view));
    }

    @Test
    void theGridAndTheGoalTreeUseThePageNotABoxOfFourRows() {
        ui.seed();
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        GridKt._size(view.grid);
        assertTrue(view.grid.isAllRowsVisible(), "six measures: all on the page");
        view.byGoal.setValue(true);
        assertTrue(view.tree.isAllRowsVisible(), "2 goals and 6 measures fit on the page");
        for (int i = 1; i <= 60; i++) {
            ui.bergen("9." + i, "Tiltak " + i, "BRG-UH");
        }
        view.refresh();
        assertFalse(view.tree.isAllRowsVisible());
        assertEquals("75vh", view.tree.getHeight(), "a long tree gets most of the window");
        view.byGoal.setValue(false);
        GridKt._size(view.grid);
        assertFalse(view.grid.isAllRowsVisible());
        assertEquals("75vh", view.grid.getHeight());
    }

    static List<String> numbers(MeasuresView view) {
        return GridKt._fetch(view.grid, 0, 1000).stream().map(Measure::number).toList();
    }

    static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
