package no.planverk.plans.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.StatusChange;
import no.planverk.plans.ui.internal.PlansUi;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A plan in force links to its page on the public portal while the portal module is installed, and only then. */
class PlanPublicLinkTest {

    private final PlansUi ui = new PlansUi();
    private final List<ModuleInfo> installed = new ArrayList<>();
    private Plan plan = ui.plan("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "Kommunedelplan for helse", 2021, 2033);

    PlanPublicLinkTest() {
        PlanContribution contribution = new PlanContribution(ui.f.plans(), ui.f.units(), ui.f.goals(), ui.f.indicators(), ui.f.programs());
        ModuleRegistry registry = () -> List.copyOf(installed);
        contribution.setModules(registry);
        ContributedViews.tearDown(); // PlansUi's own set-up, without the module registry
        ContributedViews.setUp(List.of(contribution), PlansUi.PLANNER);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private void move(PlanStatus to) {
        plan = ui.f.plans().changeStatus(plan.id(), plan.version(), StatusChange.to(to, null, null), PlansUi.PLANNER);
    }

    private List<Anchor> links() {
        PlanView view = PlansUi.open("plans/plan/" + plan.id(), PlanView.class);
        return LocatorJ._find(view, Anchor.class, spec -> spec.withId("planverk-plan-public"));
    }

    @Test
    void aPlanInForceLinksToItsPublicPageWhenThePortalIsInstalled() {
        move(PlanStatus.POLITICAL);
        move(PlanStatus.IN_FORCE);
        assertTrue(links().isEmpty(), "no portal, no link");
        installed.add(new ModuleInfo("portal", "Offentleg planportal", "0.1.0", "GLOBE", ""));
        List<Anchor> links = links();
        assertEquals(1, links.size());
        assertEquals("/public/plans/" + plan.id(), links.get(0).getHref());
        assertEquals("Sjå planen på den offentlege portalen", links.get(0).getText());
    }

    @Test
    void aPlanNotInForceHasNoPublicPage() {
        installed.add(new ModuleInfo("portal", "Offentleg planportal", "0.1.0", "GLOBE", ""));
        assertTrue(links().isEmpty(), "the portal answers 404 for a plan in preparation");
    }
}
