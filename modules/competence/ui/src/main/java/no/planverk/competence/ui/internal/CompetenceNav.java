package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ModuleNav;

/** The routes of the competence views and the links at the top of each. */
public final class CompetenceNav {

    public static final String SECTOR = "competence";
    public static final String UNIT = "competence/unit";
    public static final String IMPORT = "competence/import";
    public static final String RECRUITMENT = "competence/recruitment";
    public static final String MEASURES = "competence/measures";

    private CompetenceNav() {
    }

    /** The bar with {@code current} marked for screen readers (aria-current) and in bold; import only for those who may. */
    public static Nav bar(String current) {
        UserContext user = CurrentUser.require();
        Nav nav = ModuleNav.bar("planverk-competence-nav", t("nav.label"));
        nav.add(link(SECTOR, "nav.sector", current), link(UNIT, "nav.unit", current), link(RECRUITMENT, "nav.recruitment", current),
                link(MEASURES, "nav.measures", current));
        if (mayImport(user)) {
            nav.add(link(IMPORT, "nav.import", current));
        }
        return nav;
    }

    public static Anchor link(String path, String key, String current) {
        return ModuleNav.link(path, t(key), current);
    }

    /** Href of a unit's page, relative to the app root like the routes. */
    public static String unit(long id) {
        return UNIT + "/" + id;
    }

    /** Planners and unit leaders import (a leader only rows of their own units; the service checks each row). */
    public static boolean mayImport(UserContext user) {
        return user.has(Role.PLANNER) || user.roles().contains(Role.UNIT_LEADER);
    }
}
