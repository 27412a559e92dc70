package no.planverk.competence.ui.internal.transfer;

import com.vaadin.flow.component.Component;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Import of an HR export at {@code competence/import}, reached from the nav bar by planners and unit leaders (the view
 * sends others back).
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ImportContribution implements ViewContribution {

    private final ModuleTransfer transfer;

    /** The core's workforce import. */
    @Activate
    public ImportContribution(@Reference(target = "(module=competence)") ModuleTransfer transfer) {
        this.transfer = transfer;
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
        return new ImportView(transfer);
    }
}
