package no.planverk.ui.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class UnitsContribution implements ViewContribution {

    private final OrgUnitService units;

    @Activate
    public UnitsContribution(@Reference OrgUnitService units) {
        this.units = units;
    }

    @Override
    public String path() {
        return "units";
    }

    @Override
    public Class<UnitsView> viewClass() {
        return UnitsView.class;
    }

    @Override
    public Component create() {
        return new UnitsView(units);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ShellTexts.TEXTS, "menu.units", VaadinIcon.SITEMAP, 800);
    }
}
