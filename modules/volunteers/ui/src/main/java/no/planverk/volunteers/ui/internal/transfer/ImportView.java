package no.planverk.volunteers.ui.internal.transfer;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.ui.api.ColumnHelp;
import no.planverk.ui.api.ImportPanel;
import no.planverk.volunteers.api.ImportKind;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;

/**
 * CSV import of volunteers or organisations at {@code volunteers/import} (coordinators), through the shell's
 * ImportPanel: the file is checked first and every row error listed (line, column, reason); Import is offered only for
 * a file without errors, and saves all of it or nothing. Another kind checks the file again.
 */
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String VOLUNTEER_COLUMNS = "name,email,phone,organisation,interests,skills,languages,availability,units,steps,"
            + "consent_date,consent_purposes,certificate_checked,certificate_expires,confidentiality_date,status,notes";
    static final String ORGANISATION_COLUMNS = "name,org_number,contact_name,contact_email,contact_phone,activities,agreement_type,"
            + "agreement_from,agreement_to,agreement_document";

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>(t("import.kind"));
    ImportPanel panel;
    Upload upload;
    Paragraph result;
    Grid<RowError> errors;
    Button importButton;
    Paragraph denied;

    public ImportView(Services s) {
        setWidthFull();
        add(VolNav.bar(VolNav.IMPORT), new H2(t("import.title")));
        if (!VolNav.coordinator()) {
            denied = Inputs.notice("planverk-volunteers-import-denied", t("import.denied"));
            add(denied);
            return;
        }
        kind.setId("planverk-volunteers-import-kind");
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> t("import.kind." + k.id()));
        kind.setValue(ImportKind.VOLUNTEERS);
        panel = new ImportPanel(s.transfer(), "planverk-volunteers-import").kind(() -> kind.getValue().id())
                .describer((summary, saved) -> describe(summary, saved, kind.getValue()))
                .savedText(summary -> t("import.done.short", summary.created()));
        kind.addValueChangeListener(e -> {
            showColumns();
            panel.checkAgain();
        });
        showColumns();
        panel.columns.setOpened(true);
        upload = panel.upload;
        result = panel.result;
        errors = panel.errors;
        importButton = panel.importButton;
        add(new Paragraph(t("import.help")), kind, panel);
    }

    private void showColumns() {
        String columns = kind.getValue() == ImportKind.ORGANISATIONS ? ORGANISATION_COLUMNS : VOLUNTEER_COLUMNS;
        panel.columns(t("import.columns.intro"), List.of(new ColumnHelp(columns, "", false), new ColumnHelp("", t("import.columns.rules"),
                false)));
    }

    private static String describe(ImportSummary s, boolean saved, ImportKind kind) {
        return t((saved ? "import.done." : "import.preview.") + kind.id(), s.rows(), s.created());
    }

    void runImport() {
        panel.importButton.click();
    }

    @Override
    public String getPageTitle() {
        return t("import.title") + " – Planverk";
    }
}
