package no.planverk.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.stream.Collectors;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Texts;
import no.planverk.ui.api.ViewContribution;

/** The app layout: title, side menu from the contributed views, language choice and user menu. */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private final transient ShellRegistry registry;
    private final SideNav menu = new SideNav();
    /**
     * Pages scroll inside the layout's content area, not the window; Flow resets only the window on navigation, so a
     * page opened from a scrolled list (a unit from the sector page, a saved run) opened half scrolled. Start at the top.
     */
    static final String SCROLL_TOP = "const c = this.shadowRoot && this.shadowRoot.querySelector('[content]'); if (c) { c.scrollTop = 0; }";

    MainLayout(ShellRegistry registry) {
        this.registry = registry;
        H1 title = new H1("Planverk");
        title.setId("planverk-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, new Span(), languageSelect(), userMenu());
        header.setId("planverk-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        header.addClassName(NARROW_CSS_CLASS);
        addToNavbar(header);
        menu.setId("planverk-menu");
        menu.getElement().setAttribute("aria-label", ShellTexts.t("menu.label"));
        addToDrawer(new Scroller(menu));
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // rebuilt on every navigation, so modules installed or removed meanwhile show up
        menu.removeAll();
        UserContext user = CurrentUser.require();
        Locale locale = Texts.currentLocale();
        for (ViewContribution v : registry.menuFor(user)) {
            menu.addItem(new SideNavItem(v.menu().label().apply(locale), "/" + v.path(), v.menu().icon().create()));
        }
        UI.getCurrent().getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        getElement().executeJs(SCROLL_TOP);
    }

    private static Select<Locale> languageSelect() {
        Select<Locale> select = Languages.select();
        select.setAriaLabel(ShellTexts.t("language"));
        select.setId("planverk-language");
        return select;
    }

    private MenuBar userMenu() {
        UserContext user = CurrentUser.require();
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Span name = new Span(user.username());
        name.addClassName(HIDE_WHEN_NARROW);
        HorizontalLayout who = new HorizontalLayout(new Avatar(user.username()), name);
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setId("planverk-user");
        SubMenu sub = bar.addItem(who).getSubMenu();
        sub.addItem(user.username()).setEnabled(false);
        String roles = user.roles().stream().sorted().map(ShellTexts::role).collect(Collectors.joining(", "));
        sub.addItem(ShellTexts.t("user.roles", roles)).setEnabled(false);
        sub.addItem(ShellTexts.t("user.logout"), e -> logout()).setId("planverk-logout");
        return bar;
    }

    static final String NARROW_CSS_CLASS = "planverk-header";
    static final String HIDE_WHEN_NARROW = "planverk-wide-only";
    /**
     * The header on a phone (390 px): the language select shrinks to its longest name, the gaps narrow and the user
     * menu shows only the avatar (the name is the menu's first line), so nothing overflows sideways.
     * Added to every page by {@link PlanverkAppShell}.
     */
    static final String HEADER_CSS = "#planverk-language { width: 9em; }"
            + " @media (max-width: 40em) {"
            + " ." + NARROW_CSS_CLASS + " { gap: var(--lumo-space-xs); padding-right: var(--lumo-space-s) !important; }"
            + " #planverk-language { width: 7em; }"
            + " ." + HIDE_WHEN_NARROW + " { display: none; } }";

    static void logout() {
        UI.getCurrent().getPage().setLocation("/login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
