package no.planverk.competence.ui.internal.sector;

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

/** The sector dashboard at {@code competence}: the module's first menu entry. Everyone reads it (aggregates only). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class SectorContribution implements ViewContribution {

    private final WorkforceService workforce;
    private final RequirementService requirements;
    private final FulltimeService fulltime;
    private final RetirementService retirements;
    private final OrgUnitService units;

    @Activate
    public SectorContribution(@Reference WorkforceService workforce, @Reference RequirementService requirements,
            @Reference FulltimeService fulltime, @Reference RetirementService retirements, @Reference OrgUnitService units) {
        this.workforce = workforce;
        this.requirements = requirements;
        this.fulltime = fulltime;
        this.retirements = retirements;
        this.units = units;
    }

    @Override
    public String path() {
        return CompetenceNav.SECTOR;
    }

    @Override
    public Class<SectorView> viewClass() {
        return SectorView.class;
    }

    @Override
    public Component create() {
        return new SectorView(workforce, requirements, fulltime, retirements, units);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(CompetenceTexts.TEXTS, "menu.sector", VaadinIcon.ACADEMY_CAP, 500);
    }
}
