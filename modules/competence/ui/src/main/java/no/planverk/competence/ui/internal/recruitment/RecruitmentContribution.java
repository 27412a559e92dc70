package no.planverk.competence.ui.internal.recruitment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.competence.ui.internal.CompetenceTexts;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The recruitment gap against a saved forecast at {@code competence/recruitment}; without forecasting the view says so. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class RecruitmentContribution implements ViewContribution {

    private final RetirementService retirements;
    private final WorkforceService workforce;
    private final OrgUnitService units;

    @Activate
    public RecruitmentContribution(@Reference RetirementService retirements, @Reference WorkforceService workforce,
            @Reference OrgUnitService units) {
        this.retirements = retirements;
        this.workforce = workforce;
        this.units = units;
    }

    @Override
    public String path() {
        return CompetenceNav.RECRUITMENT;
    }

    @Override
    public Class<RecruitmentView> viewClass() {
        return RecruitmentView.class;
    }

    @Override
    public Component create() {
        return new RecruitmentView(retirements, workforce, units);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(CompetenceTexts.TEXTS, "menu.recruitment", VaadinIcon.LINE_CHART, 502);
    }
}
