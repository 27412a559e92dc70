package no.planverk.volunteers.ui.internal;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ModuleNav;

/** The routes of the volunteer views and the links at the top of each; volunteer pages only for coordinators. */
public final class VolNav {

    public static final String VOLUNTEERS = "volunteers";
    public static final String VOLUNTEER = "volunteers/volunteer";
    public static final String ASSIGNMENTS = "volunteers/assignments";
    public static final String ASSIGNMENT = "volunteers/assignment";
    public static final String CALENDAR = "volunteers/calendar";
    public static final String ORGANISATIONS = "volunteers/organisations";
    public static final String REPORT = "volunteers/report";
    public static final String IMPORT = "volunteers/import";

    private VolNav() {
    }

    /** The bar with {@code current} marked for screen readers (aria-current) and in bold. */
    public static Nav bar(String current) {
        Nav nav = ModuleNav.bar("planverk-volunteers-nav", t("nav.label"));
        boolean coordinator = coordinator();
        if (coordinator) {
            nav.add(link(VOLUNTEERS, t("nav.volunteers"), current));
        }
        nav.add(link(ASSIGNMENTS, t("nav.assignments"), current), link(CALENDAR, t("nav.calendar"), current),
                link(ORGANISATIONS, t("nav.organisations"), current), link(REPORT, t(coordinator ? "nav.report" : "nav.reportOnly"), current));
        if (coordinator) {
            nav.add(link(IMPORT, t("nav.import"), current));
        }
        return nav;
    }

    public static Anchor link(String path, String text, String current) {
        return ModuleNav.link(path, text, current);
    }

    public static Anchor link(String path, String text) {
        return ModuleNav.link(path, text, null);
    }

    public static String volunteer(long id) {
        return VOLUNTEER + "/" + id;
    }

    public static String assignment(long id) {
        return ASSIGNMENT + "/" + id;
    }

    /** Coordinators and unit leaders create and change assignments (the service checks the unit). */
    public static boolean mayPlan() {
        return CurrentUser.get().map(u -> u.has(Role.COORDINATOR) || u.roles().contains(Role.UNIT_LEADER)).orElse(false);
    }

    /** Coordinators (and admins) see and change volunteers, place them and import. */
    public static boolean coordinator() {
        return CurrentUser.get().map(u -> u.has(Role.COORDINATOR)).orElse(false);
    }
}
