package no.planverk.ui.internal;

import com.vaadin.flow.component.Text;
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
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Texts;
import no.planverk.ui.api.ViewContribution;

/** The app layout: title, side menu from the contributed views, language choice and user menu. */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private final transient ShellRegistry registry;
    private final SideNav menu = new SideNav();

    MainLayout(ShellRegistry registry) {
        this.registry = registry;
        H1 title = new H1("Planverk");
        title.setId("planverk-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, new Span(), languageSelect(), userMenu());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
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
    }

    private static Select<Locale> languageSelect() {
        Select<Locale> select = Languages.select();
        select.setAriaLabel(ShellTexts.t("language"));
        select.setWidth("9em");
        return select;
    }

    private MenuBar userMenu() {
        UserContext user = CurrentUser.require();
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout who = new HorizontalLayout(new Avatar(user.username()), new Text(user.username()));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setId("planverk-user");
        SubMenu sub = bar.addItem(who).getSubMenu();
        String roles = user.roles().stream().map(Role::id).sorted().collect(Collectors.joining(", "));
        sub.addItem(ShellTexts.t("user.roles", roles)).setEnabled(false);
        sub.addItem(ShellTexts.t("user.logout"), e -> logout()).setId("planverk-logout");
        return bar;
    }

    static void logout() {
        UI.getCurrent().getPage().setLocation("/login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
