package no.example.bustad.ui.internal;

import static no.example.bustad.ui.internal.BustadTexts.t;

import com.vaadin.flow.component.html.Nav;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ModuleNav;

/** The module's routes and the bar of links at the top of its views (the same bar as every Planverk module). */
public final class BustadNav {

    public static final String LIST = "bustad";
    /** One position's page: {@code bustad/entry/<id>}. */
    public static final String ENTRY = "bustad/entry";

    private BustadNav() {
    }

    public static Nav bar(String current) {
        Nav nav = ModuleNav.bar("bustad-nav", t("nav.label"));
        nav.add(ModuleNav.link(LIST, t("nav.list"), current));
        return nav;
    }

    /** The address of one position's page, for links. */
    public static String entry(long id) {
        return ENTRY + "/" + id;
    }

    /** Coordinators (and admins) add and change positions; the service checks it again. */
    static boolean mayEdit() {
        return CurrentUser.get().map(u -> u.has(Role.COORDINATOR)).orElse(false);
    }
}
