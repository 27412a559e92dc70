package no.planverk.ui.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.DashboardCard;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.internal.ShellRegistry;
import no.planverk.ui.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;

import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class HomeContribution implements ViewContribution {

    private final ShellRegistry shell;
    /** Optional: the home page is there as soon as the shell is, so a login during a start never lands on "not found". */
    private volatile ModuleRegistry modules;

    @Activate
    public HomeContribution(@Reference ShellRegistry shell) {
        this.shell = shell;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setModules(ModuleRegistry registry) {
        modules = registry;
    }

    void unsetModules(ModuleRegistry registry) {
        if (modules == registry) {
            modules = null;
        }
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
        ModuleRegistry m = modules;
        return new HomeView(m == null ? List.of() : m.modules(), shell.cardsFor(CurrentUser.require()).stream().map(DashboardCard::create).toList(),
                shell.startupPending(), shell.databaseStarting());
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ShellTexts.TEXTS, "menu.home", VaadinIcon.HOME, 0);
    }
}
