package no.planverk.competence.ui.internal;

import com.vaadin.flow.component.Component;
import no.planverk.competence.api.WorkforceService;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Import of an HR export at {@code competence/import}, reached from the nav bar by planners and unit leaders (the view
 * sends others back).
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ImportContribution implements ViewContribution {

    private final WorkforceService workforce;

    @Activate
    public ImportContribution(@Reference WorkforceService workforce) {
        this.workforce = workforce;
    }

    @Override
    public String path() {
        return CompetenceNav.IMPORT;
    }

    @Override
    public Class<ImportView> viewClass() {
        return ImportView.class;
    }

    @Override
    public Component create() {
        return new ImportView(workforce);
    }
}
