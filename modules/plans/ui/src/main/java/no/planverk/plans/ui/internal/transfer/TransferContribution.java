package no.planverk.plans.ui.internal.transfer;

import com.vaadin.flow.component.Component;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Import and export at {@code plans/import}, for planners (linked from the plan views). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class TransferContribution implements ViewContribution {

    private final ModuleTransfer imports;
    private final PlanTransferService transfer;

    @Activate
    public TransferContribution(@Reference(target = "(module=plans)") ModuleTransfer imports, @Reference PlanTransferService transfer) {
        this.imports = imports;
        this.transfer = transfer;
    }

    @Override
    public String path() {
        return PlanNav.IMPORT;
    }

    @Override
    public Class<TransferView> viewClass() {
        return TransferView.class;
    }

    @Override
    public Component create() {
        return new TransferView(imports, transfer);
    }

    @Override
    public Role requiredRole() {
        return Role.PLANNER;
    }
}
