package no.planverk.ui.internal.views;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import no.planverk.platform.api.DataExport;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StorageGuard;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.internal.ShellTexts;

/** "About / Modules": the installed modules and their versions; for admins, every module feature with install and uninstall. */
public class AboutView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    final Grid<ModuleInfo> grid = new Grid<>();
    final Paragraph portal = new Paragraph();

    public AboutView(ModuleRegistry modules, ModuleAdmin admin) {
        this(modules, admin, null, null);
    }

    /** With the backup and the export for admins (null: not shown). */
    public AboutView(ModuleRegistry modules, ModuleAdmin admin, DatabaseBackup backup, DataExport export) {
        this(modules, admin, backup, export, null);
    }

    /** With the disk's state too (null: not shown). */
    public AboutView(ModuleRegistry modules, ModuleAdmin admin, DatabaseBackup backup, DataExport export, StorageGuard storage) {
        grid.addColumn(ModuleTexts::name).setHeader(ShellTexts.t("about.name")).setAutoWidth(true);
        grid.addColumn(ModuleInfo::id).setHeader(ShellTexts.t("about.id")).setAutoWidth(true);
        grid.addColumn(ModuleInfo::version).setHeader(ShellTexts.t("about.version")).setAutoWidth(true);
        grid.addColumn(ModuleTexts::description).setHeader(ShellTexts.t("about.description")).setFlexGrow(1);
        grid.setItems(modules.modules());
        grid.setAllRowsVisible(true);
        grid.setId("planverk-modules");
        add(new H2(ShellTexts.t("menu.about")), new Paragraph(ShellTexts.t("about.intro")), grid, portal(modules));
        boolean isAdmin = CurrentUser.get().filter(u -> u.roles().contains(Role.ADMIN)).isPresent();
        if (storage != null && (isAdmin || !storage.status().writable())) {
            add(new StoragePanel(storage, isAdmin));
        }
        CurrentUser.get().filter(u -> u.roles().contains(Role.ADMIN)).ifPresent(u -> {
            add(new ModulesPanel(admin, u));
            if (backup != null && export != null) {
                add(new DataPanel(backup, export, u));
            }
        });
    }

    /** Whether the public plan portal (module {@code portal}) is installed, with a link to it when it is. */
    private Paragraph portal(ModuleRegistry modules) {
        portal.setId("planverk-about-portal");
        if (modules.find("portal").isPresent()) {
            Anchor link = new Anchor("/public/", "/public/");
            link.setRouterIgnore(true);
            link.getStyle().set("text-decoration", "underline"); // a link in a line of text: not by colour alone (WCAG 1.4.1)
            portal.add(new Text(ShellTexts.t("about.portal.installed") + " "), link);
        } else {
            portal.setText(ShellTexts.t("about.portal.missing"));
        }
        return portal;
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("menu.about") + " – Planverk";
    }
}
