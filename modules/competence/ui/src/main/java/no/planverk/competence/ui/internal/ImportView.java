package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.ImportResult;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.RowError;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.ServerTexts;

/**
 * Import of an HR export (CSV or XLSX) at {@code competence/import}: the whole file is checked first and every row error
 * listed with line, column and reason; Import is offered only for a file without errors, and replaces the register of
 * each unit and year in the file, all or nothing.
 */
public class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final String COLUMNS = "unit,year,category,percent,count,age,temporary,further_education,employee_no,name,birth_year";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Comparator<RowError> BY_LINE = Comparator.comparingInt(RowError::line)
            .thenComparing(e -> e.column() == null ? "" : e.column());

    private final transient WorkforceService workforce;
    final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
    final Paragraph file = new Paragraph();
    final Paragraph result = new Paragraph();
    final UnorderedList replaces = new UnorderedList();
    final Grid<RowError> errors = new Grid<>();
    final Button importButton = new Button(t("import.run"), VaadinIcon.UPLOAD_ALT.create());
    private byte[] content;
    private FileFormat format;
    private transient ImportResult preview;

    public ImportView(WorkforceService workforce) {
        this.workforce = workforce;
        setWidthFull();
        Pickers.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", "text/csv", "text/plain", XLSX_TYPE);
        upload.setUploadButton(new Button(t("import.choose"), VaadinIcon.FILE_ADD.create()));
        upload.setDropLabel(new Span(t("import.drop")));
        upload.addFileRejectedListener(e -> Notices.error(t("import.rejected", e.getFileName())));
        upload.setId("planverk-competence-import-upload");
        file.setId("planverk-competence-import-file");
        result.setId("planverk-competence-import-result");
        result.getElement().setAttribute("aria-live", "polite");
        replaces.setId("planverk-competence-import-replaces");
        replaces.setVisible(false);
        errors.setId("planverk-competence-import-errors");
        errors.addColumn(RowError::line).setHeader(t("import.error.line")).setKey("line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(t("import.error.column")).setKey("column")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> ServerTexts.of(e.message())).setHeader(t("import.error.reason")).setKey("reason").setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        importButton.setId("planverk-competence-import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        add(CompetenceNav.bar(CompetenceNav.IMPORT), new H2(t("import.title")), new Paragraph(t("import.help")), columns(), upload, file,
                result, replaces, errors, importButton);
    }

    /** The columns, as the module README gives them, in words for the people who make the export. */
    private static Details columns() {
        UnorderedList values = new UnorderedList();
        for (String key : new String[] {"required", "unit", "percent", "age", "temporary", "categories", "personal", "replace"}) {
            values.add(new ListItem(t("import.columns." + key)));
        }
        VerticalLayout body = new VerticalLayout(new Paragraph(t("import.columns.intro")), new Code(COLUMNS), values);
        body.setPadding(false);
        body.getStyle().set("overflow-wrap", "anywhere");
        Details d = new Details(t("import.columns"), body);
        d.setId("planverk-competence-import-columns");
        return d;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CompetenceNav.mayImport(CurrentUser.require())) {
            Notices.error(t("import.denied"));
            event.forwardTo(CompetenceNav.SECTOR);
        }
    }

    static Optional<FileFormat> fromName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return Optional.of(FileFormat.CSV);
        }
        return lower.endsWith(".xlsx") ? Optional.of(FileFormat.XLSX) : Optional.empty();
    }

    /** A file arrived (UI thread): the format from its name; text must be UTF-8; then the preview. */
    void received(String name, byte[] bytes) {
        upload.clearFileList(); // so the next file can be chosen without removing this one first
        content = null;
        preview = null;
        importButton.setEnabled(false);
        errors.setVisible(false);
        replaces.removeAll();
        replaces.setVisible(false);
        result.setText("");
        Optional<FileFormat> f = fromName(name);
        if (f.isEmpty()) {
            file.setText(t("import.unknownType", name));
            return;
        }
        format = f.get();
        if (format == FileFormat.CSV && !utf8(bytes)) {
            file.setText(t("import.notUtf8", name));
            return;
        }
        content = bytes;
        file.setText(t("import.file", name, format.id().toUpperCase(Locale.ROOT), Formats.number(bytes.length / 1024.0, 1)));
        try {
            preview = workforce.preview(format, content, CurrentUser.require());
        } catch (PlanverkException e) {
            Errors.show(e);
            return;
        }
        show(preview, false);
        importButton.setEnabled(preview.ok() && preview.rows() > 0);
    }

    static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    void runImport() {
        if (content == null || preview == null || !preview.ok()) {
            return;
        }
        try {
            ImportResult done = workforce.importData(format, content, CurrentUser.require());
            show(done, done.committed());
            importButton.setEnabled(false);
            if (done.committed()) {
                Notices.success(t("import.done.short", done.positions(), Labels.fte(done.fte())));
                content = null;
                preview = null;
            }
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    private void show(ImportResult r, boolean saved) {
        replaces.removeAll();
        replaces.setVisible(false);
        if (r.ok()) {
            result.setText(r.rows() == 0 ? t("import.empty")
                    : t(saved ? "import.done" : "import.preview", r.rows(), r.positions(), Labels.fte(r.fte()), r.replaces().size()));
            r.replaces().forEach(s -> replaces.add(new ListItem(s)));
            replaces.setVisible(!r.replaces().isEmpty());
        } else {
            String more = r.errors().size() >= ImportResult.MAX_ERRORS ? " " + t("import.errors.more", ImportResult.MAX_ERRORS) : "";
            result.setText(t("import.checked", r.rows()) + " " + t("import.errors", r.errors().size()) + more);
        }
        errors.setItems(r.errors().stream().sorted(BY_LINE).toList());
        errors.setVisible(!r.ok());
    }

    @Override
    public String getPageTitle() {
        return t("import.title") + " – Planverk";
    }
}
