package no.planverk.ui.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.nio.file.Path;
import no.planverk.platform.api.DataExport;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.Notices;
import no.planverk.ui.internal.ShellTexts;

/**
 * For admins: an online backup of the database into {@code data/backup}, and all data as one JSON file to download.
 * Both are audited by the services.
 */
class DataPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    final Button backup = new Button(ShellTexts.t("about.backup"), VaadinIcon.DATABASE.create());
    final Anchor export = new Anchor();
    final Paragraph result = new Paragraph();

    DataPanel(DatabaseBackup backups, DataExport data, UserContext user) {
        setPadding(false);
        backup.setId("planverk-backup");
        backup.addClickListener(e -> backup(backups, user));
        export.setId("planverk-export-all");
        export.setText(ShellTexts.t("about.export"));
        export.setHref(event -> {
            byte[] json = data.exportAll(user);
            event.setFileName(DataExport.fileName());
            event.setContentType("application/json");
            event.setContentLength(json.length);
            event.getOutputStream().write(json);
        }, AttachmentType.DOWNLOAD);
        result.setId("planverk-backup-result");
        result.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(backup, export);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H3(ShellTexts.t("about.data")), new Paragraph(ShellTexts.t("about.data.intro", String.join(", ", data.modules()))),
                actions, result);
    }

    void backup(DatabaseBackup backups, UserContext user) {
        try {
            Path folder = backups.backup(DatabaseBackup.defaultDirectory(), user);
            result.setText(ShellTexts.t("about.backup.done", folder.toAbsolutePath().toString()));
            result.setVisible(true);
            Notices.success(ShellTexts.t("about.backup.saved"));
        } catch (PlanverkException e) {
            Notices.show(e, ShellTexts.TEXTS);
        }
    }
}
