package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorImport;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.ServerTexts;

/**
 * The dialog that imports an indicator's actual values from an SSB file (JSON-stat 2.0 or PxWeb CSV): the region and
 * statistic to take (filled from the indicator's source), the file, and what the import did, year by year.
 */
public class ActualsUpload extends Dialog {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final transient IndicatorService indicators;
    private final transient Consumer<Indicator> onImported;
    final TextField region = new TextField(t("import.region"));
    final TextField contents = new TextField(t("import.contents"));
    final Paragraph source = new Paragraph();
    final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(bytes)));
    final Span problem = new Span();
    final Paragraph result = new Paragraph();
    private Indicator indicator;

    public ActualsUpload(IndicatorService indicators, Consumer<Indicator> onImported) {
        this.indicators = indicators;
        this.onImported = onImported;
        region.setHelperText(t("import.region.help"));
        contents.setHelperText(t("import.contents.help"));
        Pickers.localize(upload);
        upload.setId("planverk-indicator-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".json", "text/csv", "text/plain", "application/json");
        upload.setUploadButton(new Button(t("import.choose"), VaadinIcon.FILE_ADD.create()));
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        result.getElement().setAttribute("aria-live", "polite");
        FormLayout fields = new FormLayout(region, contents);
        add(new Paragraph(t("import.help")), source, fields, upload, problem, result);
        setWidth("40em");
        Button close = new Button(t("import.close"), e -> close());
        getFooter().add(close);
    }

    public void open(Indicator ind) {
        indicator = ind;
        setHeaderTitle(t("import.title", ind.name()));
        IndicatorSource s = ind.source();
        source.setText(s.isEmpty() ? t("import.source.none") : t("import.source", s.shown()));
        region.setValue(s.region() == null ? "" : s.region());
        contents.setValue(s.contents() == null ? "" : s.contents());
        upload.clearFileList();
        problem.setText("");
        result.setText("");
        open();
    }

    public Indicator indicator() {
        return indicator;
    }

    /** Imports the file into the indicator and says which years were added, changed and unchanged. */
    void received(byte[] bytes) {
        problem.setText("");
        result.setText("");
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("region", region.getValue());
        choices.put("contents", contents.getValue());
        try {
            IndicatorImport done = indicators.importActuals(indicator.id(), indicator.version(), bytes, choices, CurrentUser.require());
            indicator = done.indicator();
            result.setText(t("import.done", years(done.added()), years(done.changed()), years(done.unchanged())));
            onImported.accept(done.indicator());
        } catch (InvalidInputException e) {
            problem.setText(e.fieldMessages().isEmpty() ? Notices.message(e)
                    : e.fieldMessages().values().stream().map(ServerTexts::of).collect(Collectors.joining(" ")));
        } catch (PlanverkException e) {
            problem.setText(Notices.message(e));
        }
    }

    static String years(List<Integer> years) {
        return years.isEmpty() ? t("import.years.none") : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
