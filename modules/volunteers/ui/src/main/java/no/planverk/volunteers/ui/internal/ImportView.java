package no.planverk.volunteers.ui.internal;

import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.ServerTexts;
import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Comparator;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.RowError;
import no.planverk.platform.tabular.Utf8;
import no.planverk.volunteers.api.ImportKind;
import no.planverk.volunteers.api.ImportSummary;
import no.planverk.volunteers.api.VolunteerTransferService;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;

/**
 * CSV import of volunteers or organisations at {@code volunteers/import} (coordinators): the file is checked first and
 * every row error listed (line, column, reason); Import is offered only for a file without errors, and saves all of it
 * or nothing.
 */
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final String VOLUNTEER_COLUMNS = "name,email,phone,organisation,interests,skills,languages,availability,units,steps,"
            + "consent_date,consent_purposes,certificate_checked,certificate_expires,confidentiality_date,status,notes";
    static final String ORGANISATION_COLUMNS = "name,org_number,contact_name,contact_email,contact_phone,activities,agreement_type,"
            + "agreement_from,agreement_to,agreement_document";
    private static final Comparator<RowError> BY_LINE = Comparator.comparingInt(RowError::line)
            .thenComparing(e -> e.column() == null ? "" : e.column());

    private final transient VolunteerTransferService transfer;
    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>(t("import.kind"));
    final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
    final Paragraph file = new Paragraph();
    final Paragraph result = new Paragraph();
    final Grid<RowError> errors = new Grid<>();
    final Button importButton = new Button(t("import.run"), VaadinIcon.UPLOAD_ALT.create());
    final Code columns = new Code();
    Paragraph denied;
    private byte[] content;
    private ImportSummary preview;

    public ImportView(Services s) {
        this.transfer = s.transfer();
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
        kind.addValueChangeListener(e -> {
            showColumns();
            checkAgain();
        });
        upload.setId("planverk-volunteers-import-upload");
        Pickers.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setUploadButton(new Button(t("import.choose"), VaadinIcon.FILE_ADD.create()));
        upload.setDropLabel(new Span(t("import.drop")));
        upload.addFileRejectedListener(e -> Notices.error(t("import.rejected", e.getFileName())));
        errors.setId("planverk-volunteers-import-errors");
        errors.addColumn(RowError::line).setHeader(t("import.error.line")).setKey("line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(t("import.error.column")).setKey("column").setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(e -> ServerTexts.of(e.message())).setHeader(t("import.error.reason")).setKey("reason").setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        file.setId("planverk-volunteers-import-file");
        result.setId("planverk-volunteers-import-result");
        result.getElement().setAttribute("aria-live", "polite");
        importButton.setId("planverk-volunteers-import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        VerticalLayout help = new VerticalLayout(new Paragraph(t("import.columns.intro")), columns, new Paragraph(t("import.columns.rules")));
        help.setPadding(false);
        help.getStyle().set("overflow-wrap", "anywhere");
        Details details = new Details(t("import.columns"), help);
        details.setOpened(true);
        showColumns();
        add(new Paragraph(t("import.help")), kind, details, upload, file, result, errors, importButton);
    }

    private void showColumns() {
        columns.setText(kind.getValue() == ImportKind.ORGANISATIONS ? ORGANISATION_COLUMNS : VOLUNTEER_COLUMNS);
    }

    /** A file arrived (UI thread): refuse text that is not UTF-8, then preview. */
    void received(String name, byte[] bytes) {
        upload.clearFileList();
        content = null;
        preview = null;
        importButton.setEnabled(false);
        errors.setVisible(false);
        result.setText("");
        if (!utf8(bytes)) {
            file.setText(t("import.notUtf8", name));
            return;
        }
        content = bytes;
        file.setText(t("import.file", name, Formats.number(bytes.length / 1024.0, 1)));
        checkAgain();
    }

    static boolean utf8(byte[] bytes) {
        return Utf8.valid(bytes);
    }

    void checkAgain() {
        preview = null;
        importButton.setEnabled(false);
        if (content == null) {
            return;
        }
        try {
            preview = transfer.preview(kind.getValue(), content, CurrentUser.require());
        } catch (PlanverkException e) {
            Errors.show(e);
            return;
        }
        show(preview, "import.preview");
        importButton.setEnabled(preview.ok() && preview.rows() > 0);
    }

    void runImport() {
        if (content == null || preview == null || !preview.ok()) {
            return;
        }
        try {
            ImportSummary done = transfer.importData(kind.getValue(), content, CurrentUser.require());
            show(done, done.committed() ? "import.done" : "import.preview");
            importButton.setEnabled(false);
            if (done.committed()) {
                Errors.success(t("import.done.short", done.created()));
                content = null;
                preview = null;
            }
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    private void show(ImportSummary s, String key) {
        if (s.ok()) {
            result.setText(s.rows() == 0 ? t("import.empty") : t(key + "." + kind.getValue().id(), s.rows(), s.created()));
        } else {
            String more = s.errors().size() >= ImportSummary.MAX_ERRORS ? " " + t("import.errors.more", ImportSummary.MAX_ERRORS) : "";
            result.setText(t("import.checked", s.rows()) + " " + t("import.errors", s.errors().size()) + more);
        }
        errors.setItems(s.errors().stream().sorted(BY_LINE).toList());
        errors.setVisible(!s.ok());
    }

    @Override
    public String getPageTitle() {
        return t("import.title") + " – Planverk";
    }
}
