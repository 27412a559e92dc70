package no.planverk.competence.ui.internal.unit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.competence.ui.internal.CompetenceTexts;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A unit's page at {@code competence/unit/<id>}; from the menu without an id, the user's own unit. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class UnitContribution implements ViewContribution {

    private final WorkforceService workforce;
    private final RequirementService requirements;
    private final FulltimeService fulltime;
    private final RetirementService retirements;
    private final OrgUnitService units;

    @Activate
    public UnitContribution(@Reference WorkforceService workforce, @Reference RequirementService requirements,
            @Reference FulltimeService fulltime, @Reference RetirementService retirements, @Reference OrgUnitService units) {
        this.workforce = workforce;
        this.requirements = requirements;
        this.fulltime = fulltime;
        this.retirements = retirements;
        this.units = units;
    }

    @Override
    public String path() {
        return CompetenceNav.UNIT;
    }

    @Override
    public Class<UnitView> viewClass() {
        return UnitView.class;
    }

    @Override
    public Component create() {
        return new UnitView(workforce, requirements, fulltime, retirements, units);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(CompetenceTexts.TEXTS, "menu.unit", VaadinIcon.BUILDING, 501);
    }
}
