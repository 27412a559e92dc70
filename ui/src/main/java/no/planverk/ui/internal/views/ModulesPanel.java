package no.planverk.ui.internal.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.Notices;
import no.planverk.ui.internal.ShellTexts;

/**
 * For admins: every module feature, installed or not, with install and uninstall. Karaf's work runs in the
 * background while the page polls, so the page stays usable and shows progress.
 */
class ModulesPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int POLL_MS = 500;
    final Grid<ModuleFeature> grid = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Paragraph working = new Paragraph();
    private final transient ModuleAdmin admin;
    private final transient UserContext user;
    /** The open "uninstall?" question, or null. */
    ConfirmDialog confirm;
    private volatile boolean busy;

    ModulesPanel(ModuleAdmin admin, UserContext user) {
        this.admin = admin;
        this.user = user;
        setPadding(false);
        grid.addColumn(ModuleFeature::name).setHeader(ShellTexts.t("about.feature")).setAutoWidth(true);
        grid.addColumn(f -> ShellTexts.t(f.installed() ? "about.installed" : "about.available")).setHeader(ShellTexts.t("about.state"))
                .setAutoWidth(true);
        grid.addColumn(ModuleTexts::description).setHeader(ShellTexts.t("about.description")).setFlexGrow(1);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("planverk-module-features");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        working.setVisible(false);
        working.setId("planverk-module-working");
        add(new H3(ShellTexts.t("about.features")), new Paragraph(ShellTexts.t("about.features.intro")), grid, working, progress);
        refresh();
    }

    private Button action(ModuleFeature f) {
        Button b = new Button(ShellTexts.t(f.installed() ? "about.uninstall" : "about.install"),
                e -> {
                    if (f.installed()) {
                        confirmUninstall(f);
                    } else {
                        change(f);
                    }
                });
        b.setId("planverk-module-" + (f.installed() ? "uninstall-" : "install-") + f.name());
        b.setEnabled(!busy);
        return b;
    }

    /** Uninstalling takes pages and API away from everyone at once: ask first, saying what goes and that the data stays. */
    void confirmUninstall(ModuleFeature f) {
        confirm = new ConfirmDialog(ShellTexts.t("about.uninstall.title", f.name()), ShellTexts.t("about.uninstall.text", f.name()),
                ShellTexts.t("about.uninstall"), e -> change(f));
        confirm.setCancelable(true);
        confirm.setCancelText(ShellTexts.t("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("planverk-module-confirm");
        confirm.open();
    }

    void change(ModuleFeature f) {
        UI ui = UI.getCurrent();
        busy = true;
        working.setText(ShellTexts.t(f.installed() ? "about.uninstalling" : "about.installing", f.name()));
        working.setVisible(true);
        progress.setVisible(true);
        grid.getDataProvider().refreshAll();
        ui.setPollInterval(POLL_MS);
        CompletableFuture.runAsync(() -> {
            if (f.installed()) {
                admin.uninstall(f.name(), user);
            } else {
                admin.install(f.name(), user);
            }
        }).whenComplete((ok, failure) -> ui.access(() -> done(ui, f, failure)));
    }

    private void done(UI ui, ModuleFeature f, Throwable failure) {
        busy = false;
        ui.setPollInterval(-1);
        working.setVisible(false);
        progress.setVisible(false);
        Throwable cause = failure != null && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof PlanverkException pe) {
            Notices.show(pe, ShellTexts.TEXTS);
        } else if (cause != null) {
            Notices.error(ShellTexts.t("about.failed", f.name(), String.valueOf(cause.getMessage())));
        } else {
            Notices.success(ShellTexts.t(f.installed() ? "about.uninstalled" : "about.installed.now", f.name()));
        }
        refresh();
    }

    void refresh() {
        grid.setItems(admin.features());
    }
}
