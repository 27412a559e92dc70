package no.planverk.measures.ui.internal.transfer;

import static no.planverk.measures.ui.internal.transfer.TransferTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Comparator;
import no.planverk.measures.api.ImportSummary;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.api.TransferFormat;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.tabular.Tables;
import no.planverk.platform.tabular.Utf8;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.ServerTexts;

/**
 * Import with a preview: the file is checked against the database first and every row error listed; Import is
 * offered only for a file without errors, and saves all of it or nothing. Exports of every measure below.
 */
public class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = Tables.MAX_BYTES;
    static final String COLUMNS = "plan,number,title,description,goals,goal_text,kind,carrier,responsibility,units,contact,"
            + "from_year,to_year,ownership";
    private static final Comparator<RowError> BY_LINE = Comparator.comparingInt(RowError::line)
            .thenComparing(e -> e.column() == null ? "" : e.column());

    private final transient MeasureTransferService transfer;
    final RadioButtonGroup<TransferFormat> format = new RadioButtonGroup<>(t("import.format"));
    final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
    final Paragraph file = new Paragraph();
    final Paragraph result = new Paragraph();
    final Grid<RowError> errors = new Grid<>();
    final Button importButton = new Button(t("import.run"), VaadinIcon.UPLOAD_ALT.create());
    final ExportLinks export;
    private byte[] content;
    private ImportSummary preview;

    public ImportView(MeasureTransferService transfer) {
        this.transfer = transfer;
        this.export = new ExportLinks(transfer);
        setWidthFull();
        format.setItems(TransferFormat.values());
        format.setItemLabelGenerator(f -> t("import.format." + f.id()));
        format.setValue(TransferFormat.CSV);
        format.addValueChangeListener(e -> checkAgain());
        configureUpload();
        configureErrors();
        file.setId("planverk-measures-import-file");
        result.setId("planverk-measures-import-result");
        result.getElement().setAttribute("aria-live", "polite");
        importButton.setId("planverk-measures-import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        add(MeasureNav.bar(MeasureNav.IMPORT), new H2(t("import.title")), new Paragraph(t("import.help")), format, columns(), upload,
                file, result, errors, importButton, export);
    }

    private void configureUpload() {
        Pickers.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".json", ".xlsx", "text/csv", "text/plain", "application/json",
                FileKind.contentType(TransferFormat.XLSX));
        upload.setUploadButton(new Button(t("import.choose"), VaadinIcon.FILE_ADD.create()));
        upload.setDropLabel(new Span(t("import.drop")));
        upload.addFileRejectedListener(e -> Notices.error(t("import.rejected", e.getFileName())));
        upload.setId("planverk-measures-import-upload");
    }

    private void configureErrors() {
        errors.setId("planverk-measures-import-errors");
        errors.addColumn(RowError::line).setHeader(t("import.error.line")).setKey("line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(t("import.error.column")).setKey("column")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> ServerTexts.of(e.message())).setHeader(t("import.error.reason")).setKey("reason").setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
    }

    /** The columns, as the README gives them, in words for the people who fill in the sheet. */
    private static Details columns() {
        UnorderedList values = new UnorderedList();
        for (String key : new String[] {"plan", "goals", "kind", "responsibility", "units", "years", "ownership", "match"}) {
            values.add(new ListItem(t("import.columns." + key)));
        }
        VerticalLayout body = new VerticalLayout(new Paragraph(t("import.columns.intro")), new Code(COLUMNS),
                new Paragraph(t("import.columns.perYear")), new Code("cost_2025,funding_2025,cost_2026,funding_2026"), values,
                new Paragraph(t("import.columns.json")), new Paragraph(t("import.columns.common")));
        body.setPadding(false);
        body.getStyle().set("overflow-wrap", "anywhere");
        Details d = new Details(t("import.columns"), body);
        d.setId("planverk-measures-import-columns");
        return d;
    }

    static boolean mayImport(UserContext user) {
        return user.has(Role.PLANNER) || user.has(Role.UNIT_LEADER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mayImport(CurrentUser.require())) {
            Notices.error(t("import.denied"));
            event.forwardTo(MeasureNav.GRID);
        }
    }

    /** A file arrived (UI thread): pick the format from its name, refuse text that is not UTF-8, then preview. */
    void received(String name, byte[] bytes) {
        upload.clearFileList(); // so the next file can be chosen without removing this one first
        content = null;
        preview = null;
        importButton.setEnabled(false);
        errors.setVisible(false);
        result.setText("");
        if (FileKind.unsupportedSpreadsheet(name)) {
            file.setText(t("import.oldExcel", name));
            return;
        }
        FileKind.fromName(name).ifPresent(format::setValue); // no check yet: content is still null
        if (format.getValue() != TransferFormat.XLSX && !utf8(bytes)) {
            file.setText(t("import.notUtf8", name));
            return;
        }
        content = bytes;
        file.setText(t("import.file", name, t("import.format." + format.getValue().id()), kilobytes(bytes.length)));
        checkAgain();
    }

    static boolean utf8(byte[] bytes) {
        return Utf8.valid(bytes);
    }

    private static String kilobytes(int bytes) {
        return no.planverk.ui.api.Formats.number(bytes / 1024.0, bytes < 10 * 1024 ? 1 : 0);
    }

    /** Runs the checks on the file kept (after an upload or a change of format). */
    void checkAgain() {
        preview = null;
        importButton.setEnabled(false);
        if (content == null) {
            return;
        }
        if (format.getValue() != TransferFormat.XLSX && !utf8(content)) {
            result.setText(t("import.notUtf8.short"));
            errors.setVisible(false);
            return;
        }
        try {
            preview = transfer.preview(format.getValue(), content, CurrentUser.require());
        } catch (PlanverkException e) {
            Notices.show(e, TransferTexts.TEXTS);
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
            ImportSummary done = transfer.importData(format.getValue(), content, CurrentUser.require());
            show(done, done.committed() ? "import.done" : "import.preview");
            importButton.setEnabled(false);
            if (done.committed()) {
                Notices.success(t("import.done.short", done.created(), done.updated()));
                content = null;
                preview = null;
            }
        } catch (PlanverkException e) {
            Notices.show(e, TransferTexts.TEXTS);
        }
    }

    private void show(ImportSummary s, String key) {
        if (s.ok()) {
            result.setText(s.rows() == 0 ? t("import.empty") : t(key, s.rows(), s.created(), s.updated()));
        } else {
            String more = s.errors().size() >= ImportSummary.MAX_ERRORS ? " " + t("import.errors.more", ImportSummary.MAX_ERRORS) : "";
            // with errors the service counts no new or changed measures, so only the rows are told
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
