package no.planverk.ui.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.platform.tabular.Tables;
import no.planverk.platform.tabular.Utf8;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The upload → preview → import of every module: a file is chosen, its format read from its name, text checked for
 * UTF-8, then the module's {@link ModuleTransfer} previews it; every row error is listed with line, column and reason,
 * and Import is offered only for a file without errors (saved all or nothing). The module gives its columns and, if
 * it likes, its own words for what a preview found, fields its transfer reads (e.g. a name), what it shows of a checked
 * file (e.g. its content) and its own words for a file its transfer could not read (e.g. a choice is missing).
 */
public class ImportPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final Texts TEXTS = Pickers.TEXTS;
    private static final Comparator<RowError> BY_LINE = Comparator.comparingInt(RowError::line)
            .thenComparing(e -> e.column() == null ? "" : e.column());

    /** Says what a preview found ({@code saved} false) or an import saved, for a file without errors. */
    @FunctionalInterface
    @ConsumerType
    public interface Describer {
        String describe(ImportSummary summary, boolean saved);
    }

    /** What the module shows of a checked file below the result, e.g. its content as a table. */
    @FunctionalInterface
    @ConsumerType
    public interface AfterPreview {
        /** The file {@code name} was checked as {@code file}: its summary, errors or not; null shows nothing. */
        Component show(String name, ImportFile file, ImportSummary summary);
    }

    private final transient ModuleTransfer transfer;
    private transient Supplier<String> kind;
    private transient Describer describer = ImportPanel::generic;
    private transient Function<ImportSummary, String> saved =
            s -> TEXTS.get("import.saved", s.created(), s.updated());
    private final List<Consumer<ImportSummary>> imported = new ArrayList<>();
    private transient AfterPreview afterPreview = (name, f, s) -> null;
    private transient Function<PlanverkException, String> refusal = e -> null;
    private transient BooleanSupplier ready = () -> true;
    public final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
    public final Details columns = new Details();
    public final Paragraph file = new Paragraph();
    public final Paragraph result = new Paragraph();
    public final UnorderedList notes = new UnorderedList();
    public final Grid<RowError> errors = new Grid<>();
    /** What the module shows of the checked file ({@link #afterPreview}). */
    public final Div shown = new Div();
    public final Button importButton = new Button(TEXTS.get("import.run"), VaadinIcon.UPLOAD_ALT.create());
    private byte[] content;
    private FileFormat format;
    private String keptName;
    private byte[] kept;
    private transient ImportSummary preview;

    /** An import through {@code transfer}; {@code id} prefixes the ids of its parts (e.g. {@code planverk-competence-import}). */
    public ImportPanel(ModuleTransfer transfer, String id) {
        this.transfer = transfer;
        String first = transfer.kinds().isEmpty() ? null : transfer.kinds().get(0);
        this.kind = () -> first;
        setPadding(false);
        setWidthFull();
        Pickers.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Tables.MAX_BYTES);
        upload.setUploadButton(new Button(TEXTS.get("import.choose"), VaadinIcon.FILE_ADD.create()));
        upload.addFileRejectedListener(e -> Notices.error(TEXTS.get("import.rejected", e.getFileName(), formats(), Tables.MAX_BYTES >> 20)));
        acceptFormats();
        upload.setId(id + "-upload");
        columns.setId(id + "-columns");
        columns.setSummaryText(TEXTS.get("import.columns"));
        columns.setVisible(false);
        file.setId(id + "-file");
        result.setId(id + "-result");
        result.getElement().setAttribute("aria-live", "polite");
        notes.setId(id + "-notes");
        notes.setVisible(false);
        errors.setId(id + "-errors");
        errors.addColumn(RowError::line).setHeader(TEXTS.get("import.error.line")).setKey("line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(TEXTS.get("import.error.column")).setKey("column")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> ServerTexts.of(e.message())).setHeader(TEXTS.get("import.error.reason")).setKey("reason").setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        shown.setId(id + "-shown");
        shown.setWidthFull();
        importButton.setId(id + "-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        add(columns, upload, file, result, notes, errors, shown, importButton);
    }

    /** The kind of file the next upload holds, read when it arrives (e.g. from a select beside the panel). */
    public ImportPanel kind(Supplier<String> kind) {
        this.kind = kind;
        acceptFormats();
        return this;
    }

    /** The module's words for a file without errors. */
    public ImportPanel describer(Describer describer) {
        this.describer = describer;
        return this;
    }

    /** The columns, explained: shown folded above the upload, required ones first marked. */
    public ImportPanel columns(String intro, List<ColumnHelp> help) {
        columns.removeAll();
        columns.add(ColumnList.of(intro, help, TEXTS.get("import.column.required")));
        columns.setVisible(true);
        return this;
    }

    /** Fields the module's transfer reads (a name, a choice ...), shown above the upload. */
    public ImportPanel fields(Component... fields) {
        int at = indexOf(upload);
        for (Component f : fields) {
            addComponentAtIndex(at++, f);
        }
        return this;
    }

    /** What to show of every checked file below its result. */
    public ImportPanel afterPreview(AfterPreview afterPreview) {
        this.afterPreview = afterPreview;
        return this;
    }

    /**
     * The module's words for a file its transfer refused to check (not row errors), e.g. a choice it needs: shown in the
     * result instead of the error notification (null leaves the notification).
     */
    public ImportPanel refusal(Function<PlanverkException, String> refusal) {
        this.refusal = refusal;
        return this;
    }

    /** Asked before an import; false imports nothing (the module's fields say why, e.g. a name too long). */
    public ImportPanel beforeImport(BooleanSupplier ready) {
        this.ready = ready;
        return this;
    }

    /** The module's words for the notification after a saved import. */
    public ImportPanel savedText(Function<ImportSummary, String> text) {
        this.saved = text;
        return this;
    }

    /** Called with the summary of every import that was saved. */
    public ImportPanel onImported(Consumer<ImportSummary> listener) {
        imported.add(listener);
        return this;
    }

    /**
     * The kind (or another choice the module reads while checking) changed: the accepted formats follow it, and the
     * file last received, unless it was imported, is checked again.
     */
    public void checkAgain() {
        acceptFormats();
        if (kept != null) {
            received(keptName, kept);
        }
    }

    /** The summary of the last preview, if a file was checked. */
    public Optional<ImportSummary> preview() {
        return Optional.ofNullable(preview);
    }

    private Set<FileFormat> accepted() {
        return transfer.importFormats(kind.get());
    }

    private String formats() {
        return accepted().stream().map(f -> f.id().toUpperCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
    }

    private void acceptFormats() {
        List<String> types = new ArrayList<>();
        for (FileFormat f : accepted()) {
            types.add("." + f.id());
            if (f == FileFormat.CSV) {
                types.add(".txt");
            }
        }
        upload.setAcceptedFileTypes(types.toArray(String[]::new));
        upload.setDropLabel(new Span(TEXTS.get("import.drop", formats(), Tables.MAX_BYTES >> 20)));
    }

    /** A file arrived (UI thread): its format from its name; text must be UTF-8; then the preview. */
    public void received(String name, byte[] bytes) {
        upload.clearFileList(); // so the next file can be chosen without removing this one first
        clear();
        keptName = name;
        kept = bytes;
        Optional<FileFormat> f = FileFormat.ofFileName(name).filter(accepted()::contains);
        if (f.isEmpty()) {
            file.setText(TEXTS.get("import.unknownType", name, formats()));
            return;
        }
        format = f.get();
        if (format != FileFormat.XLSX && !Utf8.valid(bytes)) {
            file.setText(TEXTS.get("import.notUtf8", name));
            return;
        }
        content = bytes;
        file.setText(TEXTS.get("import.file", name, format.id().toUpperCase(Locale.ROOT), Formats.number(bytes.length / 1024.0, 1)));
        try {
            preview = transfer.preview(new ImportFile(format, kind.get(), content), CurrentUser.require());
        } catch (PlanverkException e) {
            String explained = refusal.apply(e);
            if (explained == null) {
                Notices.error(ServerTexts.of(e));
            } else {
                result.setText(explained);
            }
            return;
        }
        show(preview, false);
        Component more = afterPreview.show(name, new ImportFile(format, kind.get(), content), preview);
        if (more != null) {
            shown.add(more);
        }
        importButton.setEnabled(preview.ok() && preview.rows() > 0);
    }

    private void clear() {
        content = null;
        preview = null;
        importButton.setEnabled(false);
        errors.setVisible(false);
        notes.removeAll();
        notes.setVisible(false);
        shown.removeAll();
        result.setText("");
    }

    void runImport() {
        if (content == null || preview == null || !preview.ok() || !ready.getAsBoolean()) {
            return;
        }
        try {
            ImportSummary done = transfer.commit(new ImportFile(format, kind.get(), content), CurrentUser.require());
            show(done, done.committed());
            importButton.setEnabled(false);
            if (done.committed()) {
                Notices.success(saved.apply(done));
                shown.removeAll();
                content = null;
                kept = null;
                preview = null;
                imported.forEach(l -> l.accept(done));
            }
        } catch (PlanverkException e) {
            Notices.error(ServerTexts.of(e));
        }
    }

    private void show(ImportSummary s, boolean saved) {
        notes.removeAll();
        if (s.ok()) {
            result.setText(s.rows() == 0 ? TEXTS.get("import.empty") : describer.describe(s, saved));
            s.notes().forEach(n -> notes.add(new ListItem(ServerTexts.of(n))));
        } else {
            String more = s.errors().size() > ImportSummary.MAX_ERRORS ? " " + TEXTS.get("import.errors.more", ImportSummary.MAX_ERRORS) : "";
            String checked = s.rows() == 0 ? "" : TEXTS.get("import.checked", s.rows()) + " "; // a file refused whole counts no rows
            result.setText(checked + TEXTS.get("import.errors", s.errors().size()) + more);
        }
        notes.setVisible(s.ok() && !s.notes().isEmpty());
        errors.setItems(s.errors().stream().sorted(BY_LINE).toList());
        errors.setVisible(!s.ok());
    }

    private static String generic(ImportSummary s, boolean saved) {
        return TEXTS.get(saved ? "import.done" : "import.preview", s.rows(), s.created(), s.updated());
    }
}
