package no.planverk.forecasting.ui.internal.inputs;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.forecasting.api.PopulationFile;
import no.planverk.forecasting.ui.internal.ForecastTexts;
import no.planverk.forecasting.ui.internal.Labels;
import no.planverk.forecasting.ui.internal.NameDialog;
import no.planverk.forecasting.ui.internal.result.Table;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.RowError;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/**
 * Upload of a CSV file as a new input or to replace one: the file is parsed first and shown (or every row error
 * listed, line, column and reason); "Save" is offered only for a file without errors. Nothing is saved before. A
 * population may also be SSB's JSON-stat or PxWeb CSV file; region and alternative pick one when it has several.
 */
final class InputUpload extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 16 * 1024 * 1024;
    private final transient ForecastService forecasts;
    private final transient ForecastCsv csv;
    private final transient Runnable onSaved;
    final Select<InputKind> kind = new Select<>();
    final ComboBox<InputInfo> replace = new ComboBox<>(t("upload.replace"));
    final TextField name = new TextField(t("upload.name"));
    final TextArea description = new TextArea(t("upload.description"));
    /** For a population from SSB with several regions or alternatives: which one (code or name). */
    final TextField region = new TextField(t("upload.region"));
    final TextField series = new TextField(t("upload.series"));
    final Paragraph source = new Paragraph();
    final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
    final Paragraph result = new Paragraph();
    final Grid<RowError> errors = new Grid<>();
    final Div preview = new Div();
    final Button save = new Button(t("upload.save"), VaadinIcon.DISC.create());
    Table previewTable;
    private byte[] content;

    InputUpload(ForecastService forecasts, ForecastCsv csv, Runnable onSaved) {
        this.forecasts = forecasts;
        this.csv = csv;
        this.onSaved = onSaved;
        setPadding(false);
        setId("planverk-forecasting-upload-section");
        kind.setLabel(t("upload.kind"));
        kind.setItems(InputKind.values());
        kind.setItemLabelGenerator(Labels::kind);
        kind.setValue(InputKind.POPULATION);
        kind.setId("planverk-forecasting-upload-kind");
        kind.addValueChangeListener(e -> {
            loadReplaceable();
            showChoices();
            check();
        });
        region.setId("planverk-forecasting-upload-region");
        region.setHelperText(t("upload.region.help"));
        series.setId("planverk-forecasting-upload-series");
        series.setHelperText(t("upload.series.help"));
        for (TextField f : new TextField[] {region, series}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
            f.addValueChangeListener(e -> check());
        }
        source.setId("planverk-forecasting-upload-source");
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
        configureUpload();
        configureErrors();
        result.setId("planverk-forecasting-upload-result");
        result.getElement().setAttribute("aria-live", "polite");
        preview.setWidthFull();
        save.setId("planverk-forecasting-upload-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> saveInput());
        FormLayout fields = new FormLayout(kind, replace, name, description, region, series);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(new H3(t("upload.title")), new Paragraph(t("upload.help")), fields, upload, result, errors, source, preview, save);
        loadReplaceable();
        showChoices();
    }

    private void configureUpload() {
        Pickers.localize(upload);
        upload.setId("planverk-forecasting-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".json", "text/csv", "text/plain", "application/json");
        upload.setUploadButton(new Button(t("upload.choose"), VaadinIcon.FILE_ADD.create()));
        upload.setDropLabel(new Span(t("upload.drop")));
        upload.addFileRejectedListener(e -> Notices.error(t("upload.rejected", e.getFileName())));
    }

    private void configureErrors() {
        errors.setId("planverk-forecasting-upload-errors");
        errors.addColumn(RowError::line).setHeader(t("upload.error.line")).setKey("line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(t("upload.error.column")).setKey("column")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> ServerTexts.of(e.message())).setHeader(t("upload.error.reason")).setKey("reason").setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
    }

    void loadReplaceable() {
        replace.clear();
        replace.setItems(forecasts.inputs(kind.getValue()));
    }

    void received(String fileName, byte[] bytes) {
        upload.clearFileList(); // so the next file can be chosen without removing this one first
        content = bytes;
        if (name.getValue().isBlank()) {
            name.setValue(fileName.replaceFirst("(?i)\\.(csv|txt|json)$", ""));
        }
        check();
    }

    /** Parses the file kept as the chosen kind and shows its content or its errors. */
    void check() {
        save.setEnabled(false);
        errors.setVisible(false);
        preview.removeAll();
        previewTable = null;
        source.setText("");
        if (content == null) {
            result.setText("");
            return;
        }
        try {
            Object parsed;
            if (kind.getValue() == InputKind.POPULATION) {
                PopulationFile file = csv.population(content, choices());
                parsed = file.population();
                source.setText(file.source() == null ? "" : t("upload.source", Labels.source(file.source())));
            } else {
                parsed = csv.parse(kind.getValue(), content);
            }
            previewTable = InputContent.of(kind.getValue(), parsed);
            result.setText(t("upload.ok", previewTable.rows().size(), Labels.kind(kind.getValue())));
            preview.add(previewTable.grid("planverk-forecasting-upload-preview", 12));
            save.setEnabled(true);
        } catch (InvalidCsvException e) {
            showErrors(e);
        } catch (PlanverkException e) {
            result.setText(Notices.message(e, ForecastTexts.TEXTS));
        }
    }

    /** Region and alternative apply to a population only (SSB's files). */
    private void showChoices() {
        boolean population = kind.getValue() == InputKind.POPULATION;
        region.setVisible(population);
        series.setVisible(population);
    }

    Map<String, String> choices() {
        Map<String, String> choices = new HashMap<>();
        if (kind.getValue() == InputKind.POPULATION) {
            choices.put("region", region.getValue());
            choices.put("series", series.getValue());
        }
        return choices;
    }

    private void showErrors(InvalidCsvException e) {
        result.setText(t("upload.errors", e.errors().size()));
        errors.setItems(e.errors().stream().sorted(Comparator.comparingInt(RowError::line)).toList());
        errors.setVisible(true);
    }

    void saveInput() {
        if (content == null || !save.isEnabled() || !(TextLimit.check(name, NameDialog.MAX_NAME) & TextLimit.check(description, NameDialog.MAX_DESCRIPTION))) {
            return;
        }
        InputInfo old = replace.getValue();
        try {
            InputInfo saved = old == null
                    ? forecasts.createInput(kind.getValue(), name.getValue(), description.getValue(), content, choices(), CurrentUser.require())
                    : forecasts.updateInput(old.id(), old.version(), name.getValue(), description.getValue(), content, choices(),
                            CurrentUser.require());
            Notices.success(t(old == null ? "upload.saved" : "upload.replaced", saved.name()));
            content = null;
            name.clear();
            description.clear();
            region.clear();
            series.clear();
            check();
            loadReplaceable();
            onSaved.run();
        } catch (InvalidCsvException e) {
            save.setEnabled(false);
            showErrors(e);
        } catch (PlanverkException e) {
            Notices.show(e, ForecastTexts.TEXTS);
        }
    }
}
