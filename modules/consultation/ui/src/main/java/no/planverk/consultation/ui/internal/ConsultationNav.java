package no.planverk.consultation.ui.internal;

import static no.planverk.consultation.ui.internal.ConsultationTexts.t;

import com.vaadin.flow.component.html.Nav;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ModuleNav;

/** The module's routes and the bar of links at the top of its views. */
public final class ConsultationNav {

    public static final String LIST = "consultation";
    /** One consultation's page: {@code consultation/view/<id>}. */
    public static final String VIEW = "consultation/view";

    private ConsultationNav() {
    }

    public static Nav bar(String current) {
        Nav nav = ModuleNav.bar("consultation-nav", t("nav.label"));
        nav.add(ModuleNav.link(LIST, t("nav.list"), current));
        return nav;
    }

    public static String view(long id) {
        return VIEW + "/" + id;
    }

    /** Planners (and admins) change consultations, assess and see contact details; the service checks it again. */
    public static boolean planner() {
        return CurrentUser.get().map(u -> u.has(Role.PLANNER)).orElse(false);
    }
}
