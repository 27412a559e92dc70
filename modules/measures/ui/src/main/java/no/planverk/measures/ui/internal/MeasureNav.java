package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouteConfiguration;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ModuleNav;

/**
 * The links at the top of the measure views. Import/export and the annual report come from another
 * package ({@code ...ui.internal.transfer}); their tabs show only while their routes are registered, so
 * the bar never links to a page that is not there.
 */
public final class MeasureNav {

    public static final String GRID = "measures";
    public static final String UNIT = "measures/unit";
    public static final String MISSING = "measures/missing";
    public static final String IMPORT = "measures/import";
    public static final String REPORT = "measures/report";
    public static final String MEASURE = "measures/measure";

    private MeasureNav() {
    }

    /** The bar with {@code current} marked for screen readers (aria-current) and in bold. */
    public static Nav bar(String current) {
        UserContext user = CurrentUser.require();
        Nav nav = ModuleNav.bar("planverk-measures-nav", t("nav.label"));
        nav.add(link(GRID, "nav.grid", current), link(UNIT, "nav.unit", current));
        if (user.has(Role.PLANNER)) {
            nav.add(link(MISSING, "nav.missing", current));
        }
        if (registered(REPORT)) {
            nav.add(link(REPORT, "nav.report", current));
        }
        if ((user.has(Role.PLANNER) || user.has(Role.UNIT_LEADER)) && registered(IMPORT)) { // both may import
            nav.add(link(IMPORT, "nav.import", current));
        }
        return nav;
    }

    static boolean registered(String path) {
        try {
            return RouteConfiguration.forApplicationScope().isPathAvailable(path);
        } catch (IllegalStateException e) {
            return false; // outside a running Vaadin service
        }
    }

    private static Anchor link(String path, String key, String current) {
        return ModuleNav.link(path, t(key), current);
    }

    /** Href of a measure's page, relative to the app root like the routes. */
    public static String measure(long id) {
        return MEASURE + "/" + id;
    }
}
