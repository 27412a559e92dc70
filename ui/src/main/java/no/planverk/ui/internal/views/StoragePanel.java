package no.planverk.ui.internal.views;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.planverk.platform.api.StorageGuard;
import no.planverk.platform.api.StorageStatus;
import no.planverk.ui.api.Formats;
import no.planverk.ui.internal.ShellTexts;

/** The disk under the database (a warning for everyone when changes are refused) and, for admins, free space and the newest backup. */
class StoragePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    final Paragraph warning = new Paragraph(ShellTexts.t("about.storage.full"));

    StoragePanel(StorageGuard guard, boolean admin) {
        setPadding(false);
        StorageStatus s = guard.status();
        warning.setId("planverk-storage-full");
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        warning.setVisible(!s.writable());
        add(warning);
        if (!admin) {
            return;
        }
        Paragraph free = new Paragraph(s.guarded()
                ? ShellTexts.t("about.storage.free", Formats.integer(s.freeBytes() >> 20), Formats.integer(s.minFreeBytes() >> 20))
                : ShellTexts.t("about.storage.unguarded"));
        free.setId("planverk-storage-free");
        Paragraph backup = new Paragraph(s.newestBackup() == null ? ShellTexts.t("about.storage.nobackup")
                : ShellTexts.t("about.storage.backup", s.newestBackup()));
        backup.setId("planverk-storage-backup");
        addComponentAtIndex(0, new H3(ShellTexts.t("about.storage")));
        add(free, backup);
    }
}
