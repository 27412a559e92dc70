package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ModuleNav;

/** The links at the top of the plan views: grid, tree, needs attention, red thread, import/export. */
public final class PlanNav {

    public static final String GRID = "plans";
    public static final String TREE = "plans/tree";
    public static final String ATTENTION = "plans/attention";
    public static final String THREAD = "plans/thread";
    public static final String IMPORT = "plans/import";
    public static final String PLAN = "plans/plan";

    private PlanNav() {
    }

    /** The bar with {@code current} marked for screen readers (aria-current) and in bold. */
    public static Nav bar(String current) {
        UserContext user = CurrentUser.require();
        Nav nav = ModuleNav.bar("planverk-plans-nav", t("nav.label"));
        nav.add(link(GRID, "nav.grid", current), link(TREE, "nav.tree", current), link(ATTENTION, "nav.attention", current),
                link(THREAD, "nav.thread", current));
        if (user.has(Role.PLANNER)) {
            nav.add(link(IMPORT, "nav.import", current));
        }
        return nav;
    }

    private static Anchor link(String path, String key, String current) {
        return ModuleNav.link(path, t(key), current);
    }

    /** Href of a plan's page, relative to the app root like the routes. */
    public static String plan(long id) {
        return PLAN + "/" + id;
    }
}
