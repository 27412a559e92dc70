package no.planverk.ui.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.platform.api.DataExport;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.platform.api.StorageGuard;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class AboutContribution implements ViewContribution {

    private final ModuleRegistry modules;
    private final ModuleAdmin admin;
    private final DatabaseBackup backup;
    private final DataExport export;
    private final StorageGuard storage;

    /** Without the disk's state (view tests). */
    public AboutContribution(ModuleRegistry modules, ModuleAdmin admin, DatabaseBackup backup, DataExport export) {
        this(modules, admin, backup, export, null);
    }

    @Activate
    public AboutContribution(@Reference ModuleRegistry modules, @Reference ModuleAdmin admin, @Reference DatabaseBackup backup,
            @Reference DataExport export, @Reference StorageGuard storage) {
        this.modules = modules;
        this.admin = admin;
        this.backup = backup;
        this.export = export;
        this.storage = storage;
    }

    @Override
    public String path() {
        return "about";
    }

    @Override
    public Class<AboutView> viewClass() {
        return AboutView.class;
    }

    @Override
    public Component create() {
        return new AboutView(modules, admin, backup, export, storage);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ShellTexts.TEXTS, "menu.about", VaadinIcon.INFO_CIRCLE, 900);
    }
}
