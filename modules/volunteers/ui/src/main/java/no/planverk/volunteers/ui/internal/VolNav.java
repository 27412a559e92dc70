package no.planverk.volunteers.ui.internal;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.CurrentUser;

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
        Nav nav = new Nav();
        nav.setId("planverk-volunteers-nav");
        nav.getElement().setAttribute("aria-label", t("nav.label"));
        nav.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m, 1rem)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct, #ddd)").set("padding-bottom", "var(--lumo-space-xs, 0.25rem)")
                .set("width", "100%");
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
        Anchor a = link(path, text);
        if (path.equals(current)) {
            a.getElement().setAttribute("aria-current", "page");
            a.getStyle().set("font-weight", "600");
        }
        return a;
    }

    public static Anchor link(String path, String text) {
        Anchor a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
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
