package no.planverk.measures.ui.internal.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.ui.internal.MeasuresUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measure page's way back with the plans module: plan › goal › sub-goal › measure. */
class CrumbsWithPlansTest {

    /** Stands in for the plans module's plan page route. */
    public static class PlanPage extends Div implements HasUrlParameter<Long> {
        @Override
        public void setParameter(BeforeEvent event, Long id) {
        }
    }

    /** Stands in for the plans module's red thread route. */
    public static class ThreadPage extends Div {
    }

    private final MeasuresUi ui = new MeasuresUi(true);

    @AfterEach
    void close() {
        ui.close();
    }

    /** A measure serving sub-goal 3.3.1 (under goal 3.3) of Alver's KDP (plan 100). */
    private Measure underSubGoal() {
        MeasureDraft d = ui.draft("3.3.1.1-b", "Rekruttere frivillige", "ALV-KUL").inPlan(100L).withGoals(List.of(1003L));
        return ui.f.measures().create(d, MeasuresUi.PLANNER);
    }

    private static Nav crumbs(Measure m) {
        MeasureView view = MeasuresUi.open("measures/measure/" + m.id(), MeasureView.class);
        return LocatorJ._get(view, Nav.class, spec -> spec.withId("planverk-measure-crumbs"));
    }

    @Test
    void theWayBackNamesEveryGoalAboveTheMeasureAndLinksToThePlansPages() {
        RouteConfiguration.forApplicationScope().setRoute("plans/plan", PlanPage.class);
        RouteConfiguration.forApplicationScope().setRoute("plans/thread", ThreadPage.class);
        Measure m = underSubGoal();
        Nav nav = crumbs(m);
        assertEquals("Kommunedelplan for helse, sosial og omsorg 2021-2033 › 3.3 Frivillig sektor i Alver er mangfaldig og sterk"
                + " › 3.3.1 Vi har system for å rekruttere og ta vare på frivillige › 3.3.1.1-b Rekruttere frivillige",
                nav.getElement().getTextRecursively().replaceAll("\\s+", " ").replace("›", " › ").replaceAll(" +", " ").strip());
        assertEquals(List.of("plans/plan/100", "plans/thread?goal=1001", "plans/thread?goal=1003"),
                LocatorJ._find(nav, Anchor.class).stream().map(Anchor::getHref).toList());
    }

    @Test
    void withoutThePlansPagesTheGoalsAreTextNotLinks() {
        Measure m = underSubGoal();
        Nav nav = crumbs(m);
        String text = nav.getElement().getTextRecursively();
        assertTrue(text.contains("3.3 Frivillig sektor") && text.contains("3.3.1 Vi har system"), text);
        assertTrue(LocatorJ._find(nav, Anchor.class).isEmpty(), "no links to pages that are not installed");
    }
}
