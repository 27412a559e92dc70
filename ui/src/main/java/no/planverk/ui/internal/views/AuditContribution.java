package no.planverk.ui.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class AuditContribution implements ViewContribution {

    private final AuditLog audit;

    @Activate
    public AuditContribution(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String path() {
        return "admin/audit";
    }

    @Override
    public Class<AuditView> viewClass() {
        return AuditView.class;
    }

    @Override
    public Component create() {
        return new AuditView(audit);
    }

    @Override
    public Role requiredRole() {
        return Role.ADMIN;
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ShellTexts.TEXTS, "menu.audit", VaadinIcon.CLIPBOARD_TEXT, 910);
    }
}
