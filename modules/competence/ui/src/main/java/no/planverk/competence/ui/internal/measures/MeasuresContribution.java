package no.planverk.competence.ui.internal.measures;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.competence.ui.internal.CompetenceTexts;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Competence measures at {@code competence/measures}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class MeasuresContribution implements ViewContribution {

    private final CompetenceMeasureService measures;
    private final OrgUnitService units;

    @Activate
    public MeasuresContribution(@Reference CompetenceMeasureService measures, @Reference OrgUnitService units) {
        this.measures = measures;
        this.units = units;
    }

    @Override
    public String path() {
        return CompetenceNav.MEASURES;
    }

    @Override
    public Class<MeasuresView> viewClass() {
        return MeasuresView.class;
    }

    @Override
    public Component create() {
        return new MeasuresView(measures, units);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(CompetenceTexts.TEXTS, "menu.measures", VaadinIcon.DIPLOMA, 503);
    }
}
