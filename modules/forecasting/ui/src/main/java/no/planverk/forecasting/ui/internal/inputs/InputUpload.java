package no.planverk.forecasting.ui.internal.inputs;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Map;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputTarget;
import no.planverk.forecasting.api.InputTransfer;
import no.planverk.forecasting.api.PopulationFile;
import no.planverk.forecasting.ui.internal.ForecastTexts;
import no.planverk.forecasting.ui.internal.Labels;
import no.planverk.forecasting.ui.internal.NameDialog;
import no.planverk.forecasting.ui.internal.result.Table;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.ui.api.ImportPanel;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.TextLimit;

/**
 * Upload of a file as a new input or to replace one, through the shell's {@link ImportPanel} and the module's
 * {@link InputTransfer}: kind, input to replace, name and description above the file; the file is checked, its content
 * shown (and for SSB's files their source), every row error listed, and "Save" offered only for a file without errors.
 * A population may also be SSB's JSON-stat or PxWeb CSV file; a region or alternative it has several of is chosen in a
 * field that appears when the file needs it.
 */
final class InputUpload extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient ForecastCsv csv;
    private final transient ForecastService forecasts;
    private final transient Runnable onSaved;
    final Select<InputKind> kind = new Select<>();
    final ComboBox<InputInfo> replace = new ComboBox<>(t("upload.replace"));
    final TextField name = new TextField(t("upload.name"));
    final TextArea description = new TextArea(t("upload.description"));
    final SsbChoiceFields choices;
    final Paragraph source = new Paragraph();
    final ImportPanel panel;
    final Upload upload;
    final Paragraph result;
    final Grid<RowError> errors;
    final Button save;
    Table previewTable;

    InputUpload(ForecastService forecasts, ForecastCsv csv, InputTransfer transfer, Runnable onSaved) {
        this.forecasts = forecasts;
        this.csv = csv;
        this.onSaved = onSaved;
        setPadding(false);
        setId("planverk-forecasting-upload-section");
        FormLayout form = fields();
        panel = new ImportPanel(transfer.with(this::target), "planverk-forecasting-upload");
        choices = new SsbChoiceFields(panel::checkAgain);
        panel.kind(() -> kind.getValue().id()).fields(form, choices).afterPreview(this::shown).refusal(this::refused)
                .beforeImport(() -> TextLimit.check(name, NameDialog.MAX_NAME) & TextLimit.check(description, NameDialog.MAX_DESCRIPTION))
                .describer((s, saved) -> saved ? savedText(s) : t("upload.ok", s.rows(), Labels.kind(kind.getValue())))
                .savedText(this::savedText).onImported(s -> saved()).columns(t("columns.intro"), InputColumns.of(kind.getValue()));
        kind.addValueChangeListener(e -> {
            panel.columns(t("columns.intro"), InputColumns.of(kind.getValue()));
            loadReplaceable();
            choices.reset();
            panel.checkAgain();
        });
        upload = panel.upload;
        result = panel.result;
        errors = panel.errors;
        save = panel.importButton;
        save.setText(t("upload.save"));
        save.setIcon(VaadinIcon.DISC.create());
        add(new H3(t("upload.title")), new Paragraph(t("upload.help")), panel);
        loadReplaceable();
    }

    /** Kind, the input to replace, name and description: what the transfer's target is made of. */
    private FormLayout fields() {
        kind.setLabel(t("upload.kind"));
        kind.setItems(InputKind.values());
        kind.setItemLabelGenerator(Labels::kind);
        kind.setValue(InputKind.POPULATION);
        kind.setId("planverk-forecasting-upload-kind");
        replace.setId("planverk-forecasting-upload-replace");
        replace.setItemLabelGenerator(InputInfo::name);
        replace.setClearButtonVisible(true);
        replace.setPlaceholder(t("upload.replace.none"));
        replace.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                name.setValue(e.getValue().name());
                description.setValue(e.getValue().description() == null ? "" : e.getValue().description());
            }
        });
        name.setId("planverk-forecasting-upload-name");
        TextLimit.apply(name, NameDialog.MAX_NAME);
        TextLimit.apply(description, NameDialog.MAX_DESCRIPTION);
        source.setId("planverk-forecasting-upload-source");
        FormLayout form = new FormLayout(kind, replace, name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return form;
    }

    void loadReplaceable() {
        replace.clear();
        replace.setItems(forecasts.inputs(kind.getValue()));
    }

    /** Where the file goes: a new input, or over the one chosen to replace, with the SSB choices made. */
    private InputTarget target() {
        InputInfo old = replace.getValue();
        Map<String, String> chosen = kind.getValue() == InputKind.POPULATION ? choices.values() : Map.of();
        return old == null ? InputTarget.named(name.getValue(), description.getValue(), chosen)
                : InputTarget.replacing(old.id(), old.version(), name.getValue(), description.getValue(), chosen);
    }

    /** A checked file: its name becomes the input's unless one is given; without errors its content and source show. */
    private Component shown(String fileName, ImportFile file, ImportSummary summary) {
        if (name.getValue().isBlank()) {
            name.setValue(fileName.replaceFirst("(?i)\\.(csv|txt|json)$", ""));
        }
        previewTable = null;
        source.setText("");
        choices.forgetBlank(null);
        InputKind k = InputKind.parse(file.kind()).orElse(null);
        if (!summary.ok() || k == null) {
            return null;
        }
        try {
            Object parsed;
            if (k == InputKind.POPULATION) {
                PopulationFile read = csv.population(file.content(), choices.values());
                parsed = read.population();
                source.setText(read.source() == null ? "" : t("upload.source", Labels.source(read.source())));
            } else {
                parsed = csv.parse(k, file.content());
            }
            previewTable = InputContent.of(k, parsed);
        } catch (PlanverkException e) {
            return null; // the transfer read it just now with the same choices; nothing to show if it no longer does
        }
        return new Div(source, previewTable.grid("planverk-forecasting-upload-preview", 12));
    }

    /** A file the transfer could not read (not row errors): a choice to make, or why, on the page until the next file. */
    private String refused(PlanverkException e) {
        String choose = choices.ask(e);
        return choose != null ? choose : Notices.message(e, ForecastTexts.TEXTS);
    }

    private String savedText(ImportSummary s) {
        return t(s.updated() > 0 ? "upload.replaced" : "upload.saved", name.getValue());
    }

    private void saved() {
        name.clear();
        description.clear();
        choices.reset();
        previewTable = null;
        loadReplaceable();
        onSaved.run();
    }
}
