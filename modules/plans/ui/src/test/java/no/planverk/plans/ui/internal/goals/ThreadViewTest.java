package no.planverk.plans.ui.internal.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.lang.reflect.Method;
import java.util.List;
import no.planverk.plans.api.GoalLink;
import no.planverk.plans.api.GoalLinkProvider;
import no.planverk.plans.api.GoalRef;
import no.planverk.plans.api.ThreadNode;
import no.planverk.plans.core.internal.GoalServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The red-thread view across three of Alver's plans, on the real goal service. */
class ThreadViewTest {

    private final AlverGoals a = new AlverGoals();

    @AfterEach
    void close() {
        a.close();
    }

    private ThreadView open(String location) {
        ThreadView view = new ThreadView(a.f.goals());
        UI ui = UI.getCurrent();
        ui.add(view);
        view.beforeEnter(new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PAGE_LOAD,
                new Location(location), ThreadView.class, ui, List.of()));
        return view;
    }

    private static List<String> pathTexts(ThreadView view) {
        return view.path.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void showsThePathUpAndTheThreadDownAcrossPlans() {
        ThreadView view = open("plans/thread?goal=" + a.g41.id());
        assertEquals(a.g41.id(), view.goalId());
        List<String> up = pathTexts(view);
        assertEquals(3, up.size(), up.toString());
        assertTrue(up.get(0).startsWith("ALV-KPS Kommuneplanen sin samfunnsdel – Hovudmål 4"), up.get(0));
        assertTrue(up.get(1).startsWith("ALV-KDP-HSO"), up.get(1));
        assertTrue(up.get(2).contains("KDP mål 4.1 Alle har moglegheit"), up.get(2));
        assertEquals("true", view.path.getChildren().toList().get(2).getElement().getAttribute("aria-current"));

        assertEquals(3, GridKt._size(view.down), "goal 4.1, the theme plan serving it, the theme plan's goal");
        ThreadNode plan = GridKt._get(view.down, 1).node;
        assertEquals(ThreadNode.Kind.PLAN, plan.kind());
        assertEquals("Demensplan", plan.text());
        assertEquals("Plan", GridKt._getCellComponent(view.down, 1, "kind").getElement().getTextRecursively().strip());
        Anchor planLink = (Anchor) GridKt._getCellComponent(view.down, 1, "code");
        assertEquals("plans/plan/" + a.theme.id(), planLink.getHref());
        Anchor themeGoal = (Anchor) GridKt._getCellComponent(view.down, 2, "code");
        assertEquals("plans/thread?goal=" + a.themeGoal.id(), themeGoal.getHref(), "a goal's code re-centres the thread");
        assertEquals("Denne planen", GridKt._getCellComponent(view.down, 0, "ownership").getElement().getTextRecursively());
        assertFalse(view.hint.isVisible());
    }

    @Test
    void aBreadcrumbLeadsBackToThePlanAndTheParentGoals() {
        ThreadView view = open("plans/thread?goal=" + a.g41.id());
        no.planverk.plans.ui.internal.Crumbs crumbs = (no.planverk.plans.ui.internal.Crumbs) view.crumbs.getComponentAt(0);
        assertEquals("Kommunedelplan for helse, sosial og omsorg › Hovudmål 4 God livskvalitet › KDP mål 4.1 Alle har moglegheit for eit aktivt liv",
                crumbs.text());
        List<String> hrefs = crumbs.getElement().getChild(0).getChildren().map(li -> li.getChildren()
                .filter(e -> e.getTag().equals("a")).map(e -> e.getAttribute("href")).findFirst().orElse("")).toList();
        assertEquals(List.of("plans/plan/" + a.kdp.id(), "plans/thread?goal=" + a.kdpMain.id(), ""), hrefs);
    }

    @Test
    void fromTheTopTheThreadReachesEveryPlan() {
        ThreadView view = open("plans/thread?goal=" + a.hm4.id());
        assertEquals(1, pathTexts(view).size());
        assertEquals(List.of("Hovudmål 4", "Hovudmål 4", "KDP mål 4.1", "ALV-DEMENS", "1"),
                GridKt._findAll(view.down).stream().map(r -> r.node.code()).toList());
    }

    @Test
    void theSearchFindsKdpGoal41ByCodeAndShowsCodeAndText() {
        ThreadView view = open("plans/thread");
        assertTrue(view.hint.isVisible());
        assertFalse(view.down.isVisible());
        ComboBoxKt.setUserInput(view.search, "KDP mål 4.1");
        List<String> suggestions = ComboBoxKt.getSuggestions(view.search);
        assertEquals(List.of("ALV-KDP-HSO KDP mål 4.1 Alle har moglegheit for eit aktivt liv"), suggestions);
        GoalRef ref = ComboBoxKt.getSuggestionItems(view.search).get(0);
        HasValueUtilsKt._setValue(view.search, ref);
        assertEquals(a.g41.id(), view.goalId());
        assertTrue(view.down.isVisible());
        assertEquals(3, pathTexts(view).size());
    }

    @Test
    void measuresOfAnotherModuleShowAsLinksToTheirRoute() throws ReflectiveOperationException {
        GoalLinkProvider measures = ids -> ids.contains(a.g41.id())
                ? List.of(new GoalLink(a.g41.id(), "measure", 86, "86", "Styrke koordinerande eining", "measures/86"))
                : List.of();
        // the fixture's goal service takes providers like DS does, through its package-private bind method
        Method add = GoalServiceImpl.class.getDeclaredMethod("addProvider", GoalLinkProvider.class);
        add.setAccessible(true);
        add.invoke(a.f.goalsImpl(), measures);

        ThreadView view = open("plans/thread?goal=" + a.g41.id());
        ThreadView.Row link = GridKt._findAll(view.down).stream().filter(r -> r.node.kind() == ThreadNode.Kind.LINK)
                .findFirst().orElseThrow();
        int row = GridKt._findAll(view.down).indexOf(link);
        assertEquals("Tiltak", GridKt._getCellComponent(view.down, row, "kind").getElement().getTextRecursively().strip());
        Anchor anchor = (Anchor) GridKt._getCellComponent(view.down, row, "code");
        assertEquals("measures/86", anchor.getHref());
        assertEquals("86", anchor.getText());
    }

    @Test
    void aForecastRunServingAGoalIsNamedInNynorsk() throws ReflectiveOperationException {
        GoalLinkProvider forecasts = ids -> ids.contains(a.g41.id())
                ? List.of(new GoalLink(a.g41.id(), "forecast", 3, "2024–2040", "Alver 2040", "forecasting/run/3"))
                : List.of();
        Method add = GoalServiceImpl.class.getDeclaredMethod("addProvider", GoalLinkProvider.class);
        add.setAccessible(true);
        add.invoke(a.f.goalsImpl(), forecasts);

        ThreadView view = open("plans/thread?goal=" + a.g41.id());
        int row = GridKt._findAll(view.down).indexOf(GridKt._findAll(view.down).stream()
                .filter(r -> r.node.kind() == ThreadNode.Kind.LINK).findFirst().orElseThrow());
        assertEquals("Framskriving", GridKt._getCellComponent(view.down, row, "kind").getElement().getTextRecursively().strip(),
                "not 'Kopling (forecast)'");
    }

    @Test
    void anUnknownGoalIsReportedAndNothingShown() {
        ThreadView view = open("plans/thread?goal=999999");
        assertEquals(null, view.goalId());
        assertTrue(view.hint.isVisible());
        Component path = view.path;
        assertFalse(path.isVisible());
    }
}
