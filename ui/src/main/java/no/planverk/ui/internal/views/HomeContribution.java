package no.planverk.ui.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.DashboardCard;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.internal.ShellRegistry;
import no.planverk.ui.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;

import org.osgi.service.component.annotations.Reference;

@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class HomeContribution implements ViewContribution {

    private final ModuleRegistry modules;
    private final ShellRegistry shell;

    @Activate
    public HomeContribution(@Reference ModuleRegistry modules, @Reference ShellRegistry shell) {
        this.modules = modules;
        this.shell = shell;
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public Class<HomeView> viewClass() {
        return HomeView.class;
    }

    @Override
    public Component create() {
        return new HomeView(modules, shell.cardsFor(CurrentUser.require()).stream().map(DashboardCard::create).toList(),
                shell.startupPending());
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ShellTexts.TEXTS, "menu.home", VaadinIcon.HOME, 0);
    }
}
