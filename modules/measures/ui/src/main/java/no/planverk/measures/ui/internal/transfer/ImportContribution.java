package no.planverk.measures.ui.internal.transfer;

import com.vaadin.flow.component.Component;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Import and export of measures at {@code measures/import}, reached from the measures' nav bar. Planners and
 * unit leaders import; one role cannot say that, so the shell lets readers through ({@link #requiredRole()}
 * stays READER) and {@link ImportView} sends everyone else back to the grid.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ImportContribution implements ViewContribution {

    private final ModuleTransfer imports;
    private final MeasureTransferService transfer;

    @Activate
    public ImportContribution(@Reference(target = "(module=measures)") ModuleTransfer imports,
            @Reference MeasureTransferService transfer) {
        this.imports = imports;
        this.transfer = transfer;
    }

    @Override
    public String path() {
        return MeasureNav.IMPORT;
    }

    @Override
    public Class<ImportView> viewClass() {
        return ImportView.class;
    }

    @Override
    public Component create() {
        return new ImportView(imports, transfer);
    }
}
