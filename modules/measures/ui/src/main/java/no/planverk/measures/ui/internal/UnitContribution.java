package no.planverk.measures.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.measures.api.MeasureService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Mine tiltak" at {@code measures/unit}, in the menu right after the measure grid. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class UnitContribution implements ViewContribution {

    private final MeasureService measures;
    private final OrgUnitService units;

    @Activate
    public UnitContribution(@Reference MeasureService measures, @Reference OrgUnitService units) {
        this.measures = measures;
        this.units = units;
    }

    @Override
    public String path() {
        return MeasureNav.UNIT;
    }

    @Override
    public Class<UnitView> viewClass() {
        return UnitView.class;
    }

    @Override
    public Component create() {
        return new UnitView(measures, units);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(MeasuresTexts.TEXTS, "unit.menu", VaadinIcon.USER_CHECK, 201);
    }
}
