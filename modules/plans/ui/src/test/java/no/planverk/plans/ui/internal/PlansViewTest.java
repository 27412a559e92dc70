package no.planverk.plans.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.StatusChange;
import no.planverk.plans.ui.internal.plan.PlanView;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plan grid on the real plan service: filters, paging, sorting, opening and creating plans. */
class PlansViewTest {

    private final PlansUi ui = new PlansUi();

    @AfterEach
    void close() {
        ui.close();
    }

    /** 60 temaplans of Alver's health unit (2020–2030) and 5 other plans. */
    private void manyPlans() {
        long ho = ui.unit("ALV-HO");
        for (int i = 1; i <= 60; i++) {
            ui.f.plans().create(new PlanDraft(String.format("T%02d", i), PlanType.TEMAPLAN, "Temaplan " + i, ho, "Kari", 2020,
                    2030, null, null, null, null, null, null, null, List.of()), PlansUi.PLANNER);
        }
        ui.plan("BRG-FHP", PlanType.TEMAPLAN, "Folkehelseplan for Bergen kommune 2015-2025", 2015, 2025);
        ui.plan("ALV-KPS", PlanType.SAMFUNNSDEL, "Kommuneplanen sin samfunnsdel", 2021, 2033);
        ui.plan("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "Kommunedelplan for helse, sosial og omsorg", 2021, 2033);
        ui.plan("BRG-FHS", PlanType.STRATEGI, "Folkehelsestrategi for Bergen kommune 2023-2030", 2023, 2030);
        Plan old = ui.plan("BRG-EHLIV", PlanType.HANDLINGSPLAN, "Et helt liv med mening", 2010, 2014);
        ui.f.plans().changeStatus(old.id(), old.version(), StatusChange.to(PlanStatus.POLITICAL, null, null), PlansUi.PLANNER);
    }

    @Test
    void pagesThroughThePlansWithTheTotal() {
        manyPlans();
        PlansView view = PlansUi.open("plans", PlansView.class);
        assertEquals(65, GridKt._size(view.grid));
        assertEquals("65 planar", view.count.getText());
        List<Plan> secondPage = GridKt._fetch(view.grid, 50, 50);
        assertEquals(15, secondPage.size(), "the second page holds the rest");
        assertEquals("Et helt liv med mening", GridKt._get(view.grid, 0).title(), "sorted by title from the start");
        assertEquals("Temaplan 1", GridKt._get(view.grid, 5).title());
        assertEquals("Temaplan 9", GridKt._get(view.grid, 64).title());
    }

    @Test
    void filtersByTypeStatusUnitYearAndText() {
        manyPlans();
        PlansView view = PlansUi.open("plans", PlansView.class);
        view.type.setValue(PlanType.TEMAPLAN);
        assertEquals(61, GridKt._size(view.grid));
        view.unit.setValue(ui.f.units().list().stream().filter(u -> u.code().equals("ALV-HO")).findFirst().orElseThrow());
        assertEquals(60, GridKt._size(view.grid));
        view.clear.click();
        view.year.setValue("2016");
        assertEquals(List.of("BRG-FHP"), codes(view));
        view.year.clear();
        view.text.setValue("folkehelse");
        assertEquals(List.of("BRG-FHP", "BRG-FHS"), codes(view));
        view.text.clear();
        view.status.setValue(PlanStatus.POLITICAL);
        assertEquals(List.of("BRG-EHLIV"), codes(view));
        assertEquals("Til politisk handsaming", PlanLabels.status(GridKt._get(view.grid, 0).status()));
        assertEquals("1 plan", view.count.getText());
    }

    @Test
    void sortsByTheServiceSortIds() {
        manyPlans();
        PlansView view = PlansUi.open("plans", PlansView.class);
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("code"), SortDirection.DESCENDING)));
        assertEquals("T60", GridKt._get(view.grid, 0).code());
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("from"), SortDirection.ASCENDING)));
        assertEquals("BRG-EHLIV", GridKt._get(view.grid, 0).code());
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("to"), SortDirection.DESCENDING)));
        assertEquals("2033", GridKt._getFormatted(view.grid, 0, "to"));
    }

    @Test
    void showsUnitNameTypeAndPeriodAndOpensAPlan() {
        manyPlans();
        PlansView view = PlansUi.open("plans", PlansView.class);
        view.text.setValue("T07");
        assertEquals("Helse og omsorg", GridKt._getFormatted(view.grid, 0, "unit"));
        assertEquals("Temaplan", GridKt._getFormatted(view.grid, 0, "type"));
        assertEquals("2020", GridKt._getFormatted(view.grid, 0, "from"));
        view.grid.select(GridKt._get(view.grid, 0));
        PlanView page = LocatorJ._get(PlanView.class);
        assertEquals("Temaplan 7", LocatorJ._get(page, H2.class, spec -> spec.withId("planverk-plan-title")).getText());
    }

    @Test
    void readersGetNoCreateButton() {
        PlansUi.signIn(UserContext.of("lesar", Role.READER));
        PlansView view = PlansUi.open("plans", PlansView.class);
        assertFalse(view.add.isAttached());
        PlansUi.signIn(UserContext.of("leiar", Role.UNIT_LEADER).withUnits("ALV-HO"));
        assertTrue(PlansUi.open("plans/tree", PlanTreeView.class).isAttached());
        assertTrue(PlansUi.open("plans", PlansView.class).add.isAttached(), "unit leaders add plans of their units");
    }

    private static List<String> codes(PlansView view) {
        return GridKt._fetch(view.grid, 0, 100).stream().map(Plan::code).toList();
    }

    @Test
    void aMunicipalityFilterKeepsToItsPlansAndIsRememberedForTheUser() {
        ui.f.plans().create(new PlanDraft("ALV-HELSE", PlanType.TEMAPLAN, "Helseplan Alver", ui.unit("ALV-HO-HEIM"), null, 2024, 2028,
                null, null, null, null, null, null, null, List.of()), PlansUi.PLANNER);
        ui.f.plans().create(new PlanDraft("BRG-HELSE", PlanType.TEMAPLAN, "Helseplan Bergen", ui.unit("BRG-UH"), null, 2024, 2028,
                null, null, null, null, null, null, null, List.of()), PlansUi.PLANNER);
        PlansView view = PlansUi.open("plans", PlansView.class);
        assertEquals(List.of("Alver kommune", "Bergen kommune"),
                view.municipality.getListDataView().getItems().map(u -> u.name()).toList(), "the top-level units");
        view.text.setValue("helse");
        assertEquals(2, GridKt._size(view.grid));
        view.municipality.setValue(view.municipality.getListDataView().getItems().filter(u -> u.code().equals("ALVER")).findFirst().orElseThrow());
        assertEquals(List.of("Helseplan Alver"), GridKt._findAll(view.grid).stream().map(Plan::title).toList(),
                "a unit two levels below the municipality counts");

        PlansUi.open("plans/tree", PlanTreeView.class);
        PlansView again = PlansUi.open("plans", PlansView.class);
        assertEquals("Alver kommune", again.municipality.getValue().name(), "remembered in the session");
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(no.planverk.ui.api.Municipality.key(PlansUi.PLANNER), null);
        jakarta.servlet.http.Cookie cookie = ((com.github.mvysny.fakeservlet.FakeResponse) ((com.vaadin.flow.server.VaadinServletResponse)
                com.vaadin.flow.server.VaadinService.getCurrentResponse()).getResponse()).getCookie(no.planverk.ui.api.Municipality.key(PlansUi.PLANNER));
        assertEquals("ALVER", cookie.getValue(), "and in a cookie that outlives the session");
    }

    @Test
    void aYearWithLettersStaysMarkedAndFiltersNothingIn() {
        manyPlans();
        PlansView view = PlansUi.open("plans", PlansView.class);
        view.year.setValue("20x6");
        assertTrue(view.year.isInvalid());
        assertEquals("«20x6» er ikkje eit heilt tal.", view.year.getErrorMessage());
        assertEquals(0, GridKt._size(view.grid), "never read as 206, never ignored");
        assertEquals(List.of(), codes(view));
        view.year.setValue("2016");
        assertEquals(List.of("BRG-FHP"), codes(view));
    }

    @Test
    void aShortListShowsAllItsRowsAndALongOneMostOfTheWindow() {
        ui.plan("ALV-EIN", PlanType.SAMFUNNSDEL, "Kommuneplanen sin samfunnsdel", 2021, 2033);
        PlansView view = PlansUi.open("plans", PlansView.class);
        GridKt._size(view.grid);
        assertTrue(view.grid.isAllRowsVisible(), "no box of 4 rows in a scrolling page");
        manyPlans();
        view.refresh();
        GridKt._size(view.grid);
        assertFalse(view.grid.isAllRowsVisible());
        assertEquals("75vh", view.grid.getHeight());
    }
}
