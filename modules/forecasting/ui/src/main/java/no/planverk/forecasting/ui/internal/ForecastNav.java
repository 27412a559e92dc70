package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ModuleNav;

/** The routes of the forecasting views and the links at the top of each. */
public final class ForecastNav {

    public static final String RUN = "forecasting";
    public static final String INPUTS = "forecasting/inputs";
    public static final String RUNS = "forecasting/runs";
    public static final String SAVED = "forecasting/run";
    public static final String STAIRCASE = "forecasting/staircase";

    private ForecastNav() {
    }

    /** The bar with {@code current} marked for screen readers (aria-current) and in bold. */
    public static Nav bar(String current) {
        Nav nav = ModuleNav.bar("planverk-forecasting-nav", t("nav.label"));
        nav.add(link(RUN, "nav.run", current), link(INPUTS, "nav.inputs", current), link(RUNS, "nav.runs", current),
                link(STAIRCASE, "nav.staircase", current));
        return nav;
    }

    public static Anchor link(String path, String key, String current) {
        return ModuleNav.link(path, t(key), current);
    }

    /** Href of a saved run's page, relative to the app root like the routes. */
    public static String saved(long id) {
        return SAVED + "/" + id;
    }

    /** Planners (and admins) change inputs and saved runs; everyone reads and runs. */
    public static boolean mayChange() {
        return CurrentUser.get().map(u -> u.has(Role.PLANNER)).orElse(false);
    }
}
