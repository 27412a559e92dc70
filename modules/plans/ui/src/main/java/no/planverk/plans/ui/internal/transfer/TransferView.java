package no.planverk.plans.ui.internal.transfer;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Comparator;
import no.planverk.plans.api.ImportSummary;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.api.RowError;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.tabular.Tables;
import no.planverk.platform.tabular.Utf8;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.ServerTexts;

/**
 * Import with a preview: the file is checked against the database first and every row error listed;
 * Import is offered only for a file without errors, and saves all of it or nothing. Exports below.
 */
public class TransferView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = Tables.MAX_BYTES;
    static final String PLAN_COLUMNS = "code,type,title,unit,responsible,period_from,period_to,status,status_date,"
            + "decision_ref,decision_date,document_url,parent,successor,planned_adoption,description,serves";
    static final String GOAL_COLUMNS = "plan,code,level,parent,text,sdgs,serves,ownership";

    private static final Comparator<RowError> BY_LINE = Comparator.comparingInt(RowError::line)
            .thenComparing(e -> e.column() == null ? "" : e.column());
    private final transient PlanTransferService transfer;
    final RadioButtonGroup<Choice> kind = new RadioButtonGroup<>(t("import.kind"));
    final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
    final Paragraph file = new Paragraph();
    final Paragraph result = new Paragraph();
    final Grid<RowError> errors = new Grid<>();
    final Button importButton = new Button(t("import.run"), VaadinIcon.UPLOAD_ALT.create());
    final ExportLinks export;
    private String content;
    private ImportSummary preview;

    public TransferView(PlanTransferService transfer) {
        this.transfer = transfer;
        this.export = new ExportLinks(transfer);
        setWidthFull();
        kind.setItems(Choice.values());
        kind.setItemLabelGenerator(c -> t(c.key()));
        kind.setValue(Choice.PLANS_CSV);
        kind.addValueChangeListener(e -> {
            if (content != null) {
                preview();
            }
        });
        Pickers.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".json", ".txt", "text/csv", "application/json", "text/plain");
        upload.setUploadButton(new Button(t("import.choose"), VaadinIcon.FILE_ADD.create()));
        upload.setDropLabel(new Span(t("import.drop")));
        upload.addFileRejectedListener(e -> PlanErrors.error(t("import.rejected", e.getFileName())));
        upload.setId("planverk-import-upload");
        file.setId("planverk-import-file");
        result.setId("planverk-import-result");
        result.getElement().setAttribute("aria-live", "polite");
        errors.setId("planverk-import-errors");
        errors.addColumn(RowError::line).setHeader(t("import.error.line")).setKey("line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(t("import.error.column")).setKey("column")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> ServerTexts.of(e.message())).setHeader(t("import.error.reason")).setKey("reason").setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        add(PlanNav.bar(PlanNav.IMPORT), new H2(t("import.title")), new Paragraph(t("import.help")), kind, columns(), upload,
                file, result, errors, importButton, export);
    }

    private static Details columns() {
        VerticalLayout body = new VerticalLayout(new Paragraph(t("import.columns.plans")), new Code(PLAN_COLUMNS),
                new Paragraph(t("import.columns.plans.values")), new Paragraph(t("import.columns.goals")), new Code(GOAL_COLUMNS),
                new Paragraph(t("import.columns.goals.values")), new Paragraph(t("import.columns.common")));
        body.setPadding(false);
        body.getStyle().set("overflow-wrap", "anywhere");
        return new Details(t("import.columns"), body);
    }

    /** A file arrived (UI thread): decode it strictly as UTF-8, then preview it. */
    void received(String name, byte[] bytes) {
        upload.clearFileList(); // so the next file can be chosen without removing this one first
        content = null;
        preview = null;
        importButton.setEnabled(false);
        errors.setVisible(false);
        result.setText("");
        String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json") && kind.getValue() != Choice.JSON) {
            kind.setValue(Choice.JSON);
        }
        Utf8.Decoded text = Utf8.decode(bytes);
        if (!text.ok()) {
            file.setText(t("import.notUtf8", name));
            return;
        }
        content = text.text();
        file.setText(t("import.file", name, bytes.length));
        preview();
    }

    void preview() {
        Choice c = kind.getValue();
        try {
            preview = transfer.preview(c.kind, c.format, content, CurrentUser.require());
        } catch (PlanverkException e) {
            preview = null;
            importButton.setEnabled(false);
            PlanErrors.show(e);
            return;
        }
        show(preview, "import.preview");
        importButton.setEnabled(preview.ok() && preview.rows() > 0);
    }

    void runImport() {
        if (content == null || preview == null || !preview.ok()) {
            return;
        }
        Choice c = kind.getValue();
        try {
            ImportSummary done = transfer.importData(c.kind, c.format, content, CurrentUser.require());
            show(done, done.committed() ? "import.done" : "import.preview");
            importButton.setEnabled(false);
            if (done.committed()) {
                PlanErrors.success(t("import.done.short", done.rows()));
                content = null;
            }
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    private void show(ImportSummary s, String key) {
        String counts = t(key, s.rows(), s.plansCreated(), s.plansUpdated(), s.goalsCreated(), s.goalsUpdated());
        result.setText(s.ok() ? counts : counts + " " + t("import.errors", s.errors().size()));
        errors.setItems(s.errors().stream().sorted(BY_LINE).toList());
        errors.setVisible(!s.ok());
    }

    @Override
    public String getPageTitle() {
        return t("import.title") + " – Planverk";
    }
}
