package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.PlanDirectory;

/**
 * The way back from a measure: plan › goal › sub-goal › measure. With the plans module (a {@link PlanDirectory}) the
 * plan and each goal above the measure's first goal in that plan link to its pages while those routes are there;
 * without it the plan name and goal text the measure carries are shown as text, never as links to pages that do
 * not exist.
 */
final class MeasureCrumbs {

    static final String PLAN_ROUTE = "plans/plan";
    static final String GOAL_ROUTE = "plans/thread";

    private MeasureCrumbs() {
    }

    static Nav of(Measure m, PlanDirectory directory) {
        OrderedList list = new OrderedList();
        list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("list-style", "none").set("padding", "0").set("margin", "0")
                .set("gap", "0.3em");
        if (directory != null && m.planId() != null) {
            directory.plan(m.planId()).ifPresent(p -> step(list, p.title(), routed(PLAN_ROUTE) ? PLAN_ROUTE + "/" + p.id() : null));
            boolean goalPages = routed(GOAL_ROUTE);
            for (GoalInfo g : chain(m, directory)) {
                step(list, g.code() == null ? g.text() : g.code() + " " + g.text(), goalPages ? GOAL_ROUTE + "?goal=" + g.id() : null);
            }
        } else {
            if (m.planName() != null) {
                step(list, m.planName(), null);
            }
            if (m.goalText() != null) {
                step(list, m.goalText(), null);
            }
        }
        step(list, m.number() + " " + m.title(), null);
        list.getChildren().reduce((a, b) -> b).ifPresent(last -> last.getElement().setAttribute("aria-current", "page"));
        Nav nav = new Nav(list);
        nav.setId("planverk-measure-crumbs");
        nav.getElement().setAttribute("aria-label", t("crumbs.label"));
        return nav;
    }

    /** The chain down to the measure's first goal, the goal above it first; nothing when it serves no goal. */
    private static List<GoalInfo> chain(Measure m, PlanDirectory directory) {
        List<GoalInfo> goals = m.goalIds().isEmpty() ? List.of() : directory.goals(m.goalIds());
        if (goals.isEmpty()) {
            return List.of();
        }
        List<GoalInfo> chain = directory.goalChain(goals.get(0).id());
        return chain.isEmpty() ? List.of(goals.get(0)) : chain;
    }

    private static void step(OrderedList list, String text, String href) {
        ListItem item = new ListItem();
        if (list.getChildren().findAny().isPresent()) {
            Span sep = new Span("› ");
            sep.getElement().setAttribute("aria-hidden", "true");
            item.add(sep);
        }
        if (href == null) {
            item.add(new Span(text));
        } else {
            Anchor a = new Anchor(href, text);
            a.getElement().setAttribute("router-link", true);
            item.add(a);
        }
        list.add(item);
    }

    private static boolean routed(String path) {
        try {
            return RouteConfiguration.forApplicationScope().getRoute(path + "/1").isPresent()
                    || RouteConfiguration.forApplicationScope().isPathAvailable(path);
        } catch (IllegalStateException e) {
            return false; // outside a running Vaadin service
        }
    }
}
